import type { Language, Token } from "./types.js";

/**
 * Spoken and regional spellings of everyday words, read as the standard word when the word as
 * written is not listed: Limburgish and Flemish "nie", "gaot", "zen kop"; Gronings "mien", "nait";
 * Jutlandic "a" and "ik"; Caribbean, Cajun and Yorkshire "dat", "dem", "tings", "thoo", and "-in" for "-ing"; Scots
 * "wummin", "nae"; Pittsburgh "yinz"; Heerlens "geit noets good" (gaat nooit goed). Blind sets
 * write in dialect on purpose, and a phrase lexicon lists the standard words ("gaat gewoon niet
 * samen", "that man"). Only words whose standard reading is unambiguous in that language; a form is
 * tried only where the word as written matches nothing (phrases.ts, `advanceForms`).
 */
const DIALECT: Record<Language, ReadonlyMap<string, string>> = {
  en: new Map([
    ["dat", "that"], ["dem", "them"], ["dis", "this"], ["dey", "they"], ["tings", "things"], ["ting", "thing"],
    ["wit", "with"], ["yuh", "you"], ["thoo", "you"], ["tha", "you"], ["nowt", "nothing"], ["owt", "anything"],
    ["summat", "something"], ["ur", "your"], ["yer", "your"], ["u", "you"], ["ppl", "people"],
    ["em", "them"], ["wummin", "women"], ["wimmin", "women"], ["nae", "not"], ["yinz", "you"], ["fookin", "fucking"], ["fooking", "fucking"], ["fook", "fuck"],
  ]),
  nl: new Map([
    ["nie", "niet"], ["ni", "niet"], ["nait", "niet"], ["nit", "niet"], ["gaot", "gaat"], ["zen", "zijn"], ["mien", "mijn"],
    ["ge", "je"], ["gij", "jij"], ["da", "dat"], ["wa", "wat"], ["ut", "het"], ["jaer", "jaar"],
    ["geit", "gaat"], ["noets", "nooit"], ["oos", "ons"], ["nuuj", "nieuwe"], ["good", "goed"], ["haet", "heeft"],
  ]),
  da: new Map([
    ["ik", "ikke"], ["int", "ikke"], ["ka", "kan"], ["mæ", "mig"], ["dæ", "dig"], ["hva", "hvad"], ["nåt", "noget"],
  ]),
};

/**
 * English spoken "-in'" for "-ing" ("borin as owt", "shreddin paper", "gettin sacked"): the "-ing"
 * word as a form. Real words in "-in" ("begin", "cabin") gain a form that matches nothing.
 */
const DROPPED_G = /^[a-z]{2,}in$/;

/** The tokens with the standard word added as a form where the word is a regional spelling. */
export function withDialectForms(tokens: Token[], language: Language): Token[] {
  const table = DIALECT[language];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const standard = table.get(t.norm) ?? (language === "en" && DROPPED_G.test(t.norm) ? `${t.norm}g` : undefined);
    if (standard === undefined || standard === t.norm || t.prefix) continue;
    tokens[i] = { ...t, forms: [...(t.forms ?? []), standard] };
  }
  return tokens;
}
