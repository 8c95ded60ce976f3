// Issue #9 §5: a post that takes too long (a pathological input, a slow plugin rule) is a fatal
// result naming the post and the budget, and every other post is still linted: in one thread,
// in the worker pool (where a rule that never returns is stopped with its worker), and in NDJSON.
import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { json, postlint, project, PROFANE, type JsonResult } from "./run.js";

const STALL_PACK = readFileSync(path.resolve(import.meta.dirname, "fixtures/stall-pack.mjs"), "utf8");
const CONFIG = 'plugins: ["./stall-pack.mjs"]\n';
const SLOW = "---\nlang: en\n---\nA quiet post that keeps a rule busy. [[stall 3000]]\n";
const BUDGET = "postlint could not check this post within 2 s (its time budget); other posts are not affected";

const outcome = (results: JsonResult[]): [string, string[]][] =>
  results.map((r) => [path.basename(r.filePath), r.messages.map((m) => (m.fatal ? m.message.slice(0, BUDGET.length) : (m.ruleId ?? "")))]);

// Budgets are seconds, not milliseconds: a post also pays for warming up the rules (lazy imports, JIT).
describe("--lint-timeout", { timeout: 60_000 }, () => {
  it("gives a slow post a fatal result and lints the others, in one thread", () => {
    const cwd = project({ ".postlintrc.yaml": CONFIG, "stall-pack.mjs": STALL_PACK, "a.md": PROFANE, "b-slow.md": SLOW, "c.md": PROFANE });
    const run = postlint(["--concurrency", "off", "--lint-timeout", "2s", "--format", "json", "."], { cwd });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(2);
    expect(outcome(json(run))).toEqual([
      ["a.md", ["profanity"]],
      ["b-slow.md", [BUDGET]],
      ["c.md", ["profanity"]],
    ]);
  });

  it("stops a worker stuck in a rule that never returns, and lints the others, in the worker pool", () => {
    // 26 posts make two batches on two threads: the slow one is in the first, the stuck one alone in the second.
    const files: Record<string, string> = { ".postlintrc.yaml": CONFIG, "stall-pack.mjs": STALL_PACK, "b-slow.md": SLOW, "z-stuck.md": SLOW.replace("3000", "forever") };
    for (let i = 0; i < 24; i++) files[`p${String(i).padStart(2, "0")}.md`] = PROFANE;
    const cwd = project(files);
    const run = postlint(["--concurrency", "2", "--lint-timeout", "2s", "--format", "json", "."], { cwd });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(2);
    const results = outcome(json(run));
    expect(results).toHaveLength(26);
    expect(results.filter(([, m]) => m[0] === BUDGET).map(([name]) => name)).toEqual(["b-slow.md", "z-stuck.md"]);
    expect(results.filter(([name]) => name.startsWith("p")).every(([, m]) => m.join() === "profanity")).toBe(true);
  });

  it("answers each NDJSON line, the slow one with its fatal result", () => {
    const cwd = project({ ".postlintrc.yaml": CONFIG, "stall-pack.mjs": STALL_PACK });
    const input = [{ id: "ok", text: PROFANE }, { id: "slow", text: SLOW }, { id: "also-ok", text: PROFANE }].map((p) => JSON.stringify(p)).join("\n");
    const run = postlint(["--ndjson", "--lint-timeout", "2s", "-"], { cwd, input });
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as JsonResult & { id: string });
    expect(lines.map((l) => [l.id, l.messages.map((m) => (m.fatal ? m.message.slice(0, BUDGET.length) : m.ruleId))])).toEqual([
      ["ok", ["profanity"]],
      ["slow", [BUDGET]],
      ["also-ok", ["profanity"]],
    ]);
  });

  it("lets a slow post finish with a larger budget, and refuses a budget that is not a duration", () => {
    const cwd = project({ ".postlintrc.yaml": CONFIG, "stall-pack.mjs": STALL_PACK, "b-slow.md": SLOW });
    const run = postlint(["--lint-timeout", "30s", "--format", "json", "b-slow.md"], { cwd });
    expect(outcome(json(run))).toEqual([["b-slow.md", ["test-stall"]]]);
    const bad = postlint(["--lint-timeout", "soon", "b-slow.md"], { cwd });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--lint-timeout: expected a duration such as 10s or 500ms, or "off", got "soon"');
  });
});
