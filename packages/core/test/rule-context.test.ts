import { describe, expect, it } from "vitest";
import { createLinter, definePolicyRule, resolveConfig, z, type LintInput, type RuleConfig } from "../src/index.js";

// Least privilege (issue #16): a rule, a plugin's above all, sees the organization's data and its
// own options, never the server's tokens, webhooks or gate settings, nor other rules' settings.
describe("what a rule sees of the config", () => {
  const seen: { setup?: RuleConfig; check?: RuleConfig; options?: unknown } = {};
  const spy = definePolicyRule({
    id: "spy",
    meta: { description: "test", policy: [], languages: ["en", "nl", "da"], defaultSeverity: "warn" },
    messages: { en: { hit: "found" } },
    setup({ config }) {
      seen.setup = config;
    },
    check(_post, ctx) {
      seen.check = ctx.config;
      seen.options = ctx.options;
    },
  });
  const config = resolveConfig({
    organization: { name: "Northwind Traders", aliases: ["Northwind"] },
    products: [{ name: "Aurora Pro", launch: "2027-03-01" }],
    spokespeople: ["jane.doe"],
    rules: { spy: ["warn", { level: 3 }] },
    server: { tokens: ["a-very-secret-bootstrap-token"], webhooks: { allowHosts: ["hooks.internal"] } },
    gate: { block: "warn" },
  });

  it("gets the organization's data and its own options, and no server settings", async () => {
    await createLinter({ packs: [{ name: "test", rules: [spy] }], config }).lint("Northwind posted today.");
    for (const ctx of [seen.setup, seen.check]) {
      expect(ctx?.organization.name).toBe("Northwind Traders");
      expect(ctx?.products[0]?.name).toBe("Aurora Pro");
      expect(ctx?.spokespeople).toEqual(["jane.doe"]);
      expect(ctx).not.toHaveProperty("server");
      expect(ctx).not.toHaveProperty("gate");
      expect(ctx).not.toHaveProperty("rules");
      expect(ctx).not.toHaveProperty("plugins");
      expect(ctx).not.toHaveProperty("filePath");
      expect(JSON.stringify(ctx)).not.toContain("a-very-secret-bootstrap-token");
      expect(JSON.stringify(ctx)).not.toContain("hooks.internal");
    }
    expect(seen.options).toEqual({ level: 3 });
  });
});

// One spelling per fact (issue #16): a rule option that repeats organization data is a deprecated
// alias (`meta.deprecatedOptions`); the engine adds it to the config list and the rule reads only that.
describe("a deprecated rule option that stands for a config list", () => {
  const seen: { allow?: readonly string[]; options?: unknown }[] = [];
  const allowing = definePolicyRule({
    id: "allowing",
    meta: {
      description: "test",
      policy: [],
      languages: ["en", "nl", "da"],
      defaultSeverity: "warn",
      options: z.strictObject({}),
      deprecatedOptions: { allow: "personalData.allow" },
    },
    messages: { en: { hit: "found" } },
    check(_post, ctx) {
      seen.push({ allow: ctx.config.personalData.allow, options: ctx.options });
    },
  });
  const pack = { name: "test", rules: [allowing] };
  const lastSeen = async (config: Record<string, unknown>, input: LintInput | string = "A post.") => {
    seen.length = 0;
    await createLinter({ packs: [pack], config }).lint(input);
    return seen.at(-1);
  };

  it("is added to the config list and left out of the rule's options", async () => {
    const config = { personalData: { allow: ["press@example.test"] }, rules: { allowing: ["error", { allow: ["+31 20 123 4567", "press@example.test"] }] } };
    expect(await lastSeen(config)).toEqual({ allow: ["press@example.test", "+31 20 123 4567"], options: {} });
    const linter = createLinter({ packs: [pack], config });
    expect(linter.config.personalData.allow).toEqual(["press@example.test", "+31 20 123 4567"]);
    expect(linter.config.rules["allowing"]).toEqual(["error", {}]);
    expect(linter.rules[0]?.configured).toBe("error");
  });

  it("gives the rule the same list whichever spelling the config uses", async () => {
    const canonical = await lastSeen({ personalData: { allow: ["press@example.test"] } });
    const deprecated = await lastSeen({ rules: { allowing: ["warn", { allow: ["press@example.test"] }] } });
    expect(deprecated).toEqual(canonical);
  });

  it("works for a resolved config and inside overrides, for the posts they match only", async () => {
    expect(await lastSeen(resolveConfig({ rules: { allowing: ["warn", { allow: ["a@example.test"] }] } }))).toEqual({ allow: ["a@example.test"], options: {} });
    const config = { personalData: { allow: ["a@example.test"] }, overrides: [{ account: "official", rules: { allowing: ["warn", { allow: ["b@example.test"] }] } }] };
    expect((await lastSeen(config, { text: "A post.", meta: { account: "official" } }))?.allow).toEqual(["a@example.test", "b@example.test"]);
    expect((await lastSeen(config, { text: "A post.", meta: { account: "personal" } }))?.allow).toEqual(["a@example.test"]);
  });

  it("is still validated: not a list of strings is a config error naming the key", () => {
    expect(() => createLinter({ packs: [pack], config: { rules: { allowing: ["warn", { allow: "press@example.test" }] } } })).toThrow(
      /rules\.allowing\[1\]\.allow: expected a list, got string "press@example\.test"/,
    );
    expect(() => createLinter({ packs: [pack], config: { rules: { allowing: ["warn", { alow: [] }] } } })).toThrow(/rules\.allowing\[1\]\.alow: unknown key "alow"/);
  });
});
