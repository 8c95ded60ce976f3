import { describe, expect, it } from "vitest";
import { testLinter } from "./helpers.js";

const fatal = async (text: string) => {
  const result = await testLinter().lint({ text, filePath: "posts/a.md" });
  expect(result.errorCount).toBe(1);
  const [m] = result.messages;
  expect(m).toMatchObject({ ruleId: null, severity: "error", fatal: true });
  return { line: m!.line, message: m!.message, language: result.language };
};

describe("front matter", () => {
  it("reads the contract's fields into the post", async () => {
    const text = "---\nplatform: linkedin\naccount: official\nauthor: jane.doe\nlang: nl\ndate: 2026-12-01\ncampaign: winter\n---\nHallo allemaal\n";
    const result = await testLinter().lint(text);
    expect(result.language).toBe("nl");
    expect(result.languageDetected).toBe(false);
    expect(result.messages).toEqual([]);
  });

  it("reports broken YAML with the file line of the problem", async () => {
    const { line, message } = await fatal("---\nplatform: x\ntags: [a, b\n---\nHello\n");
    expect(line).toBeGreaterThanOrEqual(3);
    expect(message).toMatch(/^invalid front matter: /);
  });

  it("reports a duplicate key on its line", async () => {
    expect(await fatal("---\nplatform: x\nlang: en\nplatform: linkedin\n---\nHello\n")).toMatchObject({ line: 4, message: expect.stringContaining("unique") });
  });

  it("names the field, the allowed values and the line of an invalid value", async () => {
    const { line, message } = await fatal("---\nlang: en\nplatform: twitter\n---\nHello\n");
    expect(line).toBe(3);
    expect(message).toBe('invalid front matter: platform: expected "x", "linkedin", "instagram", "facebook", "threads", "bluesky", "mastodon" or "tiktok", got "twitter"');
  });

  it("rejects a date that is not ISO 8601", async () => {
    expect(await fatal("---\ndate: next tuesday\n---\nHello\n")).toMatchObject({ line: 2, message: expect.stringContaining('expected an ISO 8601 date such as 2026-12-01, got "next tuesday"') });
  });

  it("rejects front matter that is not key: value pairs", async () => {
    expect((await fatal("---\n- a\n- b\n---\nHello\n")).message).toContain("expected key: value pairs");
  });

  it("says when the closing --- is missing", async () => {
    expect((await fatal("---\nplatform: x\n\nHello there\n")).message).toContain("no closing ---");
  });

  it("treats a post with only front matter as empty", async () => {
    expect((await fatal("---\nplatform: x\n---\n\n   \n")).message).toContain("empty");
  });

  it("accepts a byte-order mark, CRLF line ends and a `...` closer", async () => {
    for (const text of ["\uFEFF---\nlang: en\n---\nHello darn\n", "---\r\nlang: en\r\n---\r\nHello darn\r\n", "---\nlang: en\n...\nHello darn\n"]) {
      const result = await testLinter().lint(text);
      expect(result.messages.map((m) => [m.line, m.text])).toEqual([[4, "darn"]]);
    }
  });

  it("does not take a horizontal rule later in the post for front matter", async () => {
    const result = await testLinter().lint("Hello darn\n\n---\n\nbye\n");
    expect(result.messages.map((m) => [m.line, m.column])).toEqual([[1, 7]]);
  });

  it("lets front matter win over flags for that post", async () => {
    const linter = testLinter();
    const own = await linter.lint({ text: "---\naccount: official\n---\nOur brand is great\n", meta: { account: "personal" } });
    expect(own.messages.map((m) => m.ruleId)).toEqual(["official-only"]);
    const flag = await linter.lint({ text: "Our brand is great\n", meta: { account: "official" } });
    expect(flag.messages.map((m) => m.ruleId)).toEqual(["official-only"]);
    const none = await linter.lint({ text: "Our brand is great\n" });
    expect(none.messages).toEqual([]);
  });
});
