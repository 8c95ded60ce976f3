import type { Language, LexiconEntry } from "@postlint/core";
import { lexiconData } from "./generated/lexicons.js";

/**
 * A rule's lexicon for one language (`lexicons/<lang>/<ruleId>.yml`). Validated when the pack is
 * built and in rules/test/lexicons.test.ts, so start-up spends no time on it.
 */
export function lexiconFor(ruleId: string, language: Language): LexiconEntry[] {
  return lexiconData[language][ruleId] ?? [];
}
