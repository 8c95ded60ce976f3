import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { ConfigError, globToRegExp } from "@postlint/core";
import { loadConfigFile } from "@postlint/core/node";
import { testLinter } from "./helpers.js";

const ids = (r: { messages: { ruleId: string | null; line: number; message: string }[] }) => r.messages.map((m) => m.ruleId);

describe("custom rules in YAML", () => {
  it("existence: whole words, stemmed, per language, with the organization's clause", async () => {
    const linter = testLinter({
      config: {
        policy: { clauses: [{ id: "SM-4", title: { en: "Keep it kind", nl: "Blijf vriendelijk" } }] },
        customRules: [{ id: "no-layoffs", type: "existence", terms: { en: ["layoff"], nl: ["ontslagronde"] }, clause: "SM-4", level: "error", message: { en: "Avoid “{text}”.", nl: "Vermijd “{text}”." } }],
      },
    });
    const en = await linter.lint({ text: "Rumours of layoffs again. Playoffs tonight.", meta: { lang: "en" } });
    expect(en.messages.map((m) => [m.ruleId, m.text, m.severity, m.policy, m.message])).toEqual([["no-layoffs", "layoffs", "error", "SM-4 Keep it kind", "Avoid “layoffs”."]]);
    const nl = await linter.lint({ text: "Weer een ontslagronde op komst.", meta: { lang: "nl" } });
    expect(nl.messages[0]?.policy).toBe("SM-4 Blijf vriendelijk");
    expect(nl.messages[0]?.message).toBe("Vermijd “ontslagronde”.");
    const da = await linter.lint({ text: "Layoffs er ikke et dansk ord her.", meta: { lang: "da" } });
    expect(ids(da)).toEqual([]);
  });

  it("substitution is fixable and keeps the writer's capitals", async () => {
    const linter = testLinter({ config: { customRules: [{ id: "house-words", type: "substitution", swap: { clients: "customers" } }] } });
    const r = await linter.lint({ text: "Clients love it. Our clients too.", meta: { lang: "en" }, fix: true });
    expect(r.output).toBe("Customers love it. Our customers too.");
  });

  it("occurrence: at most N hashtags, at least N of a term", async () => {
    const linter = testLinter({
      config: {
        customRules: [
          { id: "hashtag-limit", type: "occurrence", count: "hashtags", max: 2 },
          { id: "needs-brand", type: "occurrence", count: "term", terms: ["#northwind"], min: 1, scope: { account: "official" } },
        ],
      },
    });
    const r = await linter.lint({ text: "Winter! #a #b #c #d", meta: { lang: "en", account: "official" } });
    expect(r.messages.map((m) => [m.ruleId, m.text])).toEqual([["needs-brand", "Winter! #a #b #c #d"], ["hashtag-limit", "#c #d"]]);
    expect(r.messages[1]?.message).toContain("4 hashtags");
    const personal = await linter.lint({ text: "Winter! #a", meta: { lang: "en" } });
    expect(ids(personal)).toEqual([]);
  });

  it("conditional: a product name requires #ad; scope by platform and author", async () => {
    const linter = testLinter({ config: { customRules: [{ id: "ad", type: "conditional", if: ["Aurora Pro"], then: ["#ad"], scope: { platform: ["instagram"], author: ["@influencer"] } }] } });
    const meta = { lang: "en" as const, platform: "instagram" as const, author: "influencer" };
    expect(ids(await linter.lint({ text: "Loving my Aurora Pro.", meta }))).toEqual(["ad"]);
    expect(ids(await linter.lint({ text: "Loving my Aurora Pro. #ad", meta }))).toEqual([]);
    expect(ids(await linter.lint({ text: "Loving my Aurora Pro.", meta: { ...meta, platform: "x" } }))).toEqual([]);
    expect(ids(await linter.lint({ text: "Loving my Aurora Pro.", meta: { ...meta, author: "someone" } }))).toEqual([]);
  });

  it("ids must not clash with the packs' rules, and suppressions work as for built-in rules", async () => {
    expect(() => testLinter({ config: { customRules: [{ id: "word", type: "existence", terms: ["x"] }] } })).toThrow(/customRules\[0\]\.id: "word" is already a rule id/);
    const linter = testLinter({ config: { customRules: [{ id: "no-x", type: "existence", terms: ["xylophone"] }] } });
    const r = await linter.lint({ text: "A xylophone. <!-- postlint-disable-line no-x -- quoted on purpose -->", meta: { lang: "en" } });
    expect(ids(r)).toEqual([]);
  });

  it("bad rule definitions name the key", () => {
    expect(() => testLinter({ config: { customRules: [{ id: "x", type: "existance", terms: ["a"] }] } })).toThrow(ConfigError);
    expect(() => testLinter({ config: { customRules: [{ id: "x", type: "existence", term: ["a"] }] } })).toThrow(/customRules\[0\]/);
  });
});

describe("policy clauses", () => {
  it("policy.map makes a rule's findings cite the organization's clause", async () => {
    const linter = testLinter({ config: { policy: { clauses: [{ id: "NW-1", title: { en: "Internal stays internal", nl: "Intern blijft intern" } }], map: { word: "NW-1" } } } });
    const r = await linter.lint({ text: "Oh heck.", meta: { lang: "nl" } });
    expect(r.messages[0]?.policy).toBe("NW-1 Intern blijft intern");
  });
  it("an unknown clause or rule in policy.map is a config error", () => {
    expect(() => testLinter({ config: { policy: { map: { word: "NW-9" } } } })).toThrow(/policy\.map\.word: unknown clause "NW-9"/);
    expect(() => testLinter({ config: { policy: { map: { wrod: "P1" } } } })).toThrow(/unknown rule "wrod"; did you mean "word"/);
  });
});

describe("vocabularies", () => {
  it("accept never flags, reject always flags, for that rule only", async () => {
    const linter = testLinter({ config: { rules: { word: ["warn", { accept: ["heck"], reject: ["gosh"] }] } } });
    const r = await linter.lint({ text: "Heck, darn, gosh.", meta: { lang: "en" } });
    expect(r.messages.map((m) => [m.ruleId, m.text, m.messageId])).toEqual([["word", "darn", "found"], ["word", "gosh", "rejected"]]);
    expect(r.messages[1]?.message).toContain("reject list");
  });
  it("rejects a vocabulary that is not a list of words", () => {
    expect(() => testLinter({ config: { rules: { word: ["warn", { accept: "heck" }] } } })).toThrow(/rules\.word\[1\]\.accept: expected a list/);
  });
});

describe("overrides", () => {
  it("apply by files glob, account and platform, later wins", async () => {
    const linter = testLinter({
      config: {
        overrides: [
          { files: ["brand/**"], rules: { word: "error" } },
          { account: "official", platform: "x", rules: { word: "off" } },
        ],
      },
    });
    const lint = (filePath: string, meta: Record<string, string>) => linter.lint({ text: "Oh heck.", filePath, meta: { lang: "en", ...meta } });
    expect((await lint("posts/a.md", {})).messages[0]?.severity).toBe("warn");
    expect((await lint("brand/launch/a.md", {})).messages[0]?.severity).toBe("error");
    expect(ids(await lint("brand/a.md", { account: "official", platform: "x" }))).toEqual([]);
    expect((await lint("brand/a.md", { account: "official", platform: "linkedin" })).messages[0]?.severity).toBe("error");
  });
  it("front matter decides the account an override matches", async () => {
    const linter = testLinter({ config: { overrides: [{ account: "official", rules: { word: "off" } }] } });
    expect(ids(await linter.lint({ text: "---\naccount: official\n---\nOh heck.", meta: { lang: "en" } }))).toEqual([]);
  });
  it("unknown rules in overrides are config errors", () => {
    expect(() => testLinter({ config: { overrides: [{ account: "official", rules: { wrod: "off" } }] } })).toThrow(/overrides\[0\]\.rules\.wrod/);
  });
  it("globs", () => {
    expect(globToRegExp("brand/**").test("brand/x/y.md")).toBe(true);
    expect(globToRegExp("*.txt").test("a/b.txt")).toBe(true);
    expect(globToRegExp("posts/*.md").test("posts/a/b.md")).toBe(false);
    expect(globToRegExp("posts/{en,nl}/**").test("posts/nl/x.md")).toBe(true);
  });
});

describe("extends and rulesDir", () => {
  const dir = () => mkdtempSync(path.join(tmpdir(), "postlint-extends-"));
  it("merges in order, deep-merges objects, replaces arrays, and records sources", async () => {
    const d = dir();
    writeFileSync(path.join(d, "base.yaml"), "organization:\n  name: Base\n  aliases: [A, B]\nrules:\n  word: error\n");
    mkdirSync(path.join(d, "node_modules/@acme/postlint-config"), { recursive: true });
    writeFileSync(path.join(d, "node_modules/@acme/postlint-config/package.json"), JSON.stringify({ name: "@acme/postlint-config", main: "index.json" }));
    writeFileSync(path.join(d, "node_modules/@acme/postlint-config/index.json"), JSON.stringify({ organization: { competitors: ["Contoso"] }, rules: { "official-only": "warn" } }));
    writeFileSync(path.join(d, ".postlintrc.yaml"), 'extends: ["./base.yaml", "@acme/postlint-config"]\norganization:\n  aliases: [C]\n');
    const { config, sources } = await loadConfigFile(path.join(d, ".postlintrc.yaml"));
    expect(config.organization).toEqual({ name: "Base", aliases: ["C"], competitors: ["Contoso"], domains: [] });
    expect(config.rules).toEqual({ word: "error", "official-only": "warn" });
    expect(sources?.["organization.name"]).toMatch(/base\.yaml$/);
    expect(sources?.["organization.aliases"]).toMatch(/\.postlintrc\.yaml$/);
    expect(sources?.["rules.official-only"]).toMatch(/index\.json$/);
  });
  it("detects cycles and names missing files and packages", async () => {
    const d = dir();
    writeFileSync(path.join(d, "a.yaml"), "extends: ./b.yaml\n");
    writeFileSync(path.join(d, "b.yaml"), "extends: ./a.yaml\n");
    await expect(loadConfigFile(path.join(d, "a.yaml"))).rejects.toThrow(/extends cycle: .*a\.yaml → .*b\.yaml → .*a\.yaml/);
    writeFileSync(path.join(d, "c.yaml"), "extends: [./nope.yaml]\n");
    await expect(loadConfigFile(path.join(d, "c.yaml"))).rejects.toThrow(/extends\[0\]: cannot find "\.\/nope\.yaml"/);
    writeFileSync(path.join(d, "e.yaml"), "extends: [\"@acme/nope\"]\n");
    await expect(loadConfigFile(path.join(d, "e.yaml"))).rejects.toThrow(/cannot find the package "@acme\/nope"/);
  });
  it("an error in an extended file names that file and line", async () => {
    const d = dir();
    writeFileSync(path.join(d, "base.yaml"), "organization:\n  name: X\nrules:\n  word: eror\n");
    writeFileSync(path.join(d, "main.yaml"), "extends: ./base.yaml\n");
    await expect(loadConfigFile(path.join(d, "main.yaml"))).rejects.toThrow(/base\.yaml:4: rules\.word: .*did you mean "error"/);
  });
  it("reads rule files from rulesDir with file:line errors", async () => {
    const d = dir();
    mkdirSync(path.join(d, "rules"));
    writeFileSync(path.join(d, "rules/ok.yml"), "id: no-x\ntype: existence\nterms: [xylophone]\n");
    writeFileSync(path.join(d, ".postlintrc.yaml"), "rulesDir: rules\n");
    const { config } = await loadConfigFile(path.join(d, ".postlintrc.yaml"));
    expect(config.customRules?.map((r) => r.id)).toEqual(["no-x"]);
    writeFileSync(path.join(d, "rules/bad.yml"), "id: bad\ntype: occurrence\ncount: emojis\n");
    await expect(loadConfigFile(path.join(d, ".postlintrc.yaml"))).rejects.toThrow(/bad\.yml:3: count: expected "hashtags"/);
  });
});

describe("rule files: a hashtag in unquoted YAML text", () => {
  it("is an error with the line, since YAML would cut the text at the hashtag", async () => {
    const d = mkdtempSync(path.join(tmpdir(), "postlint-hashtag-"));
    mkdirSync(path.join(d, "rules"));
    writeFileSync(path.join(d, "rules/r.yml"), "id: r\ntype: existence\nterms: [x]\nsuggest: Keep #Northwind first\n");
    writeFileSync(path.join(d, ".postlintrc.yaml"), "rulesDir: rules\n");
    await expect(loadConfigFile(path.join(d, ".postlintrc.yaml"))).rejects.toThrow(/r\.yml:4: “#Northwind” starts a YAML comment/);
  });
});
