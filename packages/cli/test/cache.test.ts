import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CLEAN, json, postlint, project } from "./run.js";

const UNUSED_DISABLE = "---\nlang: en\n---\n<!-- postlint-disable-next-line profanity -- quoting a customer -->\nProud of the team today.\n";

describe("--cache", () => {
  it("--report-unused-disable is part of the cache key", () => {
    const cwd = project({ "a.md": UNUSED_DISABLE });
    const plain = postlint(["--cache", "--format", "json", "a.md"], { cwd });
    expect(json(plain)[0]!.messages).toEqual([]);
    const reported = postlint(["--cache", "--format", "json", "--report-unused-disable", "a.md"], { cwd });
    expect(json(reported)[0]!.messages.map((m) => m.message)).toEqual([expect.stringContaining("suppresses nothing")]);
  });

  it("every post flag is part of the cache key", () => {
    const cwd = project({ "a.md": "Proud of the team today! " + "a".repeat(300) + "\n" });
    expect(json(postlint(["--cache", "--format", "json", "--lang", "en", "a.md"], { cwd }))[0]!.messages).toEqual([]);
    expect(json(postlint(["--cache", "--format", "json", "--lang", "en", "--platform", "x", "a.md"], { cwd }))[0]!.messages.map((m) => m.ruleId)).toEqual(["platform-limits"]);
  });

  it("warns when the cache was written by another postlint version, and lints again", () => {
    const cwd = project({ "a.md": CLEAN });
    expect(postlint(["--cache", "a.md"], { cwd }).stderr).toBe("");
    const file = path.join(cwd, ".postlintcache");
    const cache = JSON.parse(readFileSync(file, "utf8")) as { version?: string; salt?: string };
    writeFileSync(file, JSON.stringify({ ...cache, version: "0.0.1-old", salt: "0.0.1-old" }));
    const r = postlint(["--cache", "a.md"], { cwd });
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^postlint: ignoring the cache at .*\.postlintcache: it was written by postlint 0\.0\.1-old, this is postlint \S+; every post is linted again\n$/);
  });
});
