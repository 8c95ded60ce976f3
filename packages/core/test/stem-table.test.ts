// Stem tables made when a pack is built (stemmers.ts, `addStemTable`): used only when made by the
// stemmer that is loaded, so a table left from another version changes no stem.
import { addStemTable, loadStemmer } from "@postlint/core";
import { describe, expect, it } from "vitest";

describe("stem tables", () => {
  it("answers from a table made by the loaded stemmer, and ignores one made by another", async () => {
    const stem = await loadStemmer("nl");
    expect(stem?.id).toMatch(/^natural@\d/);
    addStemTable("nl", () => ({ stemmer: stem?.id ?? "", stems: ["werkgevers", "from-the-table"] }));
    addStemTable("nl", () => ({ stemmer: "natural@0.0.0", stems: ["collega's", "stale"] }));
    expect(stem?.("werkgevers")).toBe("from-the-table");
    expect(stem?.("collega's")).not.toBe("stale");
  });

  it("names each language's stemmer", async () => {
    expect((await loadStemmer("en"))?.id).toMatch(/^natural@\d/);
    expect((await loadStemmer("da"))?.id).toMatch(/^snowball-stemmers@\d/);
  });
});
