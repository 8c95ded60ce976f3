// bin/code-cache.js: on Node without module.enableCompileCache (20), the CommonJS bundle with a
// code cache kept in the user's cache folder. The results must not depend on which way it started.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, readdirSync, statSync } from "node:fs";
import module from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, MILD, postlint, PROFANE, project, type Run } from "./run.js";

const nodeHasItsOwn = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function";
const caches = (dir: string): string[] => readdirSync(path.join(dir, "postlint")).filter((name) => name.endsWith(".bin"));
/** The one cache in `dir`: its size, and what changes when it is written again (renamed over). */
function cacheOf(dir: string): { size: number; written: string } {
  const [name, ...more] = caches(dir);
  expect(more).toEqual([]);
  const stat = statSync(path.join(dir, "postlint", name as string));
  return { size: stat.size, written: `${stat.ino}:${stat.mtimeMs}` };
}

describe.skipIf(nodeHasItsOwn)("code cache (Node 20)", () => {
  it("writes the cache on the first run and gives the same results from it, and without it", () => {
    const cwd = project({ "a.md": PROFANE, "b.md": MILD });
    const cache = project();
    const args = ["--format", "json", "a.md", "b.md"];
    const first = postlint(args, { cwd, env: { XDG_CACHE_HOME: cache } });
    expect(first.stderr).toBe("");
    expect(caches(cache)).toHaveLength(1);
    const second = postlint(args, { cwd, env: { XDG_CACHE_HOME: cache } });
    const without = postlint(args, { cwd, env: { XDG_CACHE_HOME: cache, NODE_DISABLE_COMPILE_CACHE: "1" } });
    expect(second).toEqual(first);
    expect(without).toEqual(first);
    expect(first.code).toBe(1);
  });

  it("writes the cache again after a run that compiled clearly more, and not after one like it", () => {
    const cwd = project({ "a.md": PROFANE, "b.md": MILD });
    const cache = project();
    const env = { XDG_CACHE_HOME: cache };
    // `--version` compiles the bundle's top level and little else: a small cache.
    expect(postlint(["--version"], { cwd, env }).code).toBe(0);
    const small = cacheOf(cache);
    const first = postlint(["--format", "json", "a.md", "b.md"], { cwd, env });
    const grown = cacheOf(cache);
    expect(grown.size).toBeGreaterThan(small.size * 1.1);
    // The same run again finds what it needs in the cache and leaves it as it is.
    const second = postlint(["--format", "json", "a.md", "b.md"], { cwd, env });
    expect(cacheOf(cache)).toEqual(grown);
    expect(second).toEqual(first);
  });

  it("keeps a cache the next run can use after the run changed V8's flags", () => {
    // The bin's timer changes V8's flags after half a second (src/tiering.ts does before a long
    // post), and V8 turns down a cache made under other flags than the next run starts with: that
    // run would write it again. Here the post arrives on stdin after the timer, at little CPU.
    const cwd = project();
    const cache = project();
    const late = (): Run => {
      const script = `(sleep 0.8; printf '%s' "$POST") | "$NODE" "$BIN" --format json -`;
      const env = { ...process.env, POST: PROFANE, NODE: process.execPath, BIN, XDG_CACHE_HOME: cache };
      const r = spawnSync("sh", ["-c", script], { cwd, env, encoding: "utf8", timeout: 60_000 });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr };
    };
    const first = late();
    const written = cacheOf(cache);
    const second = late();
    expect(cacheOf(cache)).toEqual(written);
    expect(second).toEqual(first);
  });

  it("keeps no cache in a folder others may write to", () => {
    const cwd = project({ "a.md": PROFANE });
    const cache = project();
    mkdirSync(path.join(cache, "postlint"));
    chmodSync(path.join(cache, "postlint"), 0o777);
    const run = postlint(["a.md"], { cwd, env: { XDG_CACHE_HOME: cache } });
    expect(run.code).toBe(1);
    expect(caches(cache)).toEqual([]);
  });
});
