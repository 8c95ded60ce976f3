import { chmodSync, readFileSync } from "node:fs";
import path from "node:path";
import { PassThrough } from "node:stream";
import { describe, expect, it, vi } from "vitest";
import { main } from "../src/main.js";
import { json, postlint, project, UNPRIVILEGED, type JsonResult } from "./run.js";

// Root writes through any permission bits and CI has no chattr, so a read-only post is simulated
// at the file-system layer: this in-process run's writeFile refuses b.md with EACCES, as it does
// for a read-only file (or one on a read-only mount) for other users.
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const writeFile: typeof fs.writeFile = (file, ...rest) => {
    if (String(file).endsWith(`${path.sep}b.md`)) return Promise.reject(Object.assign(new Error("EACCES: permission denied"), { code: "EACCES" }));
    return fs.writeFile(file, ...rest);
  };
  return { ...fs, default: { ...fs, writeFile }, writeFile };
});

const POST = "---\nlang: en\n---\nMail me at jane.doe@example.com about it.\n";
const FIXED = "---\nlang: en\n---\nMail me at [public e-mail address] about it.\n";

describe("--fix with a read-only post", () => {
  it("reports that post and still fixes the others", async () => {
    const cwd = project({ "a.md": POST, "b.md": POST, "c.md": POST });
    const stdout = new PassThrough();
    const stderr = new PassThrough();
    const stdin = Object.assign(new PassThrough(), { isTTY: true });
    const code = await main(["--fix", "--format", "json", "a.md", "b.md", "c.md"], { stdout, stderr, stdin, cwd, env: {} });
    const results = JSON.parse(String(stdout.read())) as JsonResult[];
    expect(code).toBe(2);
    expect(readFileSync(path.join(cwd, "a.md"), "utf8")).toBe(FIXED);
    expect(readFileSync(path.join(cwd, "b.md"), "utf8")).toBe(POST);
    expect(readFileSync(path.join(cwd, "c.md"), "utf8")).toBe(FIXED);
    expect(results.map((r) => r.messages.map((m) => m.message))).toEqual([[], ["not fixed: it cannot be written: permission denied (EACCES)"], []]);
    expect(stderr.read()).toBe(null);
  });
});

describe("--fix with a read-only post, for real", () => {
  // Runs as `nobody` when we are root (see UNPRIVILEGED): b.md is root's and read-only for it.
  it.runIf(UNPRIVILEGED !== undefined)("reports that post and still fixes the others", () => {
    const cwd = project({ "a.md": POST, "b.md": POST, "c.md": POST });
    chmodSync(cwd, 0o755);
    for (const name of ["a.md", "c.md"]) chmodSync(path.join(cwd, name), 0o666);
    chmodSync(path.join(cwd, "b.md"), 0o444);
    const r = postlint(["--fix", "--format", "json", "a.md", "b.md", "c.md"], { cwd, unprivileged: true });
    expect(r.code).toBe(2);
    expect(["a.md", "b.md", "c.md"].map((name) => readFileSync(path.join(cwd, name), "utf8"))).toEqual([FIXED, POST, FIXED]);
    expect(json(r).map((x) => x.messages.map((m) => m.message))).toEqual([[], [expect.stringMatching(/^not fixed: it cannot be written: permission denied \(EACCES\)$/)], []]);
  });
});
