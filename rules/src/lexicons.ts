import { expandWordClasses, type Language, type LexiconEntry } from "@postlint/core";
import { lexiconData } from "./generated/lexicons.js";

const expanded = new Map<string, LexiconEntry[]>();

/**
 * A rule's lexicon for one language (`lexicons/<lang>/<ruleId>.yml`), with its word classes
 * (`{cant} {say} {much}`) expanded, once. Validated when the pack is built and in
 * rules/test/lexicons.test.ts, so start-up spends no time on it.
 */
export function lexiconFor(ruleId: string, language: Language): LexiconEntry[] {
  const key = `${language}/${ruleId}`;
  let entries = expanded.get(key);
  if (!entries) expanded.set(key, (entries = expandWordClasses(lexiconData[language][ruleId] ?? [])));
  return entries;
}
