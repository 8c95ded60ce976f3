// Issue #9 §4: one crafted post is a fatal result for itself; every other post is still linted,
// in every path (one thread, worker threads, NDJSON).
import { describe, expect, it } from "vitest";
import { json, postlint, project, PROFANE } from "./run.js";

const BOMB = ["---", "a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]", "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]", "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]", "---", "hello", ""].join("\n");
const DEEP = `${"- ".repeat(2000)}\n`;

describe("hostile posts in a run", () => {
  const cwd = project({ "a-bomb.md": BOMB, "b-deep.md": DEEP, "c-ok.md": PROFANE });

  it.each([["off"], ["2"]])("reports each as fatal and lints the others (--concurrency %s)", (concurrency) => {
    const run = postlint(["--concurrency", concurrency, "--format", "json", "."], { cwd });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(2);
    expect(json(run).map((r) => [r.filePath.replace(/^.*\//, ""), r.messages.map((m) => (m.fatal ? m.message : m.ruleId))])).toEqual([
      ["a-bomb.md", ["invalid front matter: YAML aliases expand to more than 100 nodes; write the fields out instead"]],
      ["b-deep.md", ["the post nests 2000 levels deep (block quotes and lists); postlint checks up to 100 levels"]],
      ["c-ok.md", ["profanity"]],
    ]);
  });

  it("answers each NDJSON line, hostile or not", () => {
    const input = [{ id: "bomb", text: BOMB }, { id: "deep", text: DEEP }, { id: "ok", text: PROFANE }].map((p) => JSON.stringify(p)).join("\n");
    const run = postlint(["--ndjson", "-"], { cwd, input });
    const lines = run.stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; messages: { fatal?: boolean; ruleId: string | null }[] });
    expect(lines.map((l) => [l.id, l.messages.map((m) => (m.fatal ? "fatal" : m.ruleId))])).toEqual([
      ["bomb", ["fatal"]],
      ["deep", ["fatal"]],
      ["ok", ["profanity"]],
    ]);
  });
});
