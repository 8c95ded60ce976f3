// resolveCues lets lexicon tags decide when a hit counts; imageWords and withFileNameWords read images.
import { compileLexicon, imageWords, resolveCues, withFileNameWords, type LexiconEntry } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { parsePost } from "./helpers.js";

const entry = (terms: string[], tags: string[]): LexiconEntry => ({ terms, tags, confidence: "high" });
const lexicon = compileLexicon([
  entry(["receipt"], ["needs:customer"]),
  entry(["customer", "celeb"], ["context", "kind:customer"]),
  entry(["confidential"], ["negatable"]),
  entry(["results"], ["unless:published"]),
  entry(["is out"], ["context", "kind:published"]),
  entry(["secret recipe"], ["ignore"]),
  entry(["secret"], []),
]);

async function cues(text: string, window?: number): Promise<string[]> {
  const post = await parsePost(text, { lang: "en" });
  return resolveCues(post, lexicon.find(post), window === undefined ? {} : { window }).map((h) => h.text);
}

describe("resolveCues", () => {
  it("reports a hit only with the evidence it needs nearby", async () => {
    expect(await cues("A celeb shopped here. Look at the receipt!")).toEqual(["receipt"]);
    expect(await cues("Lost the receipt for my boots.")).toEqual([]);
    expect(await cues("A celeb came by. Nice day. Sunny too. Look at the receipt!")).toEqual([]);
    expect(await cues("A celeb shopped here. Look at the receipt!", 0)).toEqual([]);
  });
  it("drops a hit when its cancelling evidence is near, when negated, or when quoted", async () => {
    expect(await cues("The results is out on the site.")).toEqual([]);
    expect(await cues("This is not confidential.")).toEqual([]);
    expect(await cues("I loved the film “Confidential” a lot.")).toEqual([]);
    expect(await cues("Strictly confidential, sorry.")).toEqual(["confidential"]);
  });
  it("lets a harmless longer phrase shadow its words", async () => {
    expect(await cues("Grandma's secret recipe for apple pie.")).toEqual([]);
    expect(await cues("It's a secret.")).toEqual(["secret"]);
  });
  it("accepts evidence found by the rule itself", async () => {
    const post = await parsePost("Look at the receipt!", { lang: "en" });
    expect(resolveCues(post, lexicon.find(post), { evidence: [{ kind: "customer", index: 0 }] }).map((h) => h.text)).toEqual(["receipt"]);
  });
});

describe("image words", () => {
  it("gives alt-text token ranges and file-name words with post offsets", async () => {
    const post = await parsePost("Look ![till screen](img/hq-lab_tour.jpg) ![](IMG_4412.jpg)", { lang: "en" });
    const [first, second] = imageWords(post);
    expect(post.tokens.slice(...(first?.alt ?? [0, 0])).map((t) => t.text)).toEqual(["till", "screen"]);
    expect(first?.file.map((t) => post.text.slice(t.start, t.end))).toEqual(["hq", "lab", "tour"]);
    expect(second?.file.map((t) => t.text)).toEqual(["IMG"]);
  });
  it("merges file-name words into the post's words in text order", async () => {
    const post = await parsePost("Guess who 😱 ![](bonnetje.jpg) wow", { lang: "nl" });
    expect(withFileNameWords(post).tokens.map((t) => t.text)).toEqual(["Guess", "who", "bonnetje", "wow"]);
  });
});

describe("abbreviation periods", () => {
  it("do not stick to words, so names at a sentence end still match", async () => {
    const post = await parsePost("Coming soon: Aurora Pro. Built for teams", { lang: "en" });
    expect(post.tokens.map((t) => t.text)).toContain("Pro");
  });
});
