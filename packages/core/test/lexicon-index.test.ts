// Matchers of indexed lexicon entries (lexicon-index.ts) grow their root from the index, one first
// word at a time: they must find what the same entries compiled as before find, in the same order.
import { compileLexicon, firstWordTable, indexLexicons, loadStemmer, type FindOptions, type LexiconEntry, type PhraseMatcher, type Post, type Stemmer } from "@postlint/core";
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

/**
 * First words of more than 64 phrases each ("de", "manager" and "managers", one stem), with second
 * words shared, stemmed together, patterns (`*`, `...`, `kl*`, `*baas`), and phrases of one word.
 */
function common(): LexiconEntry[] {
  const seconds = ["baas", "bazen", "vergadering", "vergaderingen", "klant", "klanten", "collega", "planning", "idioot", "eer", "zaak", "winkel"];
  const fillers = ["is", "was", "weer", "niet", "echt", "altijd", "nooit", "zo", "heel"];
  const entries: LexiconEntry[] = [];
  for (let e = 0; e < 30; e++) {
    const terms: string[] = [];
    for (let k = 0; k < 9; k++) {
      const second = seconds[(e * 7 + k) % seconds.length] as string;
      const third = fillers[(e + k) % fillers.length] as string;
      terms.push(k % 3 === 0 ? `de ${second}` : `de ${second} ${third}`);
    }
    terms.push(e % 2 === 0 ? "manager" : `manager ${seconds[e % seconds.length]} ${fillers[e % fillers.length]}`);
    terms.push(`managers ${seconds[(e + 3) % seconds.length]}`, `managers ${seconds[(e + 5) % seconds.length]} ${fillers[(e + 2) % fillers.length]}`);
    terms.push(`manager ${seconds[(e + 1) % seconds.length]}`, `manager ${seconds[(e + 2) % seconds.length]} ${fillers[(e + 4) % fillers.length]}`);
    if (e % 5 === 0) terms.push("de * is weg", "de ... ontslagen", "de kl*", "de *baas", "managers ...  weg", "de");
    if (e % 7 === 0) terms.push("de b*s", "de h. baas");
    entries.push(entry(terms, e % 4 === 0 ? ["compound:head"] : []));
  }
  return entries;
}

const COMMON_TEXTS = [
  // More than 32 words after "de" and "manager" that are not yet children: the children grow whole.
  Array.from({ length: 40 }, (_, i) => `De woord${String.fromCharCode(97 + (i % 26))}${i} en manager ding${i}.`).join(" ") + " De baas is weer, managers vergadering heel, de kl*tzooi.",
  "De baas is weer niet echt aardig, de bazen was altijd zo. De vergadering was heel lang.",
  "De vergaderingen nooit, de klanten echt, De collega weer. Manager planning is, managers idioot.",
  "De klotebaas, de kl*tzooi, de grootbaas is weg; de manager ontslagen. De eer was.",
  "Managers vergadering heel weer weg, de d* b**s, de v*rgadering is weer. Manager winkel zo.",
  "De baas, de. De h. baas; managers klant echt heel; manager eer altijd.",
];

const view = (matcher: PhraseMatcher<LexiconEntry>, post: Post, options?: FindOptions, entries?: LexiconEntry[]) =>
  matcher.find(post, options).map((hit) => [hit.start, hit.end, hit.first, hit.last, hit.text, hit.phrase, entries?.indexOf(hit.data)]);

/**
 * Each subset compiled through the index finds what the same entries compiled whole find, with and
 * without a stemmer, for every text and find option. Copies with terms of their own are in no
 * indexed set, so they are compiled whole, as before the index.
 */
async function expectSameAsWhole(subsets: LexiconEntry[][], stemmer: Stemmer, texts: readonly (readonly [string, "en" | "nl"])[]): Promise<void> {
  for (const entries of subsets) {
    for (const options of [{}, { stemmer }, { possessive: true }]) {
      const indexed = compileLexicon(entries, options);
      const copies = entries.map((e) => ({ ...e, terms: [...e.terms] }));
      const whole = compileLexicon(copies, options);
      expect(indexed.size).toBe(whole.size);
      for (const [text, lang] of texts) {
        const post = await parsePost(text, { lang });
        for (const findOptions of [undefined, { all: true }, { from: 2, to: 9 }]) {
          expect(view(indexed, post, findOptions, entries)).toEqual(view(whole, post, findOptions, copies));
        }
      }
    }
  }
}

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
    await expectSameAsWhole([set, set.filter((_, i) => i % 2 === 0), [...set].reverse(), retagged, filled], stemmer, TEXTS);
  });

  it.each([
    ["made at run time", false],
    ["read from a table", true],
  ])("grow the children of common first words by second word as the whole trie does (%s)", async (_name, withTable) => {
    const stemmer = await loadStemmer("nl");
    const set = common();
    indexLexicons(set, withTable ? () => firstWordTable(common()) : undefined);
    expect(Object.keys(firstWordTable(set).seconds.of).length).toBeGreaterThanOrEqual(3);
    const retagged = set.map((e, i) => (i % 3 === 0 ? { ...e, tags: ["insult"] } : e));
    const filled = set.map((e, i) => (i === 4 ? { ...e, terms: ["de baas van northwind", "de baas"] } : e));
    await expectSameAsWhole([set, set.filter((_, i) => i % 2 === 0), [...set].reverse(), retagged, filled], stemmer, COMMON_TEXTS.map((text) => [text, "nl"] as const));
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
