// The pack's first-word tables (scripts/compile-lexicons.mjs) are what core would make from the
// lexicons src/lexicons.ts indexes, in its format: a stale table or one of another format would be
// made again at run time (correct, but the start slower), and one of other entries would be ignored.
import { firstWordTable, type LexiconEntry } from "@postlint/core";
import { cuss } from "cuss";
import pluralize from "pluralize";
import { describe, expect, it } from "vitest";
import { expandedLexiconJson, firstWordJson } from "../src/generated/lexicons.js";

describe("first-word tables", () => {
  it.each(["en", "nl", "da"] as const)("%s: the table of the language's lexicons as the pack indexes them", (language) => {
    const entries = Object.values(JSON.parse(expandedLexiconJson[language]) as Record<string, LexiconEntry[]>).flat();
    const table = JSON.parse(firstWordJson[language]) as unknown;
    expect(table).toEqual(firstWordTable(entries));
    expect(firstWordTable(entries).words.length).toBeGreaterThan(2000);
  });

  it("English: the cuss lexicon made at build is the entry the profanity list made at run time", () => {
    const lexicons = JSON.parse(expandedLexiconJson.en) as Record<string, LexiconEntry[]>;
    // As src/concepts/profanity.ts made it before the build did: cuss's rating-2 words and their
    // plurals, but for the words the concepts list as profanity (or profanity-ok).
    const listed = new Set((lexicons.concepts ?? []).filter((e) => e.tags.includes("profanity") || e.tags.includes("profanity-ok")).flatMap((e) => e.terms.map((t) => t.toLowerCase())));
    const words = new Set<string>();
    for (const [word, rating] of Object.entries(cuss)) {
      if (rating < 2 || listed.has(word)) continue;
      words.add(word);
      const plural = word.includes(" ") ? word : pluralize.plural(word);
      if (!listed.has(plural)) words.add(plural);
    }
    expect(JSON.stringify(lexicons.cuss)).toBe(JSON.stringify([{ terms: [...words], confidence: "high", tags: ["profanity"] }]));
    expect(words.size).toBeGreaterThan(1500);
  });
});

