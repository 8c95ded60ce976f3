import type { Language, LexiconEntry, PhraseHit, Post } from "@postlint/core";
import { cuss } from "cuss";
import pluralize from "pluralize";
import { conceptEntries } from "./lexicon.js";

/**
 * cuss rates words 0–2 as retext-profanities does; its rating-2 words are built in as `high`,
 * except the words the English concepts list, which set their own confidence (or let them through).
 */
function cussEntries(listed: ReadonlySet<string>): LexiconEntry[] {
  const words = new Set<string>();
  for (const [word, rating] of Object.entries(cuss)) {
    if (rating < 2 || listed.has(word)) continue;
    words.add(word);
    const plural = word.includes(" ") ? word : pluralize.plural(word);
    if (!listed.has(plural)) words.add(plural);
  }
  return [{ terms: [...words], confidence: "high", tags: ["profanity"] }];
}

const cache = new Map<Language, LexiconEntry[]>();

/**
 * Curse words of `language` (concept `profanity`, English with cuss's rating-2 words), and the
 * phrases that only look like one (`profanity-ok`, matched so the longer phrase wins and passes).
 * `curse-prefix` entries count only as the first part of a compound ("kanker-scheids").
 */
export function profanityEntries(language: Language): LexiconEntry[] {
  let entries = cache.get(language);
  if (!entries) {
    const listed = conceptEntries(language, ["profanity", "profanity-ok"]);
    const words = new Set(listed.flatMap((e) => e.terms.map((t) => t.toLowerCase())));
    cache.set(language, (entries = [...(language === "en" ? cussEntries(words) : []), ...listed]));
  }
  return entries;
}

/**
 * A `curse-intensifier` hit ("kanker koud") counts only with nothing but space (or a soft hyphen)
 * between its words: "Mijn tante heeft kanker, lang verhaal" is the illness, then a new clause.
 */
export function curseAsWritten(post: Pick<Post, "text">, hit: PhraseHit<LexiconEntry>): boolean {
  if (!hit.data.tags.includes("curse-intensifier")) return true;
  return !/[^\s\u00AD]/u.test(post.text.slice(hit.start, hit.end).replace(/[\p{L}\p{N}'\u00AD]+/gu, ""));
}
