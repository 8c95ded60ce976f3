import { addStemTable, indexLexicons, type FirstWordTable, type Language, type LexiconEntry, type StemTable } from "@postlint/core";
import { expandedLexiconJson, firstWordJson, stemTableJson } from "./generated/lexicons.js";

// The stems of the lexicons' words, made when the pack was built: read when a language's stemmer
// first needs one (core's stemmers.ts ignores a table made by another version of the stemmer).
for (const language of ["en", "nl", "da"] as const) addStemTable(language, () => JSON.parse(stemTableJson[language]) as StemTable);

const parsed = new Map<Language, Record<string, LexiconEntry[]>>();

/**
 * A rule's lexicon for one language (`lexicons/<lang>/<ruleId>.yml`), with its word classes
 * (`{cant} {say} {much}`) expanded. Validated and expanded when the pack is built (and checked in
 * rules/test/lexicons.test.ts), so start-up only parses the JSON of the languages it lints, once.
 */
export function lexiconFor(ruleId: string, language: Language): LexiconEntry[] {
  let lexicons = parsed.get(language);
  if (!lexicons) {
    parsed.set(language, (lexicons = JSON.parse(expandedLexiconJson[language]) as Record<string, LexiconEntry[]>));
    // One index of first words for every matcher compiled from this language's entries (core's
    // lexicon-index.ts), read from the table made with them: each matcher's root then reads only
    // the first words a post looks up.
    const table = firstWordJson[language];
    indexLexicons(Object.values(lexicons).flat(), () => JSON.parse(table) as FirstWordTable);
  }
  return lexicons[ruleId] ?? [];
}
