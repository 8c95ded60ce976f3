import { describe, expect, it } from "vitest";
import { createLinter, definePolicyRule, SECTION_SIZE } from "../src/index.js";

// A rule that flags every "forecast", to see where findings land in a sectioned post.
const forecast = definePolicyRule({
  id: "forecast",
  meta: { description: "test", policy: [], languages: ["en", "nl", "da"], defaultSeverity: "error", fixable: true },
  messages: { en: { hit: "found “{text}”" } },
  check(post, ctx) {
    for (const t of post.tokens) if (t.norm === "forecast") ctx.report({ messageId: "hit", range: [t.start, t.end], fix: { range: [t.start, t.end], text: "outlook" } });
  },
});

describe("huge posts are linted in sections", () => {
  const paragraph = "The team met today and we talked about plans for the coming year in detail.\n\n";
  const filler = paragraph.repeat(Math.ceil((SECTION_SIZE * 3) / paragraph.length));
  const text = `---\nlang: en\n---\nThe forecast is first.\n\n${filler}The forecast is last.\n`;
  const linter = createLinter({ packs: [{ name: "test", rules: [forecast] }] });

  it("reports findings at their lines and columns in the original file", async () => {
    const result = await linter.lint({ text });
    const lines = text.split("\n");
    expect(result.messages.map((m) => [m.line, m.column, m.text])).toEqual([
      [4, 5, "forecast"],
      [lines.length - 1, 5, "forecast"],
    ]);
  });

  it("applies fixes at the right offsets across sections", async () => {
    const result = await linter.lint({ text, fix: true });
    expect(result.output).toBe(text.replaceAll("forecast", "outlook"));
  });
});
