// Disguised words (issue #10, category 7): normalised once when a post is parsed, matched by
// every phrase matcher, with offsets into the original text.
import { compilePhrases, foldWord, invisibleFree, isMasked, maskedMatch, repeatForms } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { parsePost } from "./helpers.js";

const LIST = ["fuck", "shit", "ass", "klootzak", "lorte*", "project hydra", "northwind", "hydra"];

/** `[start, end, text]` of every hit, so columns are checked exactly. */
async function hits(text: string, options: Parameters<typeof compilePhrases>[1] = {}, lang: "en" | "nl" | "da" = "en", list = LIST) {
  const matcher = compilePhrases(list.map((phrase) => ({ phrase, data: phrase })), options);
  const post = await parsePost(text, { lang });
  return matcher.find(post).map((h) => [h.start, h.end, post.text.slice(h.start, h.end), h.data]);
}

describe("normalised words", () => {
  it.each([
    ["masked", "what the f*ck", 9, 13, "fuck"],
    ["masked with trailing stars", "what the f*** is this", 9, 13, "fuck"],
    ["masked with symbols", "what the sh!t", 9, 13, "shit"],
    ["leetspeak", "what the sh1t", 9, 13, "shit"],
    ["leetspeak at the start", "kiss my 4ss", 8, 11, "ass"],
    ["zero-width space", "what the fu\u200bck", 9, 14, "fuck"],
    ["zero-width joiner", "what the fu\u200dck", 9, 14, "fuck"],
    ["word joiner", "what the fu\u2060ck", 9, 14, "fuck"],
    ["byte-order mark", "what the \ufefffuck", 10, 14, "fuck"],
    ["soft hyphen", "what the fu\u00adck", 9, 14, "fuck"],
    ["Cyrillic look-alike", "what the fu\u0441k", 9, 13, "fuck"],
    ["Greek look-alike", "what the sh\u03b9t", 9, 13, "shit"],
    ["full-width letters", "what the \uff46\uff55\uff43\uff4b", 9, 13, "fuck"],
    // "Bold text" generators (LinkedIn): mathematical letters, two UTF-16 units each.
    ["mathematical bold letters", "what the \u{1d41f}\u{1d42e}\u{1d41c}\u{1d424}", 9, 17, "fuck"],
    ["mathematical bold name", "big news: \u{1d40f}\u{1d42b}\u{1d428}\u{1d423}\u{1d41e}\u{1d41c}\u{1d42d} \u{1d407}\u{1d432}\u{1d41d}\u{1d42b}\u{1d41a} is live", 10, 35, "project hydra"],
    ["spaced letters", "what the f u c k", 9, 16, "fuck"],
    ["dotted letters", "what the f.u.c.k", 9, 16, "fuck"],
    ["repeated letters", "fuuuuuck this", 0, 8, "fuck"],
    ["repeated letters, kept double", "wat een klooootzak", 8, 18, "klootzak"],
    ["lower-case hashtag", "#fuckmondays again", 0, 5, "fuck"],
    ["camel-case hashtag", "Loving #ProjectHydra", 7, 20, "project hydra"],
    ["camel-case hashtag, later word", "Loving #TeamHydra", 12, 17, "hydra"],
    ["Greek capital that looks like another letter", "Loving #Team\u0397ydra", 12, 17, "hydra"],
    ["Greek capital in a word", "Loving Project \u0397ydra", 7, 20, "project hydra"],
  ])("%s: %j", async (_kind, text, start, end, phrase) => {
    const found = await hits(text);
    expect(found).toEqual([[start, end, text.slice(start, end), phrase]]);
  });

  it("matches a masked word only against words of its length that its visible letters fit", async () => {
    expect(await hits("s**t happens")).toEqual([[0, 4, "s**t", "shit"]]);
    expect(await hits("f** off, a**")).toEqual([[9, 12, "a**", "ass"]]);
    expect(await hits("s***t happens")).toEqual([]);
    expect(await hits("*** and **** and ***k")).toEqual([]);
  });

  it("reads masks that start a word as part of it, but keeps mentions and hashtags", async () => {
    expect(await hits("a certified @$$h0le, that one", {}, "en", ["asshole"])).toEqual([[12, 19, "@$$h0le", "asshole"]]);
    expect(await hits("ask @asshole_detector, or pay $$ later", {}, "en", ["asshole"])).toEqual([]);
  });

  it("reads words without a vowel only when asked, and never abbreviations", async () => {
    expect(await hits("fck this")).toEqual([]);
    expect(await hits("fck this", { vowelDropped: true })).toEqual([[0, 3, "fck", "fuck"]]);
    expect(await hits("FCK won 3-0, the CFO and HR met in NYC", { vowelDropped: true })).toEqual([]);
  });

  it("keeps clean near-misses clean", async () => {
    const clean = [
      "Please assess the class from Scunthorpe and the assistant in Hellerup.",
      "Dick Advocaat coached the team; Q3 and B2B and 5G and COVID19 and 4x growth.",
      "**Important** news *today*: the U.S.A. trip, e.g. a b test, shh, hmm, brr.",
      "#organic #tangerine #dopeness #classic #assistant #shitake",
      "Great!!! Hell yes!!! Wow!!",
      "Vi kører med fart på. Slut for i dag. Skt. Hans aften.",
      "Plan A, B or C: all fine, said the C.E.O.",
      "Ask @ass_ociation or @$$ociety, costs $$ only, #$$ nothing.",
    ];
    for (const text of clean) expect(await hits(text, { vowelDropped: true }), text).toEqual([]);
  });

  it("tries repeated-letter readings only when the word is not listed as written", async () => {
    expect(await hits("zzzzz", {}, "en", ["zzzzz", "z"])).toEqual([[0, 5, "zzzzz", "zzzzz"]]);
    expect(await hits("brrr", {}, "en", ["zzzzz", "br"])).toEqual([[0, 4, "brrr", "br"]]);
  });

  it("reads regional spellings as the standard word where the word as written matches nothing", async () => {
    expect(await hits("vrouwen en techniek, dat gaot gewoon nie samen", {}, "nl", ["gaat gewoon niet samen"])).toEqual([[25, 46, "gaot gewoon nie samen", "gaat gewoon niet samen"]]);
    expect(await hits("dat man is a walking grievance", {}, "en", ["that man"])).toEqual([[0, 7, "dat man", "that man"]]);
    expect(await hits("det gider a ik mere", {}, "da", ["gider jeg ikke", "ikke mere"])).toEqual([[12, 19, "ik mere", "ikke mere"]]);
    // Only in its own language: Danish "ik" is no Dutch word to read, and Dutch "da" no English one.
    expect(await hits("da man", {}, "en", ["that man"])).toEqual([]);
    // English "-in" for "-ing", and only in English.
    expect(await hits("it's borin as owt", {}, "en", ["boring as anything"])).toEqual([[5, 17, "borin as owt", "boring as anything"]]);
    expect(await hits("ze is borin", {}, "nl", ["boring"])).toEqual([]);
  });

  it("splits hashtags into words only where no phrase matches the hashtag whole", async () => {
    expect(await hits("#Northwind #NorthwindLife", {}, "en", ["northwind", "#northwindlife"])).toEqual([
      [0, 10, "#Northwind", "northwind"],
      [11, 25, "#NorthwindLife", "#northwindlife"],
    ]);
    expect(await hits("#NorthwindLife", {}, "en", ["northwind"])).toEqual([[0, 10, "#Northwind", "northwind"]]);
  });

  it("matches compound heads with `*head` and modifiers with `modifier*`", async () => {
    expect(await hits("Sikke et pissefirma og en lortejob.", {}, "da", ["*firma", "lorte*"])).toEqual([
      [9, 19, "pissefirma", "*firma"],
      [26, 34, "lortejob", "lorte*"],
    ]);
  });
});

describe("normalisation helpers", () => {
  it("folds look-alikes only in words that mix them with Latin letters or consist of them", () => {
    expect(foldWord("fu\u0441k")).toBe("fuck");
    expect(foldWord("\u0441\u043e\u0440")).toBe("cop");
    expect(foldWord("\u043f\u0440\u0438\u0432\u0435\u0442")).toBe("\u043f\u0440\u0438\u0432\u0435\u0442");
    expect(foldWord("røvhul")).toBe("røvhul");
  });

  it("recognises masked words", () => {
    expect(["f*ck", "f***", "sh1t", "4ss", "a$$"].map(isMasked)).toEqual([true, true, true, true, true]);
    expect(["***", "2024", "b2b", "fuck", "**x*"].map(isMasked)).toEqual([false, false, false, false, false]);
    expect(maskedMatch("sh1t", "shit")).toBe(true);
    expect(maskedMatch("sh1t", "shot")).toBe(false);
  });

  it("collapses letters repeated for emphasis to one and to two", () => {
    expect(repeatForms("klooootzak")).toEqual(["klotzak", "klootzak"]);
    expect(repeatForms("book")).toEqual([]);
  });

  it("offers the text without invisible characters and maps offsets back", () => {
    const text = "key sk_live_ab\u200bcd end";
    const view = invisibleFree(text);
    expect(view.text).toBe("key sk_live_abcd end");
    expect(view.toOriginal(view.text.indexOf("cd"))).toBe(text.indexOf("cd"));
    expect(view.toView(text.indexOf("cd"))).toBe(view.text.indexOf("cd"));
    expect(invisibleFree("plain").toOriginal(3)).toBe(3);
  });
});
