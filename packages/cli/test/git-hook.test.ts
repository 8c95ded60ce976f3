// The pre-commit integration, for real: a git repository in a temp folder whose hook runs the
// built CLI on staged posts. See docs/integrations.md.
import { spawnSync } from "node:child_process";
import { chmodSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, CLEAN, PROFANE } from "./run.js";

function gitRepo(): { dir: string; git: (...args: string[]) => { code: number | null; out: string } } {
  const dir = mkdtempSync(path.join(tmpdir(), "postlint-git-"));
  const env = { ...process.env, GIT_CONFIG_NOSYSTEM: "1", HOME: dir, NO_COLOR: "1" };
  const git = (...args: string[]) => {
    const r = spawnSync("git", args, { cwd: dir, env, encoding: "utf8" });
    return { code: r.status, out: r.stdout + r.stderr };
  };
  git("init", "-q", "-b", "main");
  git("config", "user.name", "Test");
  git("config", "user.email", "test@example.com");
  git("config", "commit.gpgsign", "false");
  writeFileSync(path.join(dir, ".gitignore"), "node_modules/\n");
  writeFileSync(path.join(dir, ".postlintrc.yaml"), "organization:\n  name: Northwind Traders\n");
  git("add", ".");
  git("commit", "-q", "-m", "init");
  return { dir, git };
}

// The hook from docs/integrations.md ("A plain git hook"), pointed at the built CLI.
const HOOK = `#!/bin/sh
# postlint: check staged posts before they are committed
git diff --cached --name-only -z --diff-filter=ACMR -- '*.md' '*.markdown' '*.txt' \\
  | xargs -0 -r node "${BIN}"
`;

describe("git pre-commit hook", () => {
  it("rejects a commit that adds a violating post, printing the finding, and lets a clean one through", () => {
    const { dir, git } = gitRepo();
    mkdirSync(path.join(dir, ".git/hooks"), { recursive: true });
    writeFileSync(path.join(dir, ".git/hooks/pre-commit"), HOOK);
    chmodSync(path.join(dir, ".git/hooks/pre-commit"), 0o755);

    mkdirSync(path.join(dir, "posts"));
    writeFileSync(path.join(dir, "posts/launch day.md"), PROFANE);
    git("add", "posts");
    const rejected = git("commit", "-m", "add launch post");
    expect(rejected.code).not.toBe(0);
    expect(rejected.out).toContain("posts/launch day.md");
    expect(rejected.out).toMatch(/4:16\s+error\s+Don’t use “fucking”/);
    expect(git("log", "--oneline").out.trim().split("\n")).toHaveLength(1);

    writeFileSync(path.join(dir, "posts/launch day.md"), CLEAN);
    git("add", "posts");
    const accepted = git("commit", "-m", "add launch post");
    expect(accepted.out).not.toContain("error");
    expect(accepted.code).toBe(0);
    expect(git("log", "--oneline").out.trim().split("\n")).toHaveLength(2);
  });

  it("ignores staged files that are not posts", () => {
    const { dir, git } = gitRepo();
    writeFileSync(path.join(dir, ".git/hooks/pre-commit"), HOOK);
    chmodSync(path.join(dir, ".git/hooks/pre-commit"), 0o755);
    writeFileSync(path.join(dir, "notes.json"), JSON.stringify({ text: "fucking" }));
    git("add", "notes.json");
    expect(git("commit", "-m", "data").code).toBe(0);
  });
});

// The pre-commit framework's hook (.pre-commit-hooks.yaml, `language: node`) installs the packed
// @postlint/cli: packed-install.test.ts runs it.
