// Compounds and Danish stems (issue #10, part B).
import { compileLexicon, compileMentions, loadStemmer, resolveConfig } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { parsePost } from "./helpers.js";

async function words(matcher: { find: (post: Awaited<ReturnType<typeof parsePost>>) => { text: string }[] }, text: string, lang: "en" | "nl" | "da") {
  return matcher.find(await parsePost(text, { lang })).map((h) => h.text);
}

describe("compounds", () => {
  it("matches entries tagged compound:head at the end and compound:modifier at the start of longer words", async () => {
    const lexicon = compileLexicon([
      { terms: ["baas", "firma", "hr"], tags: ["compound:head"], confidence: "high" },
      { terms: ["lorte", "klote"], tags: ["compound:modifier"], confidence: "high" },
    ]);
    expect(await words(lexicon, "Wat een klotebaas, en de baas van HR.", "nl")).toEqual(["klotebaas", "baas", "HR"]);
    expect(await words(lexicon, "Et pissefirma med et lortejob og en hrchef.", "da")).toEqual(["pissefirma", "lortejob"]);
  });

  it("matches configured single-word names as the first part of a compound", async () => {
    const mentions = compileMentions(resolveConfig({ organization: { name: "Northwind Traders", aliases: ["Northwind"] } }));
    expect(await words(mentions, "Northwindfirmaet og Northwinds kunder", "da")).toEqual(["Northwindfirmaet", "Northwinds"]);
  });
});

describe("Danish stems", () => {
  // Danish stemming is switched off for now (see core/src/stemmers.ts): this documents what it does when on.
  it.skip("matches inflections of Danish words of five letters or more", async () => {
    const stemmer = await loadStemmer("da");
    const lexicon = compileLexicon([{ terms: ["kollega", "idiot", "købe"], tags: [], confidence: "high" }], { stemmer });
    expect(await words(lexicon, "Kollegaer, kollegaerne og idioterne", "da")).toEqual(["Kollegaer", "kollegaerne", "idioterne"]);
    // Short words are matched as written: "køber den" is not "købe".
    expect(await words(lexicon, "Ingen køber den historie", "da")).toEqual([]);
  });
});
