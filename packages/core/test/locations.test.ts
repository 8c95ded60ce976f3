import { applyFixes, mask } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { testLinter } from "./helpers.js";

describe("locations", () => {
  it("counts lines from the top of the file, front matter included, and columns in UTF-16 units", async () => {
    const text = "---\nplatform: x\nlang: en\n---\n😀🎉 what the darn 👍\n";
    const [m] = (await testLinter().lint(text)).messages;
    // Each emoji is two UTF-16 units, as editors and GitHub count columns.
    expect(m).toMatchObject({ line: 5, column: 15, endLine: 5, endColumn: 19, text: "darn" });
    const lineText = text.split("\n")[4]!;
    expect(lineText.slice(m!.column - 1, m!.endColumn - 1)).toBe("darn");
  });

  it("points at the right words inside list items, blockquotes and wrapped lines", async () => {
    const text = "- first item wraps\n  onto a darn line\n\n> a quote that wraps\n> with heck in it\n";
    const messages = (await testLinter().lint({ text, meta: { lang: "en" } })).messages;
    expect(messages.map((m) => [m.line, m.column, m.text])).toEqual([
      [2, 10, "darn"],
      [5, 8, "heck"],
    ]);
  });

  it("gives multi-word findings an end on their own line", async () => {
    const linter = testLinter({ config: { rules: { word: ["warn", { phrases: ["darn it all"] }] } } });
    const [m] = (await linter.lint({ text: "Oh darn\nit all", meta: { lang: "en" } })).messages;
    expect(m).toMatchObject({ line: 1, column: 4, endLine: 2, endColumn: 7, text: "darn\nit all" });
  });

  it("counts LF, CRLF and a lone CR as one line break each", async () => {
    for (const br of ["\n", "\r\n", "\r"]) {
      const [m] = (await testLinter().lint({ text: `first line${br}second${br}third darn line${br}`, meta: { lang: "en" } })).messages;
      expect(m).toMatchObject({ line: 3, column: 7, endLine: 3, endColumn: 11, text: "darn" });
    }
  });

  it("sorts findings by position", async () => {
    const messages = (await testLinter().lint({ text: "heck\n\ndarn and loud", meta: { lang: "en" } })).messages;
    expect(messages.map((m) => `${m.line}:${m.column}`)).toEqual(["1:1", "3:1", "3:10"]);
  });
});

describe("severity", () => {
  it("uses a finding's own default, the rule's default, or the configured level for all", async () => {
    const byDefault = await testLinter().lint({ text: "darn loud", meta: { lang: "en" } });
    expect(byDefault.messages.map((m) => m.severity)).toEqual(["warn", "error"]);
    expect([byDefault.errorCount, byDefault.warningCount]).toEqual([1, 1]);
    const configured = await testLinter({ config: { rules: { word: "error" } } }).lint({ text: "darn loud", meta: { lang: "en" } });
    expect(configured.messages.map((m) => m.severity)).toEqual(["error", "error"]);
  });

  it.each([["off"], [0], [false]] as const)("turns a rule off with %j", async (level) => {
    const result = await testLinter({ config: { rules: { word: level } } }).lint({ text: "darn", meta: { lang: "en" } });
    expect(result.messages).toEqual([]);
  });

  it.each([[1, "warn"], [2, "error"]] as const)("reads level %j as %s", async (level, severity) => {
    const result = await testLinter({ config: { rules: { word: level } } }).lint({ text: "darn", meta: { lang: "en" } });
    expect(result.messages.map((m) => m.severity)).toEqual([severity]);
  });

  it("skips rules that do not apply to the post's account", async () => {
    const linter = testLinter();
    expect((await linter.lint({ text: "brand", meta: { lang: "en" } })).messages).toEqual([]);
    expect((await linter.lint({ text: "brand", meta: { lang: "en", account: "official" } })).messages.map((m) => m.ruleId)).toEqual(["official-only"]);
  });

  it("turns a crashing rule into one fatal finding that names the rule, and keeps the others", async () => {
    const { createLinter, definePolicyRule } = await import("@postlint/core");
    const { wordRule } = await import("./helpers.js");
    const broken = definePolicyRule({
      id: "broken",
      meta: { description: "", policy: [], languages: ["en"], defaultSeverity: "error" },
      messages: { en: {} },
      check() {
        throw new Error("boom");
      },
    });
    const result = await createLinter({ packs: [{ name: "p", rules: [broken, wordRule] }] }).lint({ text: "darn", meta: { lang: "en" } });
    expect(result.messages.map((m) => m.ruleId)).toEqual(["broken", "word"]);
    expect(result.messages[0]!.message).toMatch(/rule "broken" crashed .*boom.*bug in the rule, not a problem in your post/);
  });
});

describe("masking", () => {
  it("keeps the shape of a value but never the whole of it", () => {
    expect(mask("NL91 ABNA 0417 1643 00")).toBe("NL** **** **** **** 00");
    expect(mask("sk_live_51Hx9aQ2eZvKYlo2C0k3y")).toBe("sk_****_*******************3y");
    expect(mask("hunter2")).toBe("*******");
    expect(mask("06-12345678")).toBe("**-******78");
  });

  it("masks a sensitive finding's text and message in the result", async () => {
    const result = await testLinter({ config: { rules: { word: ["warn", { phrases: ["secret code 12345678"] }] } } }).lint({ text: "my secret code 12345678 ok", meta: { lang: "en" } });
    expect(JSON.stringify(result)).not.toContain("12345678");
  });

  it("masks findings the rule marks sensitive", async () => {
    const [m] = (await testLinter().lint({ text: "the secret is out", meta: { lang: "en" } })).messages;
    expect(m!.text).toBe("******");
    expect(m!.message).toBe("Found “******”.");
  });
});

describe("fixes", () => {
  it("applies a rule's fix and returns the fixed text as output", async () => {
    const result = await testLinter().lint({ text: "please fixme now", meta: { lang: "en" }, fix: true });
    expect(result.output).toBe("please fixed now");
    expect(result.messages).toEqual([]);
  });

  it("leaves output unset when nothing changed", async () => {
    const result = await testLinter().lint({ text: "darn", meta: { lang: "en" }, fix: true });
    expect(result.output).toBeUndefined();
    expect(result.messages).toHaveLength(1);
  });

  it("counts fixable findings", async () => {
    const result = await testLinter().lint({ text: "fixme fixme", meta: { lang: "en" } });
    expect(result.fixableWarningCount).toBe(2);
  });

  it("skips overlapping fixes and never writes outside a fix's range", () => {
    const messages = [
      { ruleId: "a", severity: "warn" as const, message: "", line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range: [0, 5] as const, text: "HELLO" } },
      { ruleId: "b", severity: "warn" as const, message: "", line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range: [3, 8] as const, text: "X" } },
      { ruleId: "c", severity: "warn" as const, message: "", line: 1, column: 1, endLine: 1, endColumn: 1, fix: { range: [6, 11] as const, text: "earth" } },
    ];
    expect(applyFixes("hello world", messages)).toBe("HELLO earth");
  });
});
