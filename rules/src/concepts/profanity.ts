import type { Language, LexiconEntry, PhraseHit, Post } from "@postlint/core";
import { lexiconFor } from "../lexicons.js";
import { conceptEntries } from "./lexicon.js";

/**
 * cuss's rating-2 words (as retext-profanities rates them), plurals too, as one `high` entry: but
 * the words the English concepts list, which set their own confidence (or let them through). Made
 * when the pack is built (scripts/compile-lexicons.mjs) and kept with the English lexicons, so
 * it is indexed with them (core's lexicon-index.ts).
 */
const cussEntries = (): LexiconEntry[] => lexiconFor("cuss", "en");

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
    cache.set(language, (entries = [...(language === "en" ? cussEntries() : []), ...listed]));
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
