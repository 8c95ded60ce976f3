import { existsSync, mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, postlint, PROFANE, project } from "./run.js";

// We run as root in CI, where permission bits do not stop a write. The unwritable outputs here
// fail for root too: a missing folder, a folder, a path below a regular file, and /dev/full
// (opens fine, every write fails with ENOSPC).
describe("-o FILE that cannot be written", () => {
  const oneLine = (r: ReturnType<typeof postlint>) => {
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr.split("\n")).toHaveLength(2);
    expect(r.stderr).toMatch(/^postlint: cannot write the report to /);
    return r.stderr;
  };

  it("a missing folder is refused before linting starts (no cache is written)", () => {
    const cwd = project({ "a.md": PROFANE });
    const stderr = oneLine(postlint(["--cache", "-o", "reports/out.txt", "a.md"], { cwd }));
    expect(stderr).toBe('postlint: cannot write the report to reports/out.txt: the folder "reports" does not exist; create it first\n');
    expect(existsSync(path.join(cwd, ".postlintcache"))).toBe(false);
  });

  it("a folder is refused", () => {
    const cwd = project({ "a.md": PROFANE });
    mkdirSync(path.join(cwd, "reports"));
    expect(oneLine(postlint(["-o", "reports", "a.md"], { cwd }))).toBe("postlint: cannot write the report to reports: it is a folder; name a file inside it\n");
  });

  it("a path below a regular file (read-only for root too) is refused", () => {
    const cwd = project({ "a.md": PROFANE, "notes.txt": "not a folder\n" });
    expect(oneLine(postlint(["-o", "notes.txt/out.json", "a.md"], { cwd }))).toBe('postlint: cannot write the report to notes.txt/out.json: "notes.txt" is a file, not a folder\n');
  });

  it("/dev/full fails at the end in one line, exit 2", () => {
    const cwd = project({ "a.md": PROFANE });
    expect(oneLine(postlint(["-o", "/dev/full", "a.md"], { cwd }))).toBe("postlint: cannot write the report to /dev/full: no space left on the device (ENOSPC)\n");
  });

  it("a writable path still gets the report", () => {
    const cwd = project({ "a.md": PROFANE, "reports/.keep": "" });
    const r = postlint(["-o", "reports/out.txt", "a.md"], { cwd });
    expect([r.code, r.stdout, r.stderr]).toEqual([1, "", ""]);
    expect(readFileSync(path.join(cwd, "reports/out.txt"), "utf8")).toContain("profanity");
  });
});

describe("flags that cannot go together, and limits", () => {
  it("--fix with --fix-dry-run is a usage error in one line, and nothing is fixed", () => {
    const post = "---\nlang: en\n---\nMail me at jane.doe@example.com about it.\n";
    const cwd = project({ "a.md": post });
    const r = postlint(["--fix", "--fix-dry-run", "a.md"], { cwd });
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe("postlint: --fix and --fix-dry-run cannot be used together; use --fix to write the fixes or --fix-dry-run to only see them\n");
    expect(readFileSync(path.join(cwd, "a.md"), "utf8")).toBe(post);
  });

  it("--concurrency above 4 threads per core is clamped (99999 used to run out of memory)", () => {
    const r = postlint(["--format", "json", "--concurrency", "99999", "a.md", "b.md"], { cwd: project({ "a.md": CLEAN, "b.md": PROFANE }) });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("");
    expect(postlint(["--help"], { cwd: project() }).stdout).toContain("at most 4 per core");
  });
});

describe("--print-config", () => {
  it("masks server tokens", () => {
    const cwd = project({ ".postlintrc.yaml": "server:\n  tokens: [s3cr3t-writer-token-1234, other-token-9876]\n", "a.md": CLEAN });
    const r = postlint(["--print-config", "a.md"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("s3cr3t");
    expect(r.stdout).not.toContain("9876");
    expect((JSON.parse(r.stdout) as { server: { tokens: string[] } }).server.tokens).toEqual(["<redacted>", "<redacted>"]);
  });
});
