import type { Language, LexiconEntry } from "@postlint/core";
import { lexiconFor } from "../lexicons.js";
import { equalityEn } from "./equality-en.js";

/** retext-equality's subset as lexicon entries; a slur's alternatives become the suggestion. */
function equalityEntries(): LexiconEntry[] {
  return equalityEn.map((p) => ({
    terms: p.terms,
    confidence: p.confidence,
    tags: [p.kind],
    source: `retext-equality#${p.id}`,
    ...(p.kind === "slur" && p.considerate.length > 0 ? { suggest: `If you mean the group, say ${p.considerate.slice(0, 2).map((c) => `“${c}”`).join(" or ")}.` } : {}),
  }));
}

/** Everything insensitive-language flags in `language`: slurs, insults and stereotypes. */
export function insensitiveEntries(language: Language): LexiconEntry[] {
  return [...(language === "en" ? equalityEntries() : []), ...lexiconFor("insensitive-language", language)];
}
