import { formatMessage } from "@postlint/core";
import { describe, expect, it } from "vitest";

describe("formatMessage", () => {
  it("fills named placeholders and leaves unknown ones visible", () => {
    expect(formatMessage("“{text}” and {missing}", { text: "x" })).toBe("“x” and {missing}");
  });

  it("picks a select branch by key, falls back to other, and fills placeholders inside branches", () => {
    const template = "About {target, select, boss {your manager} colleague {colleagues} other {your work, {name}}}.";
    expect(formatMessage(template, { target: "boss" })).toBe("About your manager.");
    expect(formatMessage(template, { target: "shop", name: "Ann" })).toBe("About your work, Ann.");
    expect(formatMessage("{n, select, yes {Write “{r}” instead.} other {Say it another way.}}", { n: "yes", r: "affordable" })).toBe("Write “affordable” instead.");
  });
});
