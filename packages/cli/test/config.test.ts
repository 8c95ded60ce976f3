import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { parse } from "yaml";
import { describe, expect, it } from "vitest";
import { CLEAN, json, postlint, PROFANE, project } from "./run.js";

describe("broken config", () => {
  it("exits 2 with one line naming the file, line and key", () => {
    const cwd = project({ ".postlintrc.yaml": "organization:\n  name: Northwind Traders\nrules:\n  profanity: eror\n", "a.md": CLEAN });
    const r = postlint(["a.md"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe('postlint: .postlintrc.yaml:4: rules.profanity: expected "error", "warn", "off" or [level, { options }], got "eror"; did you mean "error"?\n');
  });

  it("suggests the rule id for a typo", () => {
    const cwd = project({ ".postlintrc.yaml": "rules:\n  profanty: warn\n", "a.md": CLEAN });
    expect(postlint(["a.md"], { cwd }).stderr).toBe('postlint: .postlintrc.yaml:2: rules.profanty: unknown rule "profanty"; did you mean "profanity"?\n');
  });

  it("suggests the key for a misspelt one", () => {
    const cwd = project({ ".postlintrc.yaml": "organisation:\n  name: Northwind\n", "a.md": CLEAN });
    expect(postlint(["a.md"], { cwd }).stderr).toBe('postlint: .postlintrc.yaml:1: organisation: unknown key "organisation"; did you mean "organization"?\n');
  });

  it("names a bad rule option", () => {
    const cwd = project({ ".postlintrc.yaml": "rules:\n  profanity: [warn, { minConfidence: sometimes }]\n", "a.md": CLEAN });
    const r = postlint(["a.md"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^postlint: \.postlintrc\.yaml:2: rules\.profanity\[1\]\.minConfidence: expected "high", "medium" or "low", got "sometimes"\n$/);
  });

  it("reports YAML that does not parse in one line", () => {
    const cwd = project({ ".postlintrc.yaml": "rules:\n  profanity: [warn\n", "a.md": CLEAN });
    const r = postlint(["a.md"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^postlint: \.postlintrc\.yaml(:\d+)?: cannot be parsed: .+\n$/);
  });

  it("--config uses that file instead of searching, and a missing one is an error", () => {
    const cwd = project({ ".postlintrc.yaml": "rules:\n  profanity: off\n", "strict.yaml": "rules:\n  profanity: error\n", "b.md": PROFANE });
    expect(postlint(["b.md"], { cwd }).code).toBe(0);
    expect(postlint(["-c", "strict.yaml", "b.md"], { cwd }).code).toBe(1);
    const missing = postlint(["-c", "nope.yaml", "b.md"], { cwd });
    expect([missing.code, missing.stderr]).toEqual([2, "postlint: nope.yaml: config file not found\n"]);
  });

  it("uses the nearest config for each post", () => {
    const cwd = project({ "a/.postlintrc.yaml": "rules:\n  profanity: off\n", "a/post.md": PROFANE, "b/post.md": PROFANE });
    const results = json(postlint(["--format", "json", "a", "b"], { cwd }));
    expect(results.map((r) => r.errorCount)).toEqual([0, 1]);
  });
});

describe("--print-config", () => {
  it("prints the config that applies to a file, with each rule's level", () => {
    const cwd = project({ "posts/.postlintrc.yaml": "organization:\n  name: Northwind Traders\nrules:\n  workplace-conflict: error\n  controversial-topic: 1\n" });
    const r = postlint(["--print-config", "posts/a.md"], { cwd });
    expect(r.code).toBe(0);
    const config = JSON.parse(r.stdout) as { organization: { name: string }; rules: Record<string, string> };
    expect(config.organization.name).toBe("Northwind Traders");
    expect(config.rules["workplace-conflict"]).toBe("error");
    expect(config.rules["controversial-topic"]).toBe("warn");
    expect(config.rules["profanity"]).toBe("warn");
  });
});

describe("personalData.allow and its deprecated spelling under the rule", () => {
  const POST = "---\nlang: en\n---\nJournalists: questions go to press@northwind.example, thanks!\n";
  it("let the same address through, and --print-config shows the one list", () => {
    for (const config of ['personalData:\n  allow: ["press@northwind.example"]\n', 'rules:\n  personal-data: [error, { allow: ["press@northwind.example"] }]\n']) {
      const cwd = project({ ".postlintrc.yaml": config, "a.md": POST });
      expect(postlint(["a.md"], { cwd }).code).toBe(0);
      const printed = JSON.parse(postlint(["--print-config", "a.md"], { cwd }).stdout) as { personalData: { allow: string[] }; rules: Record<string, string> };
      expect(printed.personalData.allow).toEqual(["press@northwind.example"]);
      expect(printed.rules["personal-data"]).toBe("error");
    }
    expect(postlint(["a.md"], { cwd: project({ "a.md": POST }) }).code).toBe(1);
  });

  it("says once on stderr that the rule's spelling is deprecated, and nothing for the canonical one", () => {
    const files = { "a.md": POST, "b.md": POST };
    const old = postlint(["a.md", "b.md"], { cwd: project({ ...files, ".postlintrc.yaml": 'rules:\n  personal-data: [error, { allow: ["press@northwind.example"] }]\n' }) });
    expect(old.stderr.match(/deprecated/g)).toHaveLength(1);
    expect(old.stderr).toContain('rules.personal-data: the "allow" option is deprecated; list its entries in personalData.allow instead');
    const canonical = postlint(["a.md", "b.md"], { cwd: project({ ...files, ".postlintrc.yaml": 'personalData:\n  allow: ["press@northwind.example"]\n' }) });
    expect(canonical.stderr).not.toContain("deprecated");
  });
});

describe("--list-rules", () => {
  it("lists the 14 rules of the default pack with their levels", () => {
    const cwd = project({ ".postlintrc.yaml": "rules:\n  profanity: off\n" });
    const r = postlint(["--list-rules"], { cwd });
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines).toHaveLength(14);
    expect(lines.find((l) => l.startsWith("profanity "))).toMatch(/^profanity\s+off\s/);
    expect(lines.find((l) => l.startsWith("platform-limits "))).toMatch(/^platform-limits\s+warn \(default\)\s+en,nl,da\s/);
  });

  it("prints JSON with --format json", () => {
    const rows = JSON.parse(postlint(["--list-rules", "--format", "json"], { cwd: project() }).stdout) as { id: string }[];
    expect(rows.map((x) => x.id)).toContain("personal-data");
  });
});

describe("--init", () => {
  it("writes a starter .postlintrc.yaml with every key commented, which is a valid config", () => {
    const cwd = project({ "a.md": CLEAN });
    const r = postlint(["--init"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Wrote .postlintrc.yaml");
    const text = readFileSync(path.join(cwd, ".postlintrc.yaml"), "utf8");
    for (const key of ["organization", "products", "spokespeople", "disclaimers", "brand", "confidential", "rules", "plugins"]) expect(text).toMatch(new RegExp(`^# ${key}:`, "m"));
    expect(postlint(["a.md"], { cwd }).code).toBe(0);
    // Uncommented, the sample values are a valid config too.
    writeFileSync(path.join(cwd, ".postlintrc.yaml"), text.replace(/^# (?=[a-zA-Z]+:(?: |$))|^#(?= {2,}\S)/gm, ""));
    expect(parse(readFileSync(path.join(cwd, ".postlintrc.yaml"), "utf8"))).toMatchObject({ organization: { name: "Northwind Traders" } });
    const uncommented = postlint(["a.md"], { cwd });
    expect([uncommented.code, uncommented.stderr]).toEqual([0, ""]);
  });

  it("refuses to overwrite an existing config", () => {
    const cwd = project({ ".postlintrc.yaml": "rules: {}\n" });
    const r = postlint(["--init"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("postlint: .postlintrc.yaml already exists; edit it or remove it first\n");
    expect(readFileSync(path.join(cwd, ".postlintrc.yaml"), "utf8")).toBe("rules: {}\n");
    expect(existsSync(path.join(cwd, ".postlintrc.yaml"))).toBe(true);
  });
});

describe("plugins", () => {
  const plugin = `// A third-party pack: plain objects, no build step.
export default {
  name: "acme-rules",
  rules: [{
    id: "acme/no-synergy",
    meta: { description: "Flags “synergy”.", policy: [], languages: ["en", "nl", "da"], defaultSeverity: "warn" },
    messages: { en: { synergy: "Say what you mean instead of “{text}”." } },
    check(post, ctx) {
      for (const t of post.tokens) if (t.norm === "synergy") ctx.report({ messageId: "synergy", range: [t.start, t.end] });
    },
  }],
};
`;

  it("loads a pack from a local folder, as the default pack is loaded", () => {
    const cwd = project({
      ".postlintrc.yaml": "plugins: [./acme-rules/index.js]\nrules:\n  acme/no-synergy: error\n",
      "acme-rules/index.js": plugin,
      "acme-rules/package.json": JSON.stringify({ name: "acme-rules", type: "module", main: "index.js" }),
      "a.md": "---\nlang: en\n---\nSo much synergy in this team.\n",
    });
    const r = postlint(["--format", "json", "a.md"], { cwd });
    expect(r.code).toBe(1);
    expect(json(r)[0]!.messages).toEqual([expect.objectContaining({ ruleId: "acme/no-synergy", severity: "error", line: 4, column: 9, message: "Say what you mean instead of “synergy”." })]);
    expect(postlint(["--list-rules"], { cwd }).stdout).toMatch(/^acme\/no-synergy\s+error/m);
  });

  it("loads a pack by package name from node_modules", () => {
    const cwd = project({
      ".postlintrc.yaml": "plugins: [acme-rules]\n",
      "node_modules/acme-rules/index.js": plugin,
      "node_modules/acme-rules/package.json": JSON.stringify({ name: "acme-rules", type: "module", exports: "./index.js" }),
      "a.md": "---\nlang: en\n---\nSo much synergy in this team.\n",
    });
    expect(json(postlint(["--format", "json", "a.md"], { cwd }))[0]!.messages.map((m) => m.ruleId)).toEqual(["acme/no-synergy"]);
  });

  it("a plugin that cannot be loaded, or is not a pack, is a config error", () => {
    const missing = postlint(["a.md"], { cwd: project({ ".postlintrc.yaml": "plugins: [postlint-plugin-nope]\n", "a.md": CLEAN }) });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^postlint: \.postlintrc\.yaml: plugins\[0\]: cannot load plugin "postlint-plugin-nope"/);
    const notPack = postlint(["a.md"], { cwd: project({ ".postlintrc.yaml": "plugins: [./x.js]\n", "x.js": "export default 42;\n", "a.md": CLEAN }) });
    expect(notPack.stderr).toMatch(/plugins\[0\]: "\.\/x\.js" is not a postlint rule pack/);
  });
});
