// The pack's stem tables (scripts/compile-lexicons.mjs) are made by the stemmers core loads, so
// runs use them: a table of another stemmer version would be ignored, and every start slower.
import { loadStemmer, type StemTable } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { stemTableJson } from "../src/generated/lexicons.js";

describe("stem tables", () => {
  it.each(["en", "nl", "da"] as const)("%s: made by the stemmer core loads, a stem for each word", async (language) => {
    const table = JSON.parse(stemTableJson[language]) as StemTable;
    expect(table.stemmer).toBe((await loadStemmer(language))?.id);
    expect(table.stems.length % 2).toBe(0);
    expect(table.stems.length).toBeGreaterThan(2000);
  });
});
