import type { Language, LexiconEntry } from "@postlint/core";
import { equalityEn } from "./equality-en.js";
import { conceptEntries } from "./lexicon.js";

/** retext-equality's subset as concept entries; a slur's alternatives become the suggestion. */
function equalityEntries(): LexiconEntry[] {
  return equalityEn.map((p) => ({
    terms: p.terms,
    confidence: p.confidence,
    tags: [p.kind === "insult" ? "disability-insult" : "slur"],
    source: `retext-equality#${p.id}`,
    ...(p.kind === "slur" && p.considerate.length > 0 ? { suggest: `If you mean the group, say ${p.considerate.slice(0, 2).map((c) => `“${c}”`).join(" or ")}.` } : {}),
  }));
}

const cache = new Map<Language, LexiconEntry[]>();

/** Slurs, disability insults, stereotypes and body-shaming words in `language` (English adds retext-equality's subset). */
export function insensitiveEntries(language: Language): LexiconEntry[] {
  let entries = cache.get(language);
  if (!entries) cache.set(language, (entries = [...(language === "en" ? equalityEntries() : []), ...conceptEntries(language, ["slur", "disability-insult", "stereotype", "hiring-bias", "body-shaming", "hate-symbol", "insensitive-ok"])]));
  return entries;
}
