// One source per fact (issue #16): public contacts live in `personalData.allow`. The rule's own
// `allow` option is a deprecated alias that core adds to that list; the rule reads only the list.
import { createLinter, type AnyPolicyRule, type LintInput } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";
import personalData from "../src/personal-data.js";

const EMAIL = "Journalists: questions go to press@northwind.example, thanks!";
const PHONE = "Vragen? Bel onze klantenservice op 020 123 4567.";
const ALLOW = ["press@northwind.example", "+31 20 123 4567"];

async function findings(text: string, config: Record<string, unknown>, meta: LintInput["meta"] = {}) {
  const linter = createLinter({ packs: [pack], config });
  return findingsOf(await linter.lint({ text, meta: { lang: "en", ...meta } }), "personal-data", ["messageId"]);
}

describe("personal-data: allowed contacts", () => {
  it("flags them when neither spelling lists them", async () => {
    expect(await findings(EMAIL, {})).toEqual(["email"]);
    expect(await findings(PHONE, {}, { lang: "nl" })).toEqual(["phone"]);
  });

  it("lets the same address and number through with personalData.allow or the deprecated rule option", async () => {
    for (const config of [{ personalData: { allow: ALLOW } }, { rules: { "personal-data": ["error", { allow: ALLOW }] } }]) {
      expect(await findings(EMAIL, config)).toEqual([]);
      expect(await findings(PHONE, config, { lang: "nl" })).toEqual([]);
    }
  });

  it("adds the deprecated spelling to personalData.allow when both are written", async () => {
    const config = { personalData: { allow: [ALLOW[0]] }, rules: { "personal-data": ["warn", { allow: [ALLOW[1]] }] } };
    expect(await findings(EMAIL, config)).toEqual([]);
    expect(await findings(PHONE, config, { lang: "nl" })).toEqual([]);
    const linter = createLinter({ packs: [pack], config });
    expect(linter.config.personalData.allow).toEqual(ALLOW);
    expect(linter.rules.find((r) => r.rule.id === "personal-data")?.configured).toBe("warn");
  });

  it("keeps the deprecated spelling in overrides to the posts they match", async () => {
    const config = { overrides: [{ account: "official", rules: { "personal-data": ["error", { allow: ALLOW }] } }] };
    expect(await findings(EMAIL, config, { account: "official" })).toEqual([]);
    expect(await findings(EMAIL, config, { account: "personal" })).toEqual(["email"]);
  });

  it("gives the rule no allow option of its own: its context carries the canonical list only", async () => {
    expect(personalData.meta.options?.safeParse({ allow: ALLOW }).success).toBe(false);
    const seen: unknown[] = [];
    const spy: AnyPolicyRule = { ...personalData, check: (post, ctx, state) => (seen.push(ctx.options), personalData.check(post, ctx, state)) };
    const linter = createLinter({ packs: [{ name: "spy", rules: [spy] }], config: { rules: { "personal-data": ["error", { allow: ALLOW }] } } });
    const result = await linter.lint({ text: EMAIL, meta: { lang: "en" } });
    expect(findingsOf(result, "personal-data", ["messageId"])).toEqual([]);
    expect(seen).toEqual([{}]);
    expect(linter.rules[0]?.options).toEqual({});
  });

  it("still validates the deprecated option", () => {
    expect(() => createLinter({ packs: [pack], config: { rules: { "personal-data": ["error", { allow: "press@northwind.example" }] } } })).toThrow(
      /rules\.personal-data\[1\]\.allow: expected a list/,
    );
  });
});
