// Severity and options of the profanity rule; which words it flags is in fixtures/profanity/.
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";

async function findings(text: string, meta: Record<string, string> = { lang: "en" }, rules: Record<string, unknown> = {}) {
  const linter = createLinter({ packs: [pack], config: { rules } });
  return findingsOf(await linter.lint({ text, meta }), "profanity", ["severity", "text"]);
}

describe("profanity", () => {
  it("is a warning for an exclamation on a personal account, citing the general conduct clause", async () => {
    expect(await findings("This is fucking great, damn.")).toEqual(["error fucking", "warn damn"]);
    expect(await findings("Fuck yeah, what a week!")).toEqual(["warn Fuck"]);
    const linter = createLinter({ packs: [pack], config: {} });
    const result = await linter.lint({ text: "Holy shit, we hit 10k followers!", meta: { lang: "en" } });
    expect(result.messages.map((m) => `${m.ruleId} ${m.severity} ${m.policy ?? ""}`)).toEqual(["profanity warn P22 No audience should be embarrassed"]);
  });

  it("is an error when aimed at the boss, the employer or a person", async () => {
    expect(await findings("My boss is a fucking clown.")).toEqual(["error fucking"]);
    expect(await findings("Mijn baas is echt een klootzak.", { lang: "nl" })).toEqual(["error klootzak"]);
    expect(await findings("Du er sgu et røvhul.", { lang: "da" })).toEqual(["error røvhul"]);
    expect(await findings("Fuck you, Kevin.")).toEqual(["error Fuck"]);
  });

  it("is an error for any swearing on the brand's own account", async () => {
    expect(await findings("Damn, what a week!", { lang: "en", account: "official" })).toEqual(["error Damn"]);
  });

  it("does not flag English false friends when a short post only fell back to English", async () => {
    expect(await findings("Slut! Fart på 👋", {})).toEqual([]);
    expect(await findings("What a slut.", { lang: "en" })).toEqual(["error slut"]);
  });

  it("reports low-confidence insults only when asked", async () => {
    expect(await findings("A stupid mistake.")).toEqual([]);
    expect(await findings("A stupid mistake.", { lang: "en" }, { profanity: ["warn", { minConfidence: "low" }] })).toEqual(["warn stupid"]);
  });

  it("lets an organization allow words, and its configured level applies to every finding", async () => {
    expect(await findings("Damn fine coffee.", { lang: "en" }, { profanity: ["error", { allow: ["damn"] }] })).toEqual([]);
    expect(await findings("Damn fine coffee.", { lang: "en" }, { profanity: "error" })).toEqual(["error Damn"]);
  });
});
