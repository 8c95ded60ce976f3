// Issue #9 §4: one crafted post must never take down a run. Each is a fatal result for that post
// alone (what was refused and the limit), and the linter goes on with the next post.
import { failedResult, type LintResult } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { testLinter } from "./helpers.js";

const BOMB = [
  "---",
  "a: &a [x, x, x, x, x, x, x, x, x]",
  "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]",
  "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]",
  "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
  "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]",
  "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]",
  "---",
  "what the darn",
].join("\n");

const fatal = (result: LintResult) => result.messages.filter((m) => m.fatal).map((m) => `${m.line}:${m.column} ${m.message}`);

describe("posts crafted to break the parsers", () => {
  const linter = testLinter();

  it.each([
    ["a YAML alias bomb", BOMB, "2:1 invalid front matter: YAML aliases expand to more than 100 nodes; write the fields out instead"],
    ["front matter over 16 KB", `---\nnote: "${"x".repeat(17_000)}"\n---\ndarn\n`, "1:1 front matter is 17009 characters long; the limit is 16384. Keep it to the post's fields"],
    ["2,000 list markers on a line (4 KB)", `${"- ".repeat(2000)}darn\n`, "1:1 the post nests 2000 levels deep (block quotes and lists); postlint checks up to 100 levels"],
    ["3,500 nested block quotes", `fine\n${">".repeat(3500)} darn\n`, "2:1 the post nests 3500 levels deep (block quotes and lists); postlint checks up to 100 levels"],
    ["19,000 nested block quotes", `${">".repeat(19_000)} darn\n`, "1:1 the post nests 19000 levels deep (block quotes and lists); postlint checks up to 100 levels"],
    ["2,000 ordered list markers", `${"1. ".repeat(2000)}darn\n`, "1:1 the post nests 2000 levels deep (block quotes and lists); postlint checks up to 100 levels"],
    ["quotes and lists mixed", `${"> - ".repeat(1000)}darn\n`, "1:1 the post nests 2000 levels deep (block quotes and lists); postlint checks up to 100 levels"],
    ["emphasis nested 120 deep", `${Array.from({ length: 120 }, (_, i) => `*w${i}`).join(" ")} darn ${Array.from({ length: 120 }, (_, i) => `w${i}*`).join(" ")}\n`, "1:"],
  ])("refuses %s with a fatal result that names the limit", async (_name, text, expected) => {
    const result = await linter.lint({ text, filePath: "hostile.md", meta: { lang: "en" } });
    expect(result.filePath).toBe("hostile.md");
    expect(fatal(result)).toHaveLength(1);
    expect(fatal(result)[0]).toContain(expected);
    expect(fatal(result)[0]).toMatch(/100 levels|limit is|100 nodes/);
  });

  it("keeps nesting at the limit", async () => {
    const result = await linter.lint({ text: `${">".repeat(100)} darn\n`, meta: { lang: "en" } });
    expect(result.messages.map((m) => m.text)).toEqual(["darn"]);
  });

  it("lints the next post normally after a refused one", async () => {
    await linter.lint({ text: BOMB });
    await linter.lint({ text: `${"- ".repeat(2000)}\n` });
    const next = await linter.lint({ text: "what the darn", meta: { lang: "en" } });
    expect(next.messages.map((m) => m.text)).toEqual(["darn"]);
  });

  it("turns any unexpected exception while preparing a post into a fatal result for that post", async () => {
    const meta = new Proxy({}, {
      ownKeys: () => {
        throw new Error("boom");
      },
    });
    const result = await linter.lint({ text: "darn", filePath: "odd.md", meta });
    expect(result.filePath).toBe("odd.md");
    expect(fatal(result)).toEqual(["1:1 postlint could not check this post: boom. Other posts are not affected; if this post looks ordinary, please report it as a postlint bug"]);
  });

  it("names a stack overflow as nesting, for adapters that catch one themselves", () => {
    expect(failedResult("x.md", new RangeError("Maximum call stack size exceeded")).messages[0]?.message).toContain("it is nested too deeply to parse");
  });
});
