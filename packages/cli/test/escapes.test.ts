import { describe, expect, it } from "vitest";
import { postlint, project } from "./run.js";

// A post copied from a terminal or a hostile submission: escape sequences that move the cursor
// and erase lines in a CI log, and a right-to-left override that reorders what a reviewer sees.
const HOSTILE = "---\nlang: en\n---\nWhat a \x1b[1A\x1b[2K fucking great \u202e day.\n";
const RAW_CONTROL = /(?![\t\n])[\p{Cc}\p{Bidi_Control}]/u;

describe("control characters in human formats", () => {
  it("stylish shows them escaped, with the caret still under the flagged word", () => {
    const r = postlint(["--no-color", "a.md"], { cwd: project({ "a.md": HOSTILE }) });
    expect(r.code).toBe(1);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    const lines = r.stdout.split("\n");
    const excerpt = lines.find((l) => l.includes("What a"))!;
    expect(excerpt).toContain("What a \\x1b[1A\\x1b[2K fucking great \\u202e day.");
    const caret = lines[lines.indexOf(excerpt) + 1]!;
    expect(caret.indexOf("^")).toBe(excerpt.indexOf("fucking"));
    expect(caret.trim()).toMatch(/^│ +\^{7}$/);
  });

  it("stylish escapes them in file names and in messages that quote the post", () => {
    const cwd = project({ "bad\x1b[2K.md": "---\nlang: en\nplatform: \"x\\e[2K\"\n---\nHello\n" });
    const r = postlint(["--no-color", "bad\x1b[2K.md"], { cwd });
    expect(r.code).toBe(2);
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain("bad\\x1b[2K.md");
    expect(r.stdout).toContain('got "x\\x1b[2K"');
  });

  it("github annotations show them escaped", () => {
    const cwd = project({ "bad\x1b[2K.md": "---\nlang: en\nplatform: \"x\\e[2K\"\n---\nHello\n", "a.md": HOSTILE });
    const r = postlint(["--format", "github", "bad\x1b[2K.md", "a.md"], { cwd });
    expect(r.stdout).not.toMatch(RAW_CONTROL);
    expect(r.stdout).toContain("file=bad\\x1b[2K.md");
    expect(r.stdout).toContain('got "x\\x1b[2K"');
  });
});
