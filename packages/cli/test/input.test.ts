import { chmodSync, symlinkSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, json, postlint, PROFANE, project, UNPRIVILEGED } from "./run.js";

const names = (r: ReturnType<typeof postlint>, cwd: string) => json(r).map((x) => path.relative(cwd, x.filePath) || x.filePath);

describe("stdin", () => {
  it("reads a post from `-`, named <stdin>", () => {
    const r = postlint(["--format", "json", "-"], { cwd: project(), input: "this is fucking great\n" });
    expect(r.code).toBe(1);
    const [result] = json(r);
    expect(result).toMatchObject({ filePath: "<stdin>", language: "en", errorCount: 1 });
    expect(result!.messages[0]).toMatchObject({ ruleId: "profanity", line: 1, column: 9 });
  });

  it("reads piped stdin when no files are given", () => {
    const r = postlint(["--format", "json"], { cwd: project(), input: "this is fucking great\n" });
    expect(r.code).toBe(1);
    expect(json(r)[0]!.filePath).toBe("<stdin>");
  });

  it("does not flag Danish everyday words when told the post is Danish", () => {
    const r = postlint(["--lang", "da", "-"], { cwd: project(), input: "Vi kører med høj fart mod slutningen\n" });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "", ""]);
  });

  it("--stdin-filename names the post and finds the config from its folder", () => {
    const cwd = project({ "team/.postlintrc.yaml": "rules:\n  profanity: off\n" });
    const r = postlint(["--format", "json", "--stdin-filename", "team/draft.md", "-"], { cwd, input: "this is fucking great\n" });
    expect(r.code).toBe(0);
    const [result] = json(r);
    expect(path.relative(cwd, result!.filePath)).toBe(path.join("team", "draft.md"));
    expect(result!.messages).toEqual([]);
  });

  it("applies the post flags to stdin", () => {
    const r = postlint(["--format", "json", "--platform", "x", "-"], { cwd: project(), input: "a".repeat(300) + "\n" });
    expect(json(r)[0]!.messages.map((m) => m.ruleId)).toEqual(["platform-limits"]);
  });

  it("empty or binary stdin is an input error", () => {
    const empty = postlint(["-"], { cwd: project(), input: "  \n" });
    expect(empty.code).toBe(2);
    expect(empty.stderr + empty.stdout).toContain("empty");
    const binary = postlint(["-"], { cwd: project(), input: Buffer.from([0, 1, 2, 3]) });
    expect(binary.code).toBe(2);
  });
});

describe("files, folders and globs", () => {
  const tree = {
    "posts/a.md": CLEAN,
    "posts/b.markdown": CLEAN,
    "posts/c.txt": "Proud of the team today.\n",
    "posts/data.json": "{}",
    "posts/nested/d.md": PROFANE,
    "posts/drafts/e.md": PROFANE,
    "node_modules/pkg/readme.md": PROFANE,
  };

  it("recurses into folders for .md, .markdown and .txt, skipping node_modules", () => {
    const cwd = project(tree);
    const r = postlint(["--format", "json", "."], { cwd });
    expect(names(r, cwd)).toEqual(["posts/a.md", "posts/b.markdown", "posts/c.txt", "posts/drafts/e.md", "posts/nested/d.md"]);
    expect(r.code).toBe(1);
  });

  it("expands globs", () => {
    const cwd = project(tree);
    expect(names(postlint(["--format", "json", "posts/**/*.md"], { cwd }), cwd)).toEqual(["posts/a.md", "posts/drafts/e.md", "posts/nested/d.md"]);
  });

  it("lints a file named explicitly whatever its extension, once", () => {
    const cwd = project(tree);
    expect(names(postlint(["--format", "json", "posts/data.json", "posts/a.md", "posts/a.md"], { cwd }), cwd)).toEqual(["posts/data.json", "posts/a.md"]);
  });

  it("skips what .postlintignore lists, unless --no-ignore", () => {
    const cwd = project({ ...tree, ".postlintignore": "# drafts are not posted yet\nposts/drafts/\n" });
    expect(names(postlint(["--format", "json", "posts"], { cwd }), cwd)).not.toContain("posts/drafts/e.md");
    expect(names(postlint(["--format", "json", "--no-ignore", "posts"], { cwd }), cwd)).toContain("posts/drafts/e.md");
  });

  it("honours a .postlintignore in a folder below the working directory, relative to that folder", () => {
    const cwd = project({ ...tree, "posts/.postlintignore": "drafts/\n*.txt\n" });
    expect(names(postlint(["--format", "json", "."], { cwd }), cwd)).toEqual(["posts/a.md", "posts/b.markdown", "posts/nested/d.md"]);
  });

  it("skips what --ignore-pattern matches (repeatable)", () => {
    const cwd = project(tree);
    const r = postlint(["--format", "json", "--ignore-pattern", "drafts/", "--ignore-pattern", "*.txt", "posts"], { cwd });
    expect(names(r, cwd)).toEqual(["posts/a.md", "posts/b.markdown", "posts/nested/d.md"]);
  });

  it("a pattern that matches nothing is a usage error", () => {
    const r = postlint(["nope/*.md"], { cwd: project(tree) });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('postlint: no posts match "nope/*.md" (no such file, folder or glob match)\n');
  });
});

describe("bad inputs", () => {
  it("gives each bad file its own error result, lints the rest, and exits 2", () => {
    const cwd = project({
      "posts/binary.md": Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x1a, 0x0a]),
      "posts/empty.md": "",
      "posts/latin1.md": Buffer.from("Caf\xe9 au lait\n", "latin1"),
      "posts/huge.md": "word ".repeat(240_000),
      "posts/front-matter.md": "---\nplatform: x\ntags: [a, b\n---\nHello\n",
      "posts/bad-value.md": "---\nlang: en\nplatform: twitter\n---\nHello\n",
      "posts/ok.md": PROFANE,
    });
    // Root reads any file, so a broken link stands in for an unreadable one; named explicitly,
    // as a folder walk does not follow it.
    symlinkSync(path.join(cwd, "missing.md"), path.join(cwd, "unreadable.md"));
    const r = postlint(["--format", "json", "posts", "unreadable.md"], { cwd });
    expect(r.code).toBe(2);
    const byName = Object.fromEntries(json(r).map((x) => [path.basename(x.filePath), x]));
    const reason = (name: string) => {
      const result = byName[name]!;
      expect(result.messages).toHaveLength(1);
      expect(result.messages[0]).toMatchObject({ ruleId: null, severity: "error", fatal: true });
      return `${result.messages[0]!.line} ${result.messages[0]!.message}`;
    };
    expect(reason("binary.md")).toBe("1 looks like a binary file, not a text post");
    expect(reason("empty.md")).toBe("1 is empty: there is no text to check");
    expect(reason("latin1.md")).toBe("1 is not valid UTF-8 text; save it as UTF-8 and try again");
    expect(reason("huge.md")).toMatch(/^1 is 1\.1 MB; posts over 1 MB are not checked \(raise the limit with --max-file-size\)$/);
    expect(reason("front-matter.md")).toMatch(/^3 invalid front matter: /);
    expect(reason("bad-value.md")).toMatch(/^3 invalid front matter: platform: expected "x", .* got "twitter"$/);
    expect(reason("unreadable.md")).toMatch(/^1 cannot be read/);
    expect(byName["ok.md"]!.messages.map((m) => m.ruleId)).toEqual(["profanity"]);
  });

  it("refuses a 5 MB post by default", () => {
    const cwd = project({ "big.md": "Proud of the team. ".repeat(280_000) });
    const refused = postlint(["--format", "json", "big.md"], { cwd });
    expect(refused.code).toBe(2);
    expect(json(refused)[0]!.messages[0]!.message).toMatch(/^is 5\.1 MB; posts over 1 MB are not checked/);
  });

  it("--max-file-size sets the limit", () => {
    // Small sizes keep the test fast; the check is the same at any size.
    const cwd = project({ "post.md": "Proud of the team. ".repeat(8_000) });
    const refused = postlint(["--format", "json", "--max-file-size", "100kb", "post.md"], { cwd });
    expect(json(refused)[0]!.messages[0]!.message).toBe("is 148 KB; posts over 100 KB are not checked (raise the limit with --max-file-size)");
    // The size limit is under test, not the speed: 8,000 sentences take seconds to lint, and on a
    // loaded two-core machine they could reach the 10 s time budget.
    const raised = postlint(["--format", "json", "--max-file-size", "200kb", "--lint-timeout", "off", "post.md"], { cwd });
    expect(json(raised)[0]!.messages.filter((m) => m.fatal)).toEqual([]);
    expect(postlint(["--max-file-size", "huge", "post.md"], { cwd }).code).toBe(2);
  });

  // As root, run as `nobody` (UNPRIVILEGED) so the permission bits apply.
  it.runIf(UNPRIVILEGED !== undefined)("reports a file without read permission", () => {
    const cwd = project({ "secret.md": CLEAN });
    chmodSync(cwd, 0o755);
    chmodSync(path.join(cwd, "secret.md"), 0o000);
    expect(json(postlint(["--format", "json", "secret.md"], { cwd, unprivileged: true }))[0]!.messages[0]!.message).toBe("cannot be read: permission denied");
  });

  it("prints input errors in stylish output too, without a rule id", () => {
    const r = postlint(["empty.md", "ok.md"], { cwd: project({ "empty.md": "", "ok.md": CLEAN }) });
    expect(r.code).toBe(2);
    expect(r.stdout).toMatch(/empty\.md\n\s+1:1\s+error\s+is empty: there is no text to check/);
  });
});
