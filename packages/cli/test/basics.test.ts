import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, json, MILD, postlint, PROFANE, project } from "./run.js";

const version = (JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../package.json"), "utf8")) as { version: string }).version;

describe("postlint basics", () => {
  it("--version prints the version", () => {
    const r = postlint(["--version"], { cwd: project() });
    expect([r.code, r.stdout]).toEqual([0, `${version}\n`]);
  });

  it("--help shows usage, the post flags, exit codes and examples", () => {
    const r = postlint(["--help"], { cwd: project() });
    expect(r.code).toBe(0);
    for (const text of ["Usage: postlint", "--platform", "--format", "--max-warnings", "--stdin-filename", "Exit codes", "Examples:"]) expect(r.stdout).toContain(text);
  });

  it("an unknown flag is a usage error with the nearest flag", () => {
    const r = postlint(["--formt", "json", "a.md"], { cwd: project({ "a.md": CLEAN }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("postlint: unknown option --formt; did you mean --format? (see postlint --help)\n");
    expect(r.stdout).toBe("");
  });

  it("a bad flag value names the choices", () => {
    const r = postlint(["--platform", "twitter", "a.md"], { cwd: project({ "a.md": CLEAN }) });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^postlint: --platform: expected "x", .*got "twitter"\n$/);
    expect(postlint(["--format", "jsn", "a.md"], { cwd: project({ "a.md": CLEAN }) }).stderr).toContain('did you mean "json"?');
  });

  it("exits 0 and prints nothing for clean posts", () => {
    const r = postlint(["a.md"], { cwd: project({ "a.md": CLEAN }) });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", ""]);
  });

  it("exits 1 when a post has an error, and shows the finding", () => {
    const r = postlint(["a.md", "b.md"], { cwd: project({ "a.md": CLEAN, "b.md": PROFANE }) });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("b.md (en)");
    expect(r.stdout).toMatch(/4:16\s+error\s+Don’t use “fucking”/);
    expect(r.stdout).toContain("profanity");
    expect(r.stdout).toContain("1 problem (1 error, 0 warnings)");
  });

  it("exits 0 with warnings, and 1 when --max-warnings is exceeded", () => {
    const cwd = project({ "a.md": MILD });
    expect(postlint(["a.md"], { cwd }).code).toBe(0);
    expect(postlint(["a.md", "--max-warnings", "1"], { cwd }).code).toBe(0);
    expect(postlint(["a.md", "--max-warnings", "0"], { cwd }).code).toBe(1);
    expect(postlint(["a.md", "--max-warnings", "lots"], { cwd }).code).toBe(2);
  });

  it("--quiet shows errors only", () => {
    const cwd = project({ "a.md": MILD, "b.md": PROFANE });
    const quiet = json(postlint(["--quiet", "--format", "json", "a.md", "b.md"], { cwd }));
    expect(quiet.flatMap((r) => r.messages.map((m) => m.severity))).toEqual(["error"]);
    expect(postlint(["--quiet", "a.md"], { cwd }).stdout).toBe("");
  });

  it("exits 2 when no posts are given on a terminal-less run with empty stdin", () => {
    const r = postlint([], { cwd: project() });
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
  });
});

describe("formats", () => {
  it("json is the contract: one object per post with messages and counts", () => {
    const r = postlint(["--format", "json", "a.md", "b.md"], { cwd: project({ "a.md": CLEAN, "b.md": PROFANE }) });
    expect(r.code).toBe(1);
    const [a, b] = json(r);
    expect(a).toMatchObject({ filePath: expect.stringMatching(/a\.md$/), language: "en", messages: [], errorCount: 0, warningCount: 0 });
    expect(b!.messages).toEqual([
      expect.objectContaining({ ruleId: "profanity", severity: "error", line: 4, column: 16, endLine: 4, endColumn: 23, policy: expect.stringMatching(/^P22 /), message: expect.stringContaining("fucking") }),
    ]);
    expect([b!.errorCount, b!.warningCount]).toEqual([1, 0]);
  });

  it("sarif is a SARIF 2.1.0 log with the rules and relative paths", () => {
    const r = postlint(["-f", "sarif", "posts/b.md"], { cwd: project({ "posts/b.md": PROFANE }) });
    const log = JSON.parse(r.stdout) as { version: string; runs: { tool: { driver: { rules: { id: string }[] } }; results: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }[] }[] };
    expect(log.version).toBe("2.1.0");
    expect(log.runs[0]!.tool.driver.rules.map((x) => x.id)).toContain("profanity");
    expect(log.runs[0]!.results[0]!.ruleId).toBe("profanity");
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe("posts/b.md");
  });

  it("github prints workflow annotations", () => {
    const r = postlint(["--format", "github", "posts/b.md"], { cwd: project({ "posts/b.md": PROFANE }) });
    expect(r.stdout).toMatch(/^::error file=posts\/b\.md,line=4,col=16,endLine=4,endColumn=23,title=postlint\(profanity\)::Don’t use “fucking”/);
  });

  it("--output-file writes the report to a file", () => {
    const cwd = project({ "b.md": PROFANE });
    const r = postlint(["--format", "json", "-o", "report.json", "b.md"], { cwd });
    expect([r.code, r.stdout]).toEqual([1, ""]);
    expect((JSON.parse(readFileSync(path.join(cwd, "report.json"), "utf8")) as unknown[]).length).toBe(1);
  });

  it("colours only when asked: FORCE_COLOR or --color, never with NO_COLOR or --no-color", () => {
    const cwd = project({ "b.md": PROFANE });
    const esc = "\u001b[";
    expect(postlint(["b.md"], { cwd }).stdout).not.toContain(esc);
    expect(postlint(["b.md"], { cwd, env: { FORCE_COLOR: "1" } }).stdout).toContain(esc);
    expect(postlint(["b.md", "--color"], { cwd }).stdout).toContain(esc);
    expect(postlint(["b.md", "--no-color"], { cwd, env: { FORCE_COLOR: "1" } }).stdout).not.toContain(esc);
    expect(postlint(["b.md", "--color"], { cwd, env: { NO_COLOR: "1" } }).stdout).toContain(esc);
  });
});
