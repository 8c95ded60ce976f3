import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { formatters, type FormatContext, type LintResult } from "@postlint/core";
import { fatalResult } from "../src/linter.js";
import { Ajv } from "ajv";
import { XMLParser, XMLValidator } from "fast-xml-parser";
import addFormatsModule from "ajv-formats";
import { describe, expect, it } from "vitest";
import { testLinter, testPack } from "./helpers.js";

const cwd = "/repo";
const context = (extra: Partial<FormatContext> = {}): FormatContext => ({
  cwd,
  color: false,
  rules: testPack.rules.map((r) => ({ id: r.id, meta: r.meta })),
  version: "1.2.3",
  ...extra,
});

const SOURCE = "---\nlang: en\n---\nOh darn, the secret is loud 👀\n";
async function results(): Promise<{ results: LintResult[]; sources: Map<string, string> }> {
  const linter = testLinter();
  const a = await linter.lint({ text: SOURCE, filePath: "/repo/posts/launch.md" });
  const b = await linter.lint({ text: "All clean.", filePath: "/repo/posts/clean.md", meta: { lang: "en" } });
  const c = fatalResult("/repo/posts/broken.md", "is not valid UTF-8 text; save it as UTF-8 and try again", 2);
  return { results: [a, b, c], sources: new Map([["/repo/posts/launch.md", SOURCE]]) };
}

describe("json", () => {
  it("prints the contract's shape: one object per post, with counts", async () => {
    const { results: rs } = await results();
    const parsed = JSON.parse(formatters.json(rs, context())) as unknown[];
    expect(parsed).toHaveLength(3);
    for (const post of parsed as Record<string, unknown>[]) {
      expect(Object.keys(post)).toEqual(expect.arrayContaining(["filePath", "language", "messages", "errorCount", "warningCount"]));
      expect(typeof post["filePath"]).toBe("string");
      expect(["en", "nl", "da", null]).toContain(post["language"]);
      for (const m of post["messages"] as Record<string, unknown>[]) {
        expect(m).toMatchObject({ severity: expect.stringMatching(/^(error|warn)$/), message: expect.any(String), line: expect.any(Number), column: expect.any(Number), endLine: expect.any(Number), endColumn: expect.any(Number) });
        expect(m["ruleId"] === null || typeof m["ruleId"] === "string").toBe(true);
      }
    }
    const [first] = parsed as { filePath: string; messages: Record<string, unknown>[]; errorCount: number; warningCount: number }[];
    expect(first!.filePath).toBe("/repo/posts/launch.md");
    expect(first!.messages[0]).toMatchObject({ ruleId: "word", severity: "warn", line: 4, column: 4, endLine: 4, endColumn: 8, policy: "P1 Confidential stays internal" });
    expect([first!.errorCount, first!.warningCount]).toEqual([1, 2]);
  });

  it("never contains a masked value", async () => {
    const { results: rs } = await results();
    expect(formatters.json(rs, context())).not.toMatch(/\bsecret\b/);
  });
});

describe("github", () => {
  it("prints one workflow command per finding, with a relative path", async () => {
    const { results: rs } = await results();
    const lines = formatters.github(rs, context()).trimEnd().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe("::warning file=posts/launch.md,line=4,col=4,endLine=4,endColumn=8,title=postlint(word)::Found “darn”. (P1 Confidential stays internal)");
    expect(lines.filter((l) => l.startsWith("::error "))).toHaveLength(2);
  });

  it("escapes %, CR and LF in messages and also : and , in properties", () => {
    const result: LintResult = {
      filePath: "/repo/a,b:c.md",
      language: "en",
      languageDetected: false,
      messages: [{ ruleId: "word", severity: "error", message: "100% sure\r\nreally, yes: ok", line: 1, column: 1, endLine: 1, endColumn: 2 }],
      errorCount: 1,
      warningCount: 0,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
    };
    expect(formatters.github([result], context())).toBe("::error file=a%2Cb%3Ac.md,line=1,col=1,endLine=1,endColumn=2,title=postlint(word)::100%25 sure%0D%0Areally, yes: ok\n");
  });

  it("prints nothing for clean posts", () => {
    expect(formatters.github([], context())).toBe("");
  });
});

describe("stylish", () => {
  it("groups by file, shows the line with the flagged words underlined, and counts", async () => {
    const { results: rs, sources } = await results();
    const out = formatters.stylish(rs, context({ sources }));
    expect(out).not.toContain("\u001b[");
    expect(out).toContain("posts/launch.md (en)");
    expect(out).not.toContain("posts/clean.md");
    expect(out).toContain("posts/broken.md");
    const lines = out.split("\n");
    const excerpt = lines.findIndex((l) => l.includes("│ Oh darn"));
    expect(excerpt).toBeGreaterThan(-1);
    const marker = lines[excerpt + 1]!;
    const col = lines[excerpt]!.indexOf("Oh darn") + "Oh ".length;
    expect(marker.indexOf("^")).toBe(col);
    expect(marker.match(/\^+/)![0]).toBe("^^^^");
    expect(out).toMatch(/✖ 4 problems \(2 errors, 2 warnings\)/);
  });

  it("never echoes a masked value, in the message or the excerpt", async () => {
    const { results: rs, sources } = await results();
    const out = formatters.stylish(rs, context({ sources }));
    expect(out).not.toMatch(/\bsecret\b/);
    expect(out).toContain("│ Oh darn, the ****** is loud 👀");
  });

  it("uses colour only when asked", async () => {
    const { results: rs, sources } = await results();
    expect(formatters.stylish(rs, context({ sources, color: true }))).toContain("\u001b[31m");
  });

  it("prints nothing when there are no problems", () => {
    expect(formatters.stylish([], context())).toBe("");
  });
});

describe("sarif", () => {
  const require = createRequire(import.meta.url);
  const schemaPath = require.resolve("@datadog/datadog-ci-plugin-sarif/package.json").replace(/package\.json$/, "dist/json-schema/sarif-schema-2.1.0.json");
  const schema = JSON.parse(readFileSync(schemaPath, "utf8")) as Record<string, unknown>;
  const addFormats = addFormatsModule as unknown as (ajv: Ajv) => Ajv;
  const ajv = addFormats(new Ajv({ allErrors: true, strict: false }));
  const validate = ajv.compile(schema);

  it("uses the official SARIF 2.1.0 schema", () => {
    expect(schema["$id"]).toBe("https://raw.githubusercontent.com/oasis-tcs/sarif-spec/master/Schemata/sarif-schema-2.1.0.json");
  });

  it("validates against the official SARIF 2.1.0 JSON schema", async () => {
    const { results: rs } = await results();
    const log = JSON.parse(formatters.sarif(rs, context())) as unknown;
    const ok = validate(log);
    expect(validate.errors ?? []).toEqual([]);
    expect(ok).toBe(true);
  });

  it("the schema check can fail: a broken log is rejected", async () => {
    const { results: rs } = await results();
    const log = JSON.parse(formatters.sarif(rs, context())) as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = "fatal";
    expect(validate(log)).toBe(false);
  });

  it("describes the rules and points each result at its rule and region", async () => {
    const { results: rs } = await results();
    const log = JSON.parse(formatters.sarif(rs, context())) as {
      version: string;
      runs: { tool: { driver: { name: string; version: string; rules: { id: string; helpUri?: string }[] } }; results: { ruleId?: string; ruleIndex?: number; level: string; locations: { physicalLocation: { artifactLocation: { uri: string }; region: Record<string, number> } }[] }[] }[];
    };
    expect(log.version).toBe("2.1.0");
    const run = log.runs[0]!;
    expect(run.tool.driver).toMatchObject({ name: "postlint", version: "1.2.3" });
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(["word", "official-only"]);
    const first = run.results[0]!;
    expect(first).toMatchObject({ ruleId: "word", ruleIndex: 0, level: "warning" });
    expect(first.locations[0]!.physicalLocation).toEqual({ artifactLocation: { uri: "posts/launch.md", uriBaseId: "%SRCROOT%" }, region: { startLine: 4, startColumn: 4, endLine: 4, endColumn: 8 } });
    expect(JSON.stringify(log)).not.toMatch(/\bsecret\b/);
  });
});

describe("gitlab", () => {
  it("writes Code Quality issues with GitLab's fields and severities", async () => {
    const { results: rs } = await results();
    const issues = JSON.parse(formatters.gitlab(rs, context())) as Record<string, unknown>[];
    expect(issues.length).toBe(rs.reduce((n, r) => n + r.messages.length, 0));
    for (const issue of issues) {
      expect(issue).toMatchObject({ type: "issue", description: expect.any(String), check_name: expect.any(String), fingerprint: expect.stringMatching(/^[0-9a-f]{16}$/), location: { path: expect.any(String), lines: { begin: expect.any(Number) } } });
      expect(["info", "minor", "major", "critical", "blocker"]).toContain(issue["severity"]);
    }
    expect(issues.find((i) => (i["location"] as { path: string }).path === "posts/broken.md")).toMatchObject({ severity: "blocker", check_name: "postlint/input" });
  });

  it("keeps a finding's fingerprint when lines move, and tells repeated findings apart", async () => {
    const linter = testLinter();
    const before = await linter.lint({ text: "Oh darn.\n\nOh darn.", filePath: "/repo/a.md", meta: { lang: "en" } });
    const after = await linter.lint({ text: "A new first line.\n\nOh darn.\n\nOh darn.", filePath: "/repo/a.md", meta: { lang: "en" } });
    const prints = (r: LintResult) => (JSON.parse(formatters.gitlab([r], context())) as { fingerprint: string }[]).map((i) => i.fingerprint);
    expect(prints(before)).toHaveLength(2);
    expect(new Set(prints(before)).size).toBe(2);
    expect(prints(after)).toEqual(prints(before));
  });
});

describe("junit", () => {
  it("writes well-formed JUnit XML: a suite per post, a failing case per finding, a passing case for a clean post", async () => {
    const { results: rs } = await results();
    const xml = formatters.junit(rs, context());
    expect(XMLValidator.validate(xml)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === "testsuite" || name === "testcase" }).parse(xml) as {
      testsuites: { testsuite: { "@_name": string; testcase: { failure?: unknown }[] }[] };
    };
    const suites = doc.testsuites.testsuite;
    expect(suites.map((s) => s["@_name"])).toEqual(["posts/launch.md", "posts/clean.md", "posts/broken.md"]);
    expect(suites[1]!.testcase).toHaveLength(1);
    expect(suites[1]!.testcase[0]!.failure).toBeUndefined();
    expect(suites[0]!.testcase.every((c) => c.failure !== undefined)).toBe(true);
  });

  it("stays well-formed whatever the post holds (markup, quotes, terminal escapes)", () => {
    const nasty = fatalResult("/repo/<x>&\"'.md", "bad \u001b[1A\u001b[2K ]]> <![CDATA[ & \u0000 text", 1);
    expect(XMLValidator.validate(formatters.junit([nasty], context()))).toBe(true);
  });
});
