// The two entry points Node callers use: lint(text, options) and lintFiles(paths, options).
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { lint } from "@postlint/core";
import { lintFiles } from "@postlint/core/node";
import { describe, expect, it } from "vitest";
import { testPack } from "./helpers.js";

describe("lint(text, options)", () => {
  it("lints with the default pack when no packs are given", async () => {
    const result = await lint("This is fucking great", { meta: { lang: "en" } });
    expect(result.messages.map((m) => m.ruleId)).toEqual(["profanity"]);
    expect(result).toMatchObject({ filePath: "<text>", language: "en", errorCount: 1 });
  });

  it("takes packs, a raw config and post fields", async () => {
    const config = { rules: { word: "error" } };
    const result = await lint("darn", { packs: [testPack], config, filePath: "draft.md", meta: { lang: "nl" } });
    expect(result.messages.map((m) => [m.ruleId, m.severity, m.message])).toEqual([["word", "error", "Gevonden: “darn”."]]);
    expect(result.filePath).toBe("draft.md");
  });
});

describe("lintFiles(paths, options)", () => {
  it("expands folders, uses each post's nearest config and returns one result per post", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "postlint-api-"));
    mkdirSync(path.join(dir, "posts/team"), { recursive: true });
    writeFileSync(path.join(dir, "posts/a.md"), "---\nlang: en\n---\nOh darn.\n");
    writeFileSync(path.join(dir, "posts/team/.postlintrc.yaml"), "rules:\n  word: error\n");
    writeFileSync(path.join(dir, "posts/team/b.md"), "---\nlang: en\n---\nOh heck.\n");
    writeFileSync(path.join(dir, "posts/skip.md"), "---\nlang: en\n---\nOh darn.\n");
    const results = await lintFiles(["posts"], { cwd: dir, packs: [testPack], ignorePatterns: ["skip.md"] });
    expect(results.map((r) => [path.relative(dir, r.filePath), r.messages.map((m) => m.severity)])).toEqual([
      ["posts/a.md", ["warn"]],
      ["posts/team/b.md", ["error"]],
    ]);
  });
});
