import type { Language, LexiconEntry } from "@postlint/core";
import { expandedLexiconJson } from "./generated/lexicons.js";

const parsed = new Map<Language, Record<string, LexiconEntry[]>>();

/**
 * A rule's lexicon for one language (`lexicons/<lang>/<ruleId>.yml`), with its word classes
 * (`{cant} {say} {much}`) expanded. Validated and expanded when the pack is built (and checked in
 * rules/test/lexicons.test.ts), so start-up only parses the JSON of the languages it lints, once.
 */
export function lexiconFor(ruleId: string, language: Language): LexiconEntry[] {
  let lexicons = parsed.get(language);
  if (!lexicons) parsed.set(language, (lexicons = JSON.parse(expandedLexiconJson[language]) as Record<string, LexiconEntry[]>));
  return lexicons[ruleId] ?? [];
}
