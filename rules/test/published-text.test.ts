// Issue #9 §3: platforms publish the raw text, so what Markdown hides (code, HTML, comments) is
// checked like any other text, at its exact position. Only postlint's own comments are directives.
import { readFileSync } from "node:fs";
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";

const linter = createLinter({ packs: [pack], config: { confidential: { terms: ["Project Hydra"] }, rules: { "workplace-conflict": "error" } } });

/** `ruleId line:column text` for the three rules this suite is about. */
async function findings(text: string): Promise<string[]> {
  return findingsOf(await linter.lint({ text, meta: { lang: "en" } }), ["profanity", "confidential-info", "workplace-conflict"], ["ruleId", "position", "text"]);
}

const SENTENCE = "My boss is a fucking clown. Project Hydra.";

/** Each hiding shape, with the line and column where SENTENCE starts in it. */
const SHAPES: [name: string, text: string, line: number, column: number][] = [
  ["an indented code block", `    ${SENTENCE}\n`, 1, 5],
  ["a fenced code block", `Notes:\n\n\`\`\`\n${SENTENCE}\n\`\`\`\n`, 4, 1],
  ["a tilde fence with an info string", `~~~text\n${SENTENCE}\n~~~\n`, 2, 1],
  ["inline code", `Today: \`${SENTENCE}\`\n`, 1, 9],
  ["an HTML block", `<div>\n${SENTENCE}\n</div>\n`, 2, 1],
  ["an HTML paragraph on one line", `<p>${SENTENCE}</p>\n`, 1, 4],
  ["an HTML comment", `Hello!\n\n<!-- ${SENTENCE} -->\n`, 3, 6],
  ["a link reference definition's title", `[x]: https://example.com (${SENTENCE})\n`, 1, 27],
];

describe("text Markdown hides but platforms publish", () => {
  it.each(SHAPES)("checks %s with profanity, confidential-info and workplace-conflict at exact positions", async (_name, text, line, column) => {
    const at = (offset: number) => `${line}:${column + offset}`;
    expect(await findings(text)).toEqual([
      `profanity ${at(13)} fucking`,
      `workplace-conflict ${at(21)} clown`,
      `confidential-info ${at(28)} Project Hydra`,
    ]);
  });

  it("points into the original line, whatever the Markdown around it", async () => {
    const text = "- item\n\n      indented in a list: fucking\n\n> quote with `inline Project Hydra` code\n";
    expect(await findings(text)).toEqual(["profanity 3:27 fucking", "confidential-info 5:22 Project Hydra"]);
  });

  it("keeps postlint's own comments as directives, not post text, and they still suppress", async () => {
    const text = "<!-- postlint-disable-next-line profanity -- quoting a customer, fucking Project Hydra -->\n    My boss is a fucking clown.\n";
    expect(await findings(text)).toEqual(["workplace-conflict 2:26 clown"]);
  });

  it("reads a directive inside an HTML block as a directive and the rest of the block as text", async () => {
    const text = "<div>\n<!-- postlint-disable-line profanity -- quoted --> fucking\nProject Hydra\n</div>\n";
    expect(await findings(text)).toEqual(["confidential-info 3:1 Project Hydra"]);
  });
});

describe("platform length of what is published", () => {
  const fixture = readFileSync(new URL("../../fixtures/platform-limits/en/valid/x-image-and-comment-not-counted.md", import.meta.url), "utf8");

  it("leaves postlint's own comments out of the length, but counts a plain HTML comment, which the platform shows", async () => {
    const lengthOf = async (text: string) => (await linter.lint({ text })).messages.filter((m) => m.ruleId === "platform-limits").map((m) => m.messageId);
    expect(await lengthOf(fixture)).toEqual([]);
    expect(await lengthOf(fixture.replace(/<!-- postlint-disable-next-line profanity -- /, "<!-- "))).toEqual(["tooLong"]);
  });
});
