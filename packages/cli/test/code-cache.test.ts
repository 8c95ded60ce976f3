// bin/code-cache.js: on Node without module.enableCompileCache (20), the CommonJS bundle with a
// code cache kept in the user's cache folder. The results must not depend on which way it started.
import { chmodSync, mkdirSync, readdirSync } from "node:fs";
import module from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MILD, postlint, PROFANE, project } from "./run.js";

const nodeHasItsOwn = typeof (module as { enableCompileCache?: unknown }).enableCompileCache === "function";
const caches = (dir: string): string[] => readdirSync(path.join(dir, "postlint")).filter((name) => name.endsWith(".bin"));

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
