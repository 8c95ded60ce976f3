import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { ConfigError, createLinter, resolveConfig } from "@postlint/core";
import { createFileLinter, findConfig, loadConfigFile } from "@postlint/core/node";
import { describe, expect, it } from "vitest";
import { testPack } from "./helpers.js";

/** The one-line message the CLI prints for a raw config object. */
function configError(raw: unknown): string {
  try {
    createLinter({ packs: [testPack], config: resolveConfig(raw, { file: ".postlintrc.yaml" }) });
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as Error).message;
  }
  throw new Error("expected a ConfigError");
}

function tempDir(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "postlint-config-"));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe("config validation", () => {
  it("accepts the contract's sample config", () => {
    const config = resolveConfig({
      organization: { name: "Northwind Traders", aliases: ["Northwind", "@northwind"], competitors: ["Contoso"] },
      products: [{ name: "Aurora Pro", aliases: ["Project Kestrel"], launch: "2027-03-01" }],
      spokespeople: ["jane.doe"],
      disclaimers: ["Opinions are mine alone"],
      brand: { hashtags: { required: ["#Northwind"] }, banned: ["cheap"] },
      confidential: { terms: ["Project Hydra"] },
      rules: { word: "error", "official-only": ["warn", {}] },
    });
    expect(config.products[0]!.launch).toBe("2027-03-01");
    expect(config.organization.domains).toEqual([]);
  });

  it("names the file, the key path, what was expected and what was found", () => {
    expect(configError({ rules: { word: "eror" } })).toBe('.postlintrc.yaml: rules.word: expected "error", "warn", "off" or [level, { options }], got "eror"; did you mean "error"?');
    expect(configError({ organization: { aliases: "Northwind" } })).toBe('.postlintrc.yaml: organization.aliases: expected a list, got string "Northwind"');
    expect(configError({ products: [{ name: "Aurora", launch: "spring" }] })).toBe('.postlintrc.yaml: products[0].launch: expected a date as YYYY-MM-DD, got "spring"');
    expect(configError({ defaultLanguage: "de" })).toBe('.postlintrc.yaml: defaultLanguage: expected "en", "nl" or "da", got "de"');
  });

  it("suggests the nearest key for an unknown one, at any depth", () => {
    expect(configError({ organisation: {} })).toBe('.postlintrc.yaml: organisation: unknown key "organisation"; did you mean "organization"?');
    expect(configError({ brand: { hashtag: { required: [] } } })).toBe('.postlintrc.yaml: brand.hashtag: unknown key "hashtag"; did you mean "hashtags"?');
    expect(configError({ products: [{ name: "A", lauch: "2027-01-01" }] })).toBe('.postlintrc.yaml: products[0].lauch: unknown key "lauch"; did you mean "launch"?');
  });

  it("suggests the nearest rule id for an unknown rule", () => {
    expect(configError({ rules: { wrod: "warn" } })).toBe('.postlintrc.yaml: rules.wrod: unknown rule "wrod"; did you mean "word"?');
    expect(configError({ rules: { "no-such-thing-at-all": "warn" } })).toBe('.postlintrc.yaml: rules.no-such-thing-at-all: unknown rule "no-such-thing-at-all"');
  });

  it("validates each rule's options with the rule's own schema", () => {
    expect(configError({ rules: { word: ["warn", { phrases: "darn" }] } })).toBe('.postlintrc.yaml: rules.word[1].phrases: expected a list, got string "darn"');
    expect(configError({ rules: { word: ["warn", { phrase: [] }] } })).toBe('.postlintrc.yaml: rules.word[1].phrase: unknown key "phrase"; did you mean "phrases"?');
  });

  it("never prints raw validator output", () => {
    for (const raw of [{ rules: [] }, { spokespeople: [1] }, { gate: { block: "sometimes" } }, "just a string"]) {
      expect(configError(raw)).not.toMatch(/Invalid (input|undefined)|\[object Object\]|ZodError/);
    }
  });
});

describe("config files", () => {
  it("finds the nearest config upward from a post's folder", async () => {
    const dir = tempDir({ ".postlintrc.yaml": "organization:\n  name: Northwind Traders\n" });
    const nested = path.join(dir, "posts", "2026");
    (await import("node:fs")).mkdirSync(nested, { recursive: true });
    const found = await findConfig(nested);
    expect(found.filePath).toBe(path.join(dir, ".postlintrc.yaml"));
    expect(found.config.organization.name).toBe("Northwind Traders");
  });

  it("reads package.json#postlint and .postlintrc.json", async () => {
    const a = tempDir({ "package.json": JSON.stringify({ name: "x", postlint: { spokespeople: ["jane.doe"] } }) });
    expect((await findConfig(a)).config.spokespeople).toEqual(["jane.doe"]);
    const b = tempDir({ ".postlintrc.json": JSON.stringify({ disclaimers: ["Views are mine"] }) });
    expect((await findConfig(b)).config.disclaimers).toEqual(["Views are mine"]);
  });

  it.each([
    ["0", undefined],
    ["false", undefined],
    ["off", undefined],
    ["1", "warn"],
    ["2", "error"],
    ["warn", "warn"],
  ])("reads `word: %s` from YAML as the level people mean", async (level, severity) => {
    const dir = tempDir({ ".postlintrc.yaml": `rules:\n  word: ${level}\n` });
    const linter = await createFileLinter({ cwd: dir, packs: [testPack] }).linterFor(dir);
    expect(linter.rules.find((r) => r.rule.id === "word")?.configured).toBe(severity);
  });

  it("puts the line of the bad key in the message", async () => {
    const dir = tempDir({ ".postlintrc.yaml": "organization:\n  name: Northwind\nrules:\n  word: eror\n" });
    await expect(loadConfigFile(path.join(dir, ".postlintrc.yaml"))).rejects.toThrow(/\.postlintrc\.yaml:4: rules\.word: expected "error", "warn", "off"/);
  });

  it("gives unknown rules and bad rule options their line too", async () => {
    const dir = tempDir({ ".postlintrc.yaml": "# comment\nrules:\n  word: warn\n  wrod: error\n" });
    await expect(createFileLinter({ cwd: dir, packs: [testPack] }).linterFor(dir)).rejects.toThrow(/\.postlintrc\.yaml:4: rules\.wrod: unknown rule "wrod"; did you mean "word"\?/);
    const opts = tempDir({ ".postlintrc.yaml": "rules:\n  word:\n    - warn\n    - phrases: darn\n" });
    await expect(createFileLinter({ cwd: opts, packs: [testPack] }).linterFor(opts)).rejects.toThrow(/\.postlintrc\.yaml:4: rules\.word\[1\]\.phrases: expected a list/);
  });

  it("reports YAML that does not parse as a config error with its line", async () => {
    const dir = tempDir({ ".postlintrc.yaml": "organization:\n  name: [Northwind\nrules: {}\n" });
    const error = await findConfig(dir).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ConfigError);
    expect((error as Error).message).toMatch(/\.postlintrc\.yaml(:\d+)?: cannot be parsed: /);
    expect((error as Error).message).not.toContain("\n");
  });

  it("says so when --config names a missing file", async () => {
    await expect(loadConfigFile("/nonexistent/postlint.yaml")).rejects.toThrow(/config file not found/);
  });
});
