// The pack's first-word tables (scripts/compile-lexicons.mjs) are what core would make from the
// lexicons src/lexicons.ts indexes, in its format: a stale table or one of another format would be
// made again at run time (correct, but the start slower), and one of other entries would be ignored.
import { firstWordTable, type LexiconEntry } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { expandedLexiconJson, firstWordJson } from "../src/generated/lexicons.js";

describe("first-word tables", () => {
  it.each(["en", "nl", "da"] as const)("%s: the table of the language's lexicons as the pack indexes them", (language) => {
    const entries = Object.values(JSON.parse(expandedLexiconJson[language]) as Record<string, LexiconEntry[]>).flat();
    const table = JSON.parse(firstWordJson[language]) as unknown;
    expect(table).toEqual(firstWordTable(entries));
    expect(firstWordTable(entries).words.length).toBeGreaterThan(2000);
  });
});
