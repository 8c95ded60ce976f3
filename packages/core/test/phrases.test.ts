import { compilePhrases, patternWords } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { parsePost } from "./helpers.js";

async function find(phrases: string[], text: string, options: Parameters<typeof compilePhrases>[1] = {}, lang: "en" | "nl" | "da" = "en") {
  const matcher = compilePhrases(phrases.map((phrase) => ({ phrase, data: phrase })), options);
  const post = await parsePost(text, { lang });
  return matcher.find(post).map((h) => [h.text, h.data]);
}

describe("compilePhrases", () => {
  it("matches whole words case-insensitively, never inside other words", async () => {
    expect(await find(["ass", "hell", "cunt"], "Please assess the class from Scunthorpe and Hellerup.")).toEqual([]);
    expect(await find(["ass"], "Kiss my ASS!")).toEqual([["ASS", "ass"]]);
  });

  it("matches multi-word phrases across extra spaces and line breaks but not across sentences", async () => {
    expect(await find(["internal only"], "This deck is Internal\n  only, thanks")).toEqual([["Internal\n  only", "internal only"]]);
    expect(await find(["rot op"], "Het fruit is rot. Op naar huis.", {}, "nl")).toEqual([]);
    expect(await find(["rot op"], "Ach, rot op met je praatjes.", {}, "nl")).toEqual([["rot op", "rot op"]]);
  });

  it("lets one or two intensifiers sit inside a phrase, but never a negation or a sentence end", async () => {
    expect(await find(["a joke"], "my boss is a fucking joke")).toEqual([["a fucking joke", "a joke"]]);
    expect(await find(["ved hvor chefen bor"], "Jeg ved godt, hvor chefen bor.", {}, "da")).toEqual([["ved godt, hvor chefen bor", "ved hvor chefen bor"]]);
    expect(await find(["weet waar hij woont"], "Ik weet heus wel waar hij woont.", {}, "nl")).toEqual([["weet heus wel waar hij woont", "weet waar hij woont"]]);
    expect(await find(["a joke"], "that is a not joke")).toEqual([]);
    expect(await find(["a joke"], "Fucking joke")).toEqual([]);
    expect(await find(["rot op"], "Het is rot. Echt. Op naar huis.", {}, "nl")).toEqual([]);
  });

  it("treats `word*` as a prefix, for compounds", async () => {
    expect(await find(["lortejob*"], "Sikke et lortejobbet, og et lortejob.", {}, "da")).toEqual([
      ["lortejobbet", "lortejob*"],
      ["lortejob", "lortejob*"],
    ]);
    expect(await find(["lortejob*"], "Et godt job.", {}, "da")).toEqual([]);
  });

  it("lets `*` stand for exactly one word and `...` for a gap of up to maxGap words", async () => {
    expect(await find(["the * forecast"], "the Q3 forecast and the forecast")).toEqual([["the Q3 forecast", "the * forecast"]]);
    const phrase = "binnenkort ... niet zeggen";
    expect(await find([phrase], "Binnenkort iets moois, meer mag ik niet zeggen 😉", {}, "nl")).toEqual([["Binnenkort iets moois, meer mag ik niet zeggen", phrase]]);
    expect(await find([phrase], "Binnenkort een twee drie vier vijf niet zeggen", { maxGap: 3 }, "nl")).toEqual([]);
  });

  it("matches `#ad` only with the hash, while a plain pattern also matches the hashtag", async () => {
    expect(await find(["#ad"], "Great shoes #ad")).toEqual([["#ad", "#ad"]]);
    expect(await find(["#ad"], "Read the ad again")).toEqual([]);
    expect(await find(["northwind"], "Love #northwind and @northwind")).toEqual([
      ["#northwind", "northwind"],
      ["@northwind", "northwind"],
    ]);
  });

  it("matches possessives: Northwind's always, Northwinds only with `possessive`", async () => {
    expect(await find(["Northwind"], "Northwind's new app")).toEqual([["Northwind's", "Northwind"]]);
    expect(await find(["Northwind"], "Northwind’s new app")).toEqual([["Northwind’s", "Northwind"]]);
    expect(await find(["Northwind"], "Northwinds nye app", {}, "da")).toEqual([]);
    expect(await find(["Northwind"], "Northwinds nye app", { possessive: true }, "da")).toEqual([["Northwinds", "Northwind"]]);
  });

  it("splits hyphenated compounds so each part matches, and a hyphenated pattern matches the parts", async () => {
    expect(await find(["Northwind"], "Trotse Northwind-medewerker", {}, "nl")).toEqual([["Northwind", "Northwind"]]);
    expect(await find(["kut"], "Kut-Northwind", {}, "nl")).toEqual([["Kut", "kut"]]);
    expect(await find(["e-mail"], "send me an e-mail")).toEqual([["e-mail", "e-mail"]]);
    expect(await find(["e-mail"], "send me an email")).toEqual([]);
  });

  it("reads words run together with '=' as words apart", async () => {
    expect(await find(["good numbers", "happy board"], "Board meeting. Good numbers=Happy Board.")).toEqual([
      ["Good numbers", "good numbers"],
      ["Happy Board", "happy board"],
    ]);
  });

  it("matches a stressed Dutch word as the plain one, and spoken possessives as the standard ones", async () => {
    expect(await find(["niet namens"], "Ik spreek hier níet namens mijn werkgever.", {}, "nl")).toEqual([["níet namens", "niet namens"]]);
    expect(await find(["bored out of my skull"], "already bored out of me skull")).toEqual([["bored out of me skull", "bored out of my skull"]]);
    expect(await find(["mijn baas"], "Me baas is er weer niet.", {}, "nl")).toEqual([["Me baas", "mijn baas"]]);
  });

  it("keeps a pattern ending in '?' only where the text asks the question", async () => {
    expect(await find(["seriously?"], "they're seriously thinking about it")).toEqual([]);
    expect(await find(["seriously?"], "Seriously? Again?")).toEqual([["Seriously", "seriously?"]]);
  });

  it("prefers the longest phrase at a position and reports no overlaps unless asked", async () => {
    const phrases = ["project", "project hydra"];
    expect(await find(phrases, "Project Hydra starts")).toEqual([["Project Hydra", "project hydra"]]);
    const matcher = compilePhrases(phrases.map((phrase) => ({ phrase, data: phrase })));
    const post = await parsePost("Project Hydra starts");
    expect(matcher.find(post, { all: true }).map((h) => h.data).sort()).toEqual(["project", "project hydra"]);
  });

  it("stems both sides when given a stemmer", async () => {
    const stem = (w: string) => w.replace(/(ing|ed|s)$/, "");
    expect(await find(["leak"], "leaking and leaked and leaks", { stemmer: stem })).toEqual([
      ["leaking", "leak"],
      ["leaked", "leak"],
      ["leaks", "leak"],
    ]);
    expect(await find(["leak"], "leaking", {})).toEqual([]);
  });

  it("skips words inside URLs and e-mail addresses", async () => {
    expect(await find(["darn"], "See https://example.com/darn-it or mail darn@example.com")).toEqual([]);
  });

  it("returns offsets into the original text, front matter included", async () => {
    const text = "---\nlang: en\n---\nWhat the darn.\n";
    const matcher = compilePhrases([{ phrase: "darn", data: 1 }]);
    const [hit] = matcher.find(await parsePost(text));
    expect(text.slice(hit!.start, hit!.end)).toBe("darn");
  });

  it("splits patterns the way the text is split", () => {
    expect(patternWords("Northwind-medewerker")).toEqual(["northwind", "medewerker"]);
    expect(patternWords("binnenkort … niet")).toEqual(["binnenkort", "...", "niet"]);
    expect(patternWords("“quoted”, #Tag")).toEqual(["quoted", "#tag"]);
  });

  it("keeps compound stars, gaps and stressed letters of plain patterns as the general split does", () => {
    expect(patternWords("Lorte* ... *baas")).toEqual(["lorte*", "...", "*baas"]);
    expect(patternWords("* of us sacked")).toEqual(["*", "of", "us", "sacked"]);
    expect(patternWords("níet namens")).toEqual(["níet", "namens"]);
    expect(patternWords("f*ck's")).toEqual(["f*ck's"]);
  });

  it("matches the words past a phrase's first, found when a search reaches them", async () => {
    const matcher = compilePhrases([
      { phrase: "ik zeg niet", data: 1 },
      { phrase: "ik zeg ... niks", data: 2 },
      { phrase: "Ik Zeg Wel", data: 3 },
    ]);
    const found = async (text: string): Promise<number[]> => matcher.find(await parsePost(text)).map((hit) => hit.data);
    expect(await found("Ik zeg wel wat.")).toEqual([3]);
    expect(await found("Ik zeg er echt niks over.")).toEqual([2]);
    expect(await found("Ik zeg niet veel, ik zeg niets.")).toEqual([1]);
  });
});
