// Disguised and misspelled words (issue #10, category 7) across the rules that match words, in
// English, Dutch and Danish, with exact columns; and clean near-misses that must stay clean.
import { createLinter, type Language } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";

const linter = createLinter({
  packs: [pack],
  config: {
    organization: { name: "Northwind Traders", aliases: ["Northwind", "@northwind", "#northwind"], competitors: ["Contoso"] },
    products: [{ name: "Aurora Pro", aliases: ["Project Kestrel"], launch: "2027-03-01" }],
    confidential: { terms: ["Project Hydra", "Q3 forecast"] },
  },
});

async function findings(text: string, lang: Language, ruleId?: string): Promise<string[]> {
  return findingsOf(await linter.lint({ text, meta: { lang, date: "2026-12-01" } }), ruleId || undefined, ["ruleId", "span"]);
}

describe("disguised words", () => {
  it.each([
    // profanity
    ["en", "masked", "My boss is a f*cking clown", "profanity", 14, 21],
    ["en", "trailing stars", "f*** this", "profanity", 1, 5],
    ["en", "symbols", "this sh!t again", "profanity", 6, 10],
    ["en", "leetspeak", "this sh1t again", "profanity", 6, 10],
    ["en", "zero-width space", "what the fu\u200bck", "profanity", 10, 15],
    ["en", "soft hyphen", "what the fu\u00adck", "profanity", 10, 15],
    ["en", "Cyrillic look-alike", "what the fu\u0441k", "profanity", 10, 14],
    ["en", "full-width", "what the \uff46\uff55\uff43\uff4b", "profanity", 10, 14],
    ["en", "spaced letters", "what the f u c k", "profanity", 10, 17],
    ["en", "spaced letters, a closing \"i\" left out", "so r e t a r d e d i swear", "insensitive-language", 4, 19],
    ["en", "spaced letters after \"a\"", "what a s h i t s h o w", "profanity", 6, 23],
    ["en", "dotted letters", "what the f.u.c.k", "profanity", 10, 17],
    ["en", "vowel left out", "fck this job", "profanity", 1, 4],
    ["en", "repeated letters", "fuuuuck this", "profanity", 1, 8],
    ["en", "hashtag", "#fuckmondays again", "profanity", 1, 6],
    ["nl", "leetspeak", "Mijn baas is een kl00tzak", "profanity", 18, 26],
    ["nl", "repeated letters", "Wat een klooootzak", "profanity", 9, 19],
    ["nl", "masked compound", "Wat een k*tzooi", "profanity", 9, 16],
    ["da", "masked", "Sikke noget l*rt", "profanity", 13, 17],
    ["da", "zero-width space", "Min chef er et rø\u200bvhul", "profanity", 16, 23],
    // configured confidential terms
    ["en", "leetspeak", "Not supposed to share the Q3 f0recast", "confidential-info", 27, 38],
    ["en", "camel-case hashtag", "Loving #ProjectHydra already", "confidential-info", 8, 21],
    ["nl", "leetspeak", "Strikt geheim: Pr0ject Hydra gaat in januari van start", "confidential-info", 16, 29],
    ["da", "zero-width space", "Project Hy\u200bdra starter i januar", "confidential-info", 1, 15],
    // products and codenames
    ["en", "Cyrillic look-alike", "Been testing Aur\u043era Pro for weeks", "unreleased-product", 14, 24],
    ["nl", "camel-case hashtag", "Ik test al weken #ProjectKestrel", "unreleased-product", 18, 33],
    ["da", "zero-width space", "Jeg har testet Aurora Pr\u200bo i ugevis", "unreleased-product", 16, 27],
    // the organization's name
    ["en", "Cyrillic look-alike", "Honestly N\u043erthwind is great", "missing-disclaimer", 10, 19],
    ["nl", "leetspeak", "Eerlijk: Northw1nd is top", "missing-disclaimer", 10, 19],
    ["da", "spaced letters", "Ærligt talt er N o r t h w i n d fantastisk", "missing-disclaimer", 16, 33],
    ["da", "compound", "Ærligt talt er Northwindfirmaet fantastisk", "missing-disclaimer", 16, 32],
    // secrets split by a zero-width character
    ["en", "zero-width space in a token", "the api key: ghp_16C7e42F292c\u200b6912E7710c838347Ae178B4a", "secret", 14, 55],
    ["nl", "zero-width space in a password", "wachtwoord: Zom\u200ber2026!", "secret", 13, 24],
    ["da", "soft hyphen in a password", "adgangskode: Somm\u00ader2026!", "secret", 14, 26],
  ] as const)("%s %s: %j → %s", async (lang, _kind, text, ruleId, column, endColumn) => {
    expect(await findings(text, lang, ruleId)).toEqual([`${ruleId} 1:${column}-${endColumn}`]);
  });
});

describe("clean near-misses", () => {
  it.each([
    ["en", "Our assistant took the class to Scunthorpe to see Dick Advocaat."],
    ["en", "Sunday market haul #organic #tangerine #farmersmarket #classic"],
    ["en", "Sooooo happy today, loooove this team!!!"],
    ["en", "We shipped 4x faster in Q3 thanks to B2B and 5G."],
    ["en", "Press *bold* and **strong** and __under__ work. I give it 5 stars *****"],
    ["nl", "Wat een mooie dag, zóóó leuk! Heeeel erg bedankt allemaal"],
    ["nl", "De U.S.A. en de E.U. praten weer."],
    ["da", "Vi kører med fart på. Slut for i dag, og god Skt. Hans!"],
    ["da", "FCK vandt 3-0 i aftes, sikke en kamp"],
    ["da", "Tusind tak for i dag, det var suuuper hyggeligt"],
    ["da", "Vores køkkenchef laver fantastisk mad."],
  ] as const)("%s: %j", async (lang, text) => {
    expect(await findings(text, lang)).toEqual([]);
  });
});
