import { compileLexicon, expandPlaceholders, loadStemmer, type Language, type LexiconEntry, type PhraseMatcher, type PhraseOptions } from "@postlint/core";
import { CONCEPT_TAGS, type ConceptTag } from "../generated/concept-tags.js";
import { lexiconFor } from "../lexicons.js";

export { CONCEPT_TAGS, type ConceptTag };

/** Every entry of `lexicons/<language>/concepts.yml`, word classes expanded (at build time). */
const allEntries = (language: Language): LexiconEntry[] => lexiconFor("concepts", language);

/**
 * The concept entries of `language` tagged with any of `tags`. `{org}` and other config
 * placeholders are filled from `values` (a term whose placeholder has no value is dropped).
 */
export function conceptEntries(language: Language, tags: readonly ConceptTag[], values?: Readonly<Record<string, readonly string[]>>): LexiconEntry[] {
  const entries = allEntries(language).filter((e) => tags.some((t) => e.tags.includes(t)));
  return values ? expandPlaceholders(entries, values) : entries;
}

const shared = new Map<string, Promise<PhraseMatcher<LexiconEntry>>>();

/**
 * One matcher for the concepts `tags` in `language`, with the language's stemmer unless
 * `stem: false`. Matchers with the same tags and options are built once and shared by every rule
 * and linter (concept data depends on no config), so two rules asking for the tone words pay once.
 */
export function conceptMatcher(language: Language, tags: readonly ConceptTag[], options: Omit<PhraseOptions, "stemmer"> & { stem?: boolean } = {}): Promise<PhraseMatcher<LexiconEntry>> {
  const { stem = true, ...rest } = options;
  const key = `${language}|${[...tags].sort().join(",")}|${stem}|${JSON.stringify(rest)}`;
  let m = shared.get(key);
  if (!m) {
    m = (stem ? loadStemmer(language) : Promise.resolve(undefined)).then((stemmer) => compileLexicon(conceptEntries(language, tags), { ...rest, stemmer }));
    shared.set(key, m);
  }
  return m;
}
