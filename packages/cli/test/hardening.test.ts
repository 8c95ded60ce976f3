// Issue #9, section 7: small input and config holes, each with the post or config that showed it.
import { symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, json, postlint, PROFANE, project } from "./run.js";

const names = (r: ReturnType<typeof postlint>, cwd: string) => json(r).map((x) => path.relative(cwd, x.filePath));

describe("encodings and line endings", () => {
  it("decodes UTF-16 LE and BE posts with a BOM (Notepad, PowerShell) instead of calling them binary", () => {
    const cwd = project({ "le.md": Buffer.from("\uFEFF" + PROFANE, "utf16le"), "be.md": Buffer.from("\uFEFF" + PROFANE, "utf16le").swap16() });
    const r = postlint(["--format", "json", "le.md", "be.md"], { cwd });
    expect(r.code).toBe(1);
    for (const result of json(r)) expect(result.messages.map((m) => [m.ruleId, m.line, m.column])).toEqual([["profanity", 4, 16]]);
  });

  it("counts a lone CR (classic Mac line endings) as a line break, in every format", () => {
    const text = "Great quarter for the team.\rThis sunset is fucking great.\r";
    const cwd = project({ "cr.md": text });
    const [m] = json(postlint(["--format", "json", "--lang", "en", "cr.md"], { cwd }))[0]!.messages;
    expect(m).toMatchObject({ ruleId: "profanity", line: 2, column: 16, endLine: 2, endColumn: 23 });
    const stylish = postlint(["--no-color", "--lang", "en", "cr.md"], { cwd }).stdout;
    expect(stylish).toContain("2:16");
    expect(stylish).toMatch(/│ This sunset is fucking great\.\n\s+│ {16}\^{7}\n/);
    expect(postlint(["--format", "github", "--lang", "en", "cr.md"], { cwd }).stdout).toContain("line=2,col=16,endLine=2,endColumn=23");
  });
});

describe("which files are linted", () => {
  it("warns about a file named explicitly but ignored, as ESLint does", () => {
    const cwd = project({ "posts/drafts/a.md": PROFANE, "posts/b.md": PROFANE, ".postlintignore": "posts/drafts/\n" });
    const r = postlint(["--format", "json", "posts/drafts/a.md", "--ignore-pattern", "posts/b.md", "posts/b.md"], { cwd });
    expect(r.code).toBe(0);
    const warning = { ruleId: null, severity: "warn", message: "File ignored because of a matching ignore pattern. Use --no-ignore to override." };
    expect(json(r).map((x) => [path.relative(cwd, x.filePath), x.messages, x.warningCount])).toEqual([
      ["posts/drafts/a.md", [expect.objectContaining(warning)], 1],
      ["posts/b.md", [expect.objectContaining(warning)], 1],
    ]);
    // Globs and folders skip ignored posts quietly, as before.
    expect(postlint(["--format", "json", "posts"], { cwd }).stdout).not.toContain("File ignored");
  });

  it("lints a post reached through a symlink loop once", () => {
    const cwd = project({ "posts/a.md": PROFANE, "posts/b.md": CLEAN });
    symlinkSync("..", path.join(cwd, "posts/loop"));
    symlinkSync("b.md", path.join(cwd, "posts/same-as-b.md"));
    expect(names(postlint(["--format", "json", "posts"], { cwd }), cwd)).toEqual(["posts/a.md", "posts/b.md"]);
  });
});

describe("config holes", () => {
  const cfg = (yaml: string) => postlint(["a.md"], { cwd: project({ ".postlintrc.yaml": yaml, "a.md": CLEAN }) });

  it("rejects __proto__ and other prototype keys under rules", () => {
    for (const key of ["__proto__", "constructor", "hasOwnProperty"]) {
      const r = cfg(`rules:\n  ${key}: error\n`);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^postlint: \\.postlintrc\\.yaml(:2)?: rules\\.${key}: unknown rule "${key}"`));
    }
    const json = postlint(["a.md"], { cwd: project({ ".postlintrc.json": '{"rules": {"__proto__": "error"}}', "a.md": CLEAN }) });
    expect(json.code).toBe(2);
    expect(json.stderr).toMatch(/rules\.__proto__: unknown rule "__proto__"/);
  });

  it("rejects confidential terms that are empty or only punctuation: terms are literal text, not patterns", () => {
    for (const term of ['"*"', '".*"', '""', '"  "', '"-"']) {
      const r = cfg(`confidential:\n  terms: ["Project Hydra", ${term}]\n`);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^postlint: \.postlintrc\.yaml(:2)?: confidential\.terms\[1\]: expected a word or phrase \(terms are literal text, not patterns\), got ".*"\n$/);
    }
    expect(cfg('confidential:\n  terms: ["Project Hydra", "Q3 forecast", "C++"]\n').code).toBe(0);
  });

  it("matches confidential terms as literal text: a * in a term is not a wildcard", () => {
    const cwd = project({ ".postlintrc.yaml": 'confidential:\n  terms: ["Hydra*", "Q3 ... forecast"]\n', "a.md": "---\nlang: en\n---\nHydration matters on a Q3 sales forecast run.\n", "b.md": "---\nlang: en\n---\nWorking on Hydra this week.\n" });
    const r = postlint(["--format", "json", "a.md", "b.md"], { cwd });
    expect(json(r).map((x) => x.messages.map((m) => m.ruleId))).toEqual([[], ["confidential-info"]]);
  });
});

describe("--ndjson lines are checked like API requests", () => {
  it("gives a line with a field the API refuses its own error, and goes on", () => {
    const lines = [
      { id: "ok", text: "Lovely day at the office." },
      { id: "unknown", text: "Lovely day.", platfrom: "x" },
      { id: "long-author", text: "Lovely day.", author: "a".repeat(201) },
      { id: "bad-date", text: "Lovely day.", date: "2026-13-45" },
      { id: "empty", text: "" },
      { id: "ok2", text: "This launch is fucking great." },
    ];
    const r = postlint(["--ndjson"], { cwd: project(), input: lines.map((l) => JSON.stringify(l)).join("\n") + "\n" });
    const results = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; messages: { ruleId: string | null; message: string; fatal?: boolean }[] });
    expect(results.map((x) => [x.id, x.messages.map((m) => m.ruleId ?? m.message)])).toEqual([
      ["ok", []],
      ["unknown", [expect.stringMatching(/^line 2: platfrom: unknown key "platfrom"; did you mean "platform"\?/)]],
      ["long-author", [expect.stringMatching(/^line 3: author: /)]],
      ["bad-date", [expect.stringMatching(/^line 4: date: /)]],
      ["empty", [expect.stringMatching(/^line 5: text: /)]],
      ["ok2", ["profanity"]],
    ]);
    expect(r.code).toBe(2);
  });
});
