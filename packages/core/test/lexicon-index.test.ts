// Matchers of indexed lexicon entries (lexicon-index.ts) grow their root from the index, one first
// word at a time: they must find what the same entries compiled as before find, in the same order.
import { compileLexicon, firstWordTable, indexLexicons, loadStemmer, type FindOptions, type LexiconEntry, type PhraseMatcher, type Post } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { parsePost } from "./helpers.js";

const entry = (terms: string[], tags: string[] = []): LexiconEntry => ({ terms, tags, confidence: "high" });

/** A set with shared first words, stemmed words, compounds, `*` and `...`, a question, a hashtag word; posts with masked words. */
function lexicon(): LexiconEntry[] {
  return [
    entry(["mijn baas is een idioot", "mijn baas", "baas"], ["compound:head"]),
    entry(["mijn manager", "managers zijn", "* van ons ontslagen"]),
    entry(["lorte", "klote"], ["compound:modifier"]),
    entry(["binnenkort ... niet zeggen", "... geheim"]),
    entry(["seriously?", "fuck", "fuck this job", "my boss"]),
    entry(["project hydra", "northwind"]),
    entry(["vergadering", "vergaderingen", "de vergadering was"]),
    // "f*ck" fits both: the root tries first the word whose first phrase comes first.
    entry(["feck"]),
    entry(["fuck all", "feck"]),
  ];
}

const TEXTS: [string, "en" | "nl"][] = [
  ["Mijn baas is een idioot en mijn manager ook. Managers zijn lastig; drie van ons ontslagen.", "nl"],
  ["Wat een klotebaas, dat lortejob. Binnenkort iets moois, meer mag ik niet zeggen. Dat is geheim.", "nl"],
  ["De vergadering was lang, vergaderingen altijd. Vergaderden we?", "nl"],
  ["Seriously? Fuck this job, my boss again. seriously thinking about it", "en"],
  ["f*ck this job, fuuuck my boss #ProjectHydra #fuckmondays", "en"],
  ["Northwind's plans for Project Hydra.", "en"],
  ["De v*rgadering en m*jn b**s, een kl*tebaas. Q3 was l0rte.", "nl"],
  ["F*CK my b0ss, s*riously? Project H*dra", "en"],
];

const view = (matcher: PhraseMatcher<LexiconEntry>, post: Post, options?: FindOptions, entries?: LexiconEntry[]) =>
  matcher.find(post, options).map((hit) => [hit.start, hit.end, hit.first, hit.last, hit.text, hit.phrase, entries?.indexOf(hit.data)]);

describe("indexed lexicons", () => {
  it.each([
    ["made at run time", false],
    ["read from a table", true],
  ])("find what the same entries compiled whole find (%s)", async (_name, withTable) => {
    const stemmer = await loadStemmer("nl");
    const set = lexicon();
    indexLexicons(set, withTable ? () => firstWordTable(lexicon()) : undefined);
    // Subsets in the set's order and in another, with and without a stemmer.
    // Copies as rules make them: other tags (the same compound forms, or not), terms filled in.
    const retagged = set.map((e, i) => ({ ...e, tags: i === 0 ? ["insult"] : [...e.tags, "insult"] }));
    const filled = set.map((e, i) => (i === 1 ? { ...e, terms: ["mijn manager", "northwind is geweldig"] } : e));
    const subsets = [set, set.filter((_, i) => i % 2 === 0), [...set].reverse(), retagged, filled];
    for (const entries of subsets) {
      for (const options of [{}, { stemmer }, { possessive: true }]) {
        const indexed = compileLexicon(entries, options);
        // Copies are in no set: compiled whole, as before.
        const copies = entries.map((e) => ({ ...e }));
        const whole = compileLexicon(copies, options);
        expect(indexed.size).toBe(whole.size);
        for (const [text, lang] of TEXTS) {
          const post = await parsePost(text, { lang });
          for (const findOptions of [undefined, { all: true }, { from: 2, to: 9 }]) {
            expect(view(indexed, post, findOptions, entries)).toEqual(view(whole, post, findOptions, copies));
          }
        }
      }
    }
  });

  it("compiles entries outside one set, listed twice or given other terms as before", async () => {
    const set = lexicon();
    indexLexicons(set);
    const post = await parsePost("Mijn baas is een idioot.", { lang: "nl" });
    const first = set[0] as LexiconEntry;
    expect(view(compileLexicon([first, first]), post)).toEqual(view(compileLexicon([{ ...first }, { ...first }]), post));
    expect(view(compileLexicon([...set, ...lexicon()]), post).length).toBeGreaterThan(0);
    first.terms = ["een idioot"];
    expect(view(compileLexicon([first]), post)).toEqual([[13, 23, 3, 5, "een idioot", "een idioot", undefined]]);
  });
});
