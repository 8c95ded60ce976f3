import { z } from "zod";
import { indexedSource, phraseEntriesOf } from "./lexicon-index.js";
import { compilePhrases, type PhraseMatcher, type PhraseOptions } from "./phrases.js";
import { loadStemmer } from "./stemmers.js";
import type { Language } from "./types.js";

/** One lexicon entry: terms that mean the same thing to a rule, and what to tell the writer. */
export const lexiconEntrySchema = z.strictObject({
  terms: z.array(z.string().min(1)).min(1),
  /** Why it matters (one sentence, the entry's language). */
  note: z.string().optional(),
  /** What to write instead. */
  suggest: z.string().optional(),
  /** Drives the wording: high = "Don't use", lower = "Consider". */
  confidence: z.enum(["high", "medium", "low"]).default("high"),
  severity: z.enum(["error", "warn"]).optional(),
  /** Which rule message to use; rules define the ids they accept. */
  messageId: z.string().optional(),
  clause: z.string().optional(),
  /** Free-form labels a rule may use (`target`, `threat`, `claim`, …). */
  tags: z.array(z.string()).default([]),
  /** A replacement for `--fix` (safe, mechanical substitutions only). */
  replace: z.string().optional(),
  source: z.string().optional(),
});

export type LexiconEntry = z.infer<typeof lexiconEntrySchema>;
const lexiconSchema = z.array(lexiconEntrySchema);

/** Validates lexicon data; throws naming the entry and field. */
export function parseLexicon(data: unknown, name: string): LexiconEntry[] {
  const parsed = lexiconSchema.safeParse(data ?? []);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`lexicon ${name}: ${issue ? `${issue.path.join(".")}: ${issue.message}` : "invalid"}`);
  }
  return parsed.data;
}

/**
 * Compiles every term of every entry into one matcher (with compound parts, see compounds.ts); hits
 * carry their entry. Entries indexed together (`indexLexicons`) are compiled from the index.
 */
export function compileLexicon(entries: readonly LexiconEntry[], options: PhraseOptions = {}): PhraseMatcher<LexiconEntry> {
  return compilePhrases(indexedSource(entries) ?? entries.flatMap(phraseEntriesOf), options);
}

/**
 * A value per language (matchers, word lists), made on first use and kept: make the function in a
 * rule's `setup`, call it in `check`. The one per-language cache rules need; `lexiconMatchers` is
 * built on it.
 */
export function languageCache<T>(make: (language: Language) => T): (language: Language) => T {
  const cache = new Map<Language, T>();
  return (language) => {
    if (cache.has(language)) return cache.get(language) as T;
    const value = make(language);
    cache.set(language, value);
    return value;
  };
}

/**
 * One lexicon matcher per language, compiled on first use with that language's stemmer (English,
 * Dutch and Danish; see stemmers.ts). Call `load` once in `setup`, then
 * `await matcherFor(post.language)` in `check`: each language compiles once per linter.
 */
export function lexiconMatchers(
  load: (language: Language) => readonly LexiconEntry[],
  options: Omit<PhraseOptions, "stemmer"> & { stem?: boolean } = {},
): (language: Language) => Promise<PhraseMatcher<LexiconEntry>> {
  const { stem = true, ...rest } = options;
  return languageCache((language) => (stem ? loadStemmer(language) : Promise.resolve(undefined)).then((stemmer) => compileLexicon(load(language), { ...rest, stemmer })));
}
