import { describe, expect, it } from "vitest";
import { createLinter, definePolicyRule, resolveConfig, type RuleConfig } from "../src/index.js";

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
