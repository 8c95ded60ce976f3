// What a content repository gets from npm, for real: every package packed with `pnpm pack` (so
// `workspace:` versions are rewritten as on publish), the tarballs installed with npm into a copy
// of fixtures/example outside the monorepo (no workspace links), then the CLI, `serve` and the
// pre-commit hook run from there. The README's "Install" section describes exactly these steps.
// Slow (minutes: packing, npm, pre-commit's own environment); npm may use the registry.
import { execFileSync, spawn, spawnSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { installedSize } from "../../../scripts/installed-size.mjs";
import { requireSystemDependency } from "../../../test-support/system-dependency.js";
import { BIN, CLEAN, PROFANE } from "./run.js";

const REPO_ROOT = path.resolve(import.meta.dirname, "../../..");
const PACKAGES = ["packages/core", "rules", "packages/server", "packages/cli"];
const CLI_VERSION = (JSON.parse(readFileSync(path.join(REPO_ROOT, "packages/cli/package.json"), "utf8")) as { version: string }).version;
const SLOW = 10 * 60_000;

let work: string;
let content: string;
const tarballs = new Map<string, string>();
// npm may reuse what it already has, but this machine reaches only the npm registry anyway.
// pnpm, which runs the tests, exports its settings as npm_config_*: a user's shell has none of them.
const userEnv = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm|pnpm)_/i.test(key)));
const npmEnv = { ...userEnv, npm_config_prefer_offline: "true", npm_config_audit: "false", npm_config_fund: "false", npm_config_update_notifier: "false", NO_COLOR: "1" };

function run(command: string, args: string[], cwd: string, env: NodeJS.ProcessEnv = npmEnv) {
  const r = spawnSync(command, args, { cwd, env, encoding: "utf8", timeout: SLOW, maxBuffer: 1 << 26 });
  return { code: r.status, out: `${r.stdout}${r.stderr}`, stdout: r.stdout, stderr: r.stderr };
}

function git(...args: string[]) {
  return run("git", args, content, { ...npmEnv, GIT_CONFIG_NOSYSTEM: "1", HOME: work, PRE_COMMIT_HOME: path.join(work, "pre-commit-home") });
}

beforeAll(() => {
  work = mkdtempSync(path.join(tmpdir(), "postlint-packed-"));
  const packs = path.join(work, "packs");
  mkdirSync(packs);
  for (const dir of PACKAGES) {
    const before = new Set(spawnSync("ls", [packs], { encoding: "utf8" }).stdout.split("\n"));
    const packed = run("pnpm", ["pack", "--pack-destination", packs], path.join(REPO_ROOT, dir));
    expect(packed.code, packed.out).toBe(0);
    const file = spawnSync("ls", [packs], { encoding: "utf8" }).stdout.split("\n").find((f) => f && !before.has(f));
    const name = (JSON.parse(readFileSync(path.join(REPO_ROOT, dir, "package.json"), "utf8")) as { name: string }).name;
    tarballs.set(name, path.join(packs, file as string));
  }
  // A content repository as users have one: posts, a config, no package.json of postlint's.
  content = path.join(work, "content");
  cpSync(path.join(REPO_ROOT, "fixtures/example"), content, { recursive: true });
  writeFileSync(path.join(content, ".gitignore"), "node_modules/\n");
  git("init", "-q", "-b", "main");
  git("config", "user.name", "Test");
  git("config", "user.email", "test@example.com");
  git("config", "commit.gpgsign", "false");
  git("add", ".");
  git("commit", "-q", "-m", "posts");
}, SLOW);

afterAll(() => {
  if (work) rmSync(work, { recursive: true, force: true });
});

describe("the packed packages", () => {
  it("each hold a README, the MIT licence and a changelog, and no workspace: versions", () => {
    for (const [name, tarball] of tarballs) {
      const files = execFileSync("tar", ["tzf", tarball], { encoding: "utf8" }).split("\n");
      for (const file of ["package/README.md", "package/LICENSE", "package/CHANGELOG.md"]) expect(files, `${name}: ${file}`).toContain(file);
      const manifest = execFileSync("tar", ["xzf", tarball, "-O", "package/package.json"], { encoding: "utf8" });
      expect(manifest, name).not.toMatch(/"(workspace|catalog):/);
      expect((JSON.parse(manifest) as { license: string }).license, name).toBe("MIT");
      expect(execFileSync("tar", ["xzf", tarball, "-O", "package/LICENSE"], { encoding: "utf8" }), name).toMatch(/^MIT License/);
    }
  });
});

describe("npm install of the packed CLI in a content repository", () => {
  let install: ReturnType<typeof run>;
  beforeAll(() => {
    install = run("npm", ["install", "--save-dev", tarballs.get("@postlint/cli") as string], content);
  }, SLOW);

  it("installs without engine warnings, and at most 35 MB outside natural's own tree", () => {
    expect(install.code, install.out).toBe(0);
    expect(install.out).not.toContain("EBADENGINE");
    const size = installedSize(content);
    expect(size.outsideBytes, JSON.stringify(size.largest)).toBeLessThanOrEqual(35e6);
  });

  it("lints the posts exactly as the monorepo's own build does", () => {
    const installed = run("npx", ["--no-install", "@postlint/cli", "--format", "json", "posts", "drafts"], content);
    const workspace = run(process.execPath, [BIN, "--format", "json", "posts", "drafts"], content);
    expect(installed.code, installed.stderr).toBe(1);
    expect(installed.stdout).toBe(workspace.stdout);
    const results = JSON.parse(installed.stdout) as { filePath: string; messages: { ruleId: string }[] }[];
    expect(results.find((r) => r.filePath.endsWith("project-hydra.md"))?.messages.map((m) => m.ruleId)).toContain("confidential-info");
  });

  it("says which package `serve` needs when only the CLI is installed", () => {
    const r = run("npx", ["--no-install", "@postlint/cli", "serve", "--port", "0"], content);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("npm install @postlint/server");
  });

  it("serves /healthz on 127.0.0.1 once @postlint/server is installed", async () => {
    const rest = ["@postlint/server", "@postlint/core", "@postlint/rules"].map((name) => tarballs.get(name) as string);
    const added = run("npm", ["install", "--save-dev", ...rest], content);
    expect(added.code, added.out).toBe(0);
    expect(added.out).not.toContain("EBADENGINE");

    // Its own process group: npx does not pass SIGTERM on to postlint, the group gets it.
    const server = spawn("npx", ["--no-install", "@postlint/cli", "serve", "--port", "0", "--data", path.join(work, "data")], { cwd: content, env: npmEnv, detached: true });
    const exited = new Promise((resolve) => server.on("exit", resolve));
    try {
      let log = "";
      const url = await new Promise<string>((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`serve did not start:\n${log}`)), 60_000);
        const onData = (chunk: Buffer) => {
          log += chunk.toString();
          const match = /http:\/\/127\.0\.0\.1:(\d+)/.exec(log);
          if (match) {
            clearTimeout(timer);
            resolve(match[0]);
          }
        };
        server.stdout.on("data", onData);
        server.stderr.on("data", onData);
        server.on("exit", (code) => reject(new Error(`serve exited with ${code}:\n${log}`)));
      });
      const health = await fetch(`${url}/healthz`);
      expect(health.status).toBe(200);
    } finally {
      if (server.exitCode === null && server.signalCode === null) {
        process.kill(-(server.pid as number), "SIGTERM");
        await exited;
      }
    }
  }, SLOW);
});

const hasPreCommit = requireSystemDependency("pre-commit", spawnSync("pre-commit", ["--version"], { encoding: "utf8" }).status === 0, "apt-get install -y pre-commit");
// pre-commit clones the hook repository at a commit: the committed .pre-commit-hooks.yaml is what runs.
const hasHooksCommitted = spawnSync("git", ["cat-file", "-e", "HEAD:.pre-commit-hooks.yaml"], { cwd: REPO_ROOT }).status === 0;

describe.runIf(hasPreCommit && hasHooksCommitted)("the pre-commit hook (language: node)", () => {
  it("pins the CLI version this repository builds (and so does action.yml)", () => {
    const manifest = readFileSync(path.join(REPO_ROOT, ".pre-commit-hooks.yaml"), "utf8");
    const pins = [...manifest.matchAll(/^\s+additional_dependencies: \["@postlint\/cli@([^"]+)"\]/gm)].map((m) => m[1]);
    expect(pins.length).toBeGreaterThan(0);
    for (const pin of pins) expect(pin).toBe(CLI_VERSION);
    // The GitHub Action installs the same version by default.
    const action = readFileSync(path.join(REPO_ROOT, "action.yml"), "utf8");
    expect(/ {2}version:\n(?: {4}.*\n)*? {4}default: "([^"]+)"/.exec(action)?.[1]).toBe(CLI_VERSION);
  });

  it("installs the packed CLI in its own environment and blocks the violating commit", () => {
    const rev = execFileSync("git", ["rev-parse", "HEAD"], { cwd: REPO_ROOT, encoding: "utf8" }).trim();
    // The same hook, with the packed tarball instead of the registry's @postlint/cli.
    const config = `repos:\n  - repo: ${REPO_ROOT}\n    rev: ${rev}\n    hooks:\n      - id: postlint\n        additional_dependencies: ["${tarballs.get("@postlint/cli")}"]\n`;
    writeFileSync(path.join(content, ".pre-commit-config.yaml"), config);
    const env = { ...npmEnv, HOME: work, PRE_COMMIT_HOME: path.join(work, "pre-commit-home") };
    // Nothing of the content repository's node_modules: the hook must bring its own postlint.
    rmSync(path.join(content, "node_modules"), { recursive: true, force: true });
    const hooks = run("pre-commit", ["install", "--install-hooks"], content, env);
    expect(hooks.code, hooks.out).toBe(0);
    git("add", ".pre-commit-config.yaml");
    expect(git("commit", "-q", "-m", "pre-commit").code).toBe(0);

    writeFileSync(path.join(content, "posts/en/sunset.md"), PROFANE);
    git("add", "posts/en/sunset.md");
    const rejected = git("commit", "-m", "sunset");
    expect(rejected.code).not.toBe(0);
    expect(rejected.out).toMatch(/postlint\.+Failed/);
    expect(rejected.out).toContain("Don’t use “fucking”");

    writeFileSync(path.join(content, "posts/en/sunset.md"), CLEAN);
    git("add", "posts/en/sunset.md");
    const accepted = git("commit", "-m", "sunset");
    expect(accepted.out).toMatch(/postlint\.+Passed/);
    expect(accepted.code).toBe(0);
  }, SLOW);
});
