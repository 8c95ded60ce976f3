// Issue #9 §5: runs of inline-markup characters made micromark quadratic (`*a` repeated, `[a](`
// repeated). Past a budget per paragraph they are plain text to the Markdown parser; the words
// around them must still be found, at their exact positions.
import { describe, expect, it } from "vitest";
import { testLinter } from "./helpers.js";

describe("inline markup past the paragraph's budget", () => {
  const linter = testLinter();

  it.each([
    ["`*a` repeated", "*a".repeat(2_000)],
    ["`[a](` repeated", "[a](".repeat(2_000)],
    ["`[` repeated", "[".repeat(4_000)],
    ["`<` and `&` mixed", "<&".repeat(2_000)],
    ["backslashes and backticks", "\\`".repeat(2_000)],
  ])("still finds the words after %s, at their exact position", async (_name, run) => {
    const text = `Intro line\n${run} what the darn ${run}\n`;
    const result = await linter.lint({ text, meta: { lang: "en" } });
    expect(result.messages.filter((m) => m.fatal)).toEqual([]);
    const darn = result.messages.find((m) => m.text === "darn");
    // "Intro line" is line 1; "darn" follows the run and " what the ".
    expect(darn).toMatchObject({ line: 2, column: run.length + 11, endLine: 2, endColumn: run.length + 15 });
  });

  it("keeps Markdown as Markdown below the budget and in the next paragraph", async () => {
    const text = `${"[x](".repeat(300)}\n\n*darn* and [heck](https://example.com)\n`;
    const result = await linter.lint({ text, meta: { lang: "en" } });
    const link = result.messages.find((m) => m.text === "heck");
    expect(link).toMatchObject({ line: 3, column: 13 });
    const parsed = await linter.lint({ text: "[heck](https://example.com)", meta: { lang: "en" } });
    expect(parsed.messages.map((m) => m.text)).toEqual(["heck"]);
  });
});
