import { parseLexicon, type Language, type LexiconEntry } from "@postlint/core";
import { lexiconData } from "./generated/lexicons.js";

const cache = new Map<string, LexiconEntry[]>();

/** A rule's lexicon for one language (`lexicons/<lang>/<ruleId>.yml`), validated once. */
export function lexiconFor(ruleId: string, language: Language): LexiconEntry[] {
  const key = `${language}/${ruleId}`;
  let entries = cache.get(key);
  if (!entries) {
    entries = parseLexicon(lexiconData[language][ruleId] ?? [], `${key}.yml`);
    cache.set(key, entries);
  }
  return entries;
}
