import { chmodSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";
import { json, postlint, PROFANE, project, UNPRIVILEGED, type JsonResult } from "./run.js";

// Root reads every folder whatever its mode, so an unreadable folder is simulated at the
// file-system layer: in this in-process run, readdir of any folder named `private` fails with
// EACCES, as `chmod 000 private` does for other users.
vi.mock("node:fs", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs")>();
  const readdir = ((dir: string, ...rest: unknown[]) => {
    const callback = rest.pop() as (error: NodeJS.ErrnoException | null, entries?: unknown) => void;
    if (path.basename(String(dir).replace(/[\\/]$/, "")) === "private") {
      queueMicrotask(() => callback(Object.assign(new Error(`EACCES: permission denied, scandir '${dir}'`), { code: "EACCES" })));
      return;
    }
    (fs.readdir as (...args: unknown[]) => void)(dir, ...rest, callback);
  }) as typeof fs.readdir;
  return { ...fs, default: { ...fs, readdir }, readdir };
});

describe("a folder that cannot be read", () => {
  it("is reported with its own error result, the other posts are linted, and the exit code is 2", async () => {
    const cwd = project({ "posts/a.md": PROFANE, "posts/private/b.md": PROFANE });
    const stdout = new PassThrough();
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const code = await main(["--format", "json", "posts"], { stdout, stderr: new PassThrough(), stdin, cwd, env: {} });
    const results = JSON.parse(String(stdout.read())) as JsonResult[];
    expect(results.map((r) => [path.relative(cwd, r.filePath), r.messages.map((m) => m.ruleId ?? m.message)])).toEqual([
      ["posts/private", ["is a folder that cannot be read (EACCES); the posts in it were not checked"]],
      ["posts/a.md", ["profanity"]],
    ]);
    expect(code).toBe(2);
  });
});

describe("a folder that cannot be read, for real", () => {
  // Runs as `nobody` when we are root (see UNPRIVILEGED); the mocked test above covers the rest.
  it.runIf(UNPRIVILEGED !== undefined)("is reported and the exit code is 2", () => {
    const cwd = project({ "posts/a.md": PROFANE, "posts/private/b.md": PROFANE });
    for (const dir of [cwd, path.join(cwd, "posts")]) chmodSync(dir, 0o755);
    chmodSync(path.join(cwd, "posts/private"), 0o000);
    const r = postlint(["--format", "json", "posts"], { cwd, unprivileged: true });
    expect(json(r).map((x) => [path.relative(cwd, x.filePath), x.messages.map((m) => m.ruleId ?? m.message)])).toEqual([
      ["posts/private", ["is a folder that cannot be read (EACCES); the posts in it were not checked"]],
      ["posts/a.md", ["profanity"]],
    ]);
    expect(r.code).toBe(2);
  });
});
