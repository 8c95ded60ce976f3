// The paths for many posts (worker pool, cache, NDJSON stream) must give exactly the findings of
// the plain single-thread path.
import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../../bench/corpus.mjs";
import { json, postlint, project, type JsonResult } from "./run.js";

const CONFIG = readFileSync(path.resolve(import.meta.dirname, "../../../fixtures/.postlintrc.yaml"), "utf8");
// Above the worker pool's automatic threshold (200), so `auto` uses it too.
const posts = (generateCorpus(240, 7) as { id: string; text: string }[]).map((p) => ({ ...p, text: `---\ndate: 2026-12-01\n---\n${p.text}\n` }));

function repo(): string {
  return project({ ".postlintrc.yaml": CONFIG, ...Object.fromEntries(posts.map((p) => [`posts/${p.id}.md`, p.text])) });
}

const findings = (results: JsonResult[]) => results.map((r) => [path.basename(r.filePath), r.messages.map((m) => [m.ruleId, m.line, m.column, m.message])]);

describe("many posts", () => {
  const cwd = repo();
  const plain = postlint(["--concurrency", "off", "--format", "json", "posts"], { cwd });
  const plainResults = json(plain);

  it("the plain path finds something to compare", () => {
    expect(plainResults).toHaveLength(posts.length);
    expect(plainResults.filter((r) => r.messages.length > 0).length).toBeGreaterThan(20);
  });

  it("the worker pool gives the same results in the same order", () => {
    const pooled = postlint(["--concurrency", "2", "--format", "json", "posts"], { cwd });
    expect(pooled.code).toBe(plain.code);
    expect(findings(json(pooled))).toEqual(findings(plainResults));
  });

  it("a warm cache gives the same results, and an edited post is linted again", () => {
    const dir = repo();
    const cold = postlint(["--cache", "--format", "json", "posts"], { cwd: dir });
    expect(findings(json(cold))).toEqual(findings(plainResults));
    const warm = postlint(["--cache", "--format", "json", "posts"], { cwd: dir });
    expect(findings(json(warm))).toEqual(findings(plainResults));

    const first = posts[0]!;
    writeFileSync(path.join(dir, "posts", `${first.id}.md`), "---\nlang: en\n---\nThis launch is fucking great.\n");
    const edited = json(postlint(["--cache", "--format", "json", "posts"], { cwd: dir }));
    expect(edited[0]!.messages.map((m) => m.ruleId)).toEqual(["profanity"]);
    expect(findings(edited.slice(1))).toEqual(findings(plainResults.slice(1)));
  });

  it("a changed config invalidates the cache", () => {
    const dir = repo();
    const before = json(postlint(["--cache", "--format", "json", "posts"], { cwd: dir }));
    expect(before.flatMap((r) => r.messages).some((m) => m.ruleId === "profanity")).toBe(true);
    writeFileSync(path.join(dir, ".postlintrc.yaml"), CONFIG.replace("rules:\n", "rules:\n  profanity: off\n"));
    const after = json(postlint(["--cache", "--format", "json", "posts"], { cwd: dir }));
    expect(after.flatMap((r) => r.messages).some((m) => m.ruleId === "profanity")).toBe(false);
  });

  it("a corrupt cache is ignored with a warning, never trusted", () => {
    const dir = repo();
    writeFileSync(path.join(dir, ".postlintcache"), "{ not json");
    const r = postlint(["--cache", "--format", "json", "posts"], { cwd: dir });
    expect(r.stderr).toMatch(/^postlint: ignoring the cache at .*\.postlintcache/);
    expect(findings(json(r))).toEqual(findings(plainResults));
  });

  it("--ndjson streams one result per post, in order, with the same findings", () => {
    const input = posts.map((p) => JSON.stringify({ id: p.id, text: p.text.replace(/^---\n[\s\S]*?\n---\n/, ""), date: "2026-12-01" })).join("\n") + "\n";
    const r = postlint(["--ndjson", "-"], { cwd, input });
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as JsonResult & { id: string });
    expect(lines.map((l) => l.id)).toEqual(posts.map((p) => p.id));
    // The NDJSON text has no front matter, so its lines sit three lines higher.
    const streamed = lines.map((l) => [l.id, l.messages.map((m) => [m.ruleId, m.line + 3, m.column, m.message])]);
    expect(streamed).toEqual(findings(plainResults).map(([file, ms]) => [String(file).replace(/\.md$/, ""), ms]));
    expect(r.code).toBe(plain.code);
  });

  it("--ndjson gives a bad line its own error and goes on", () => {
    const input = ['{"id":"a","text":"This launch is fucking great."}', "not json", '{"id":"c","text":"Lovely day at the office."}'].join("\n");
    const r = postlint(["--ndjson"], { cwd, input });
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l) as JsonResult & { id: string });
    expect(lines.map((l) => [l.id, l.messages.map((m) => m.ruleId ?? m.message)])).toEqual([
      ["a", ["profanity"]],
      ["line 2", ["line 2 is not valid JSON"]],
      ["c", []],
    ]);
    expect(r.code).toBe(2);
  });
});
