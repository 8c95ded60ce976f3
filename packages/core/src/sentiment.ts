import { loadStemmer } from "./stemmers.js";
import type { Language } from "./types.js";

/**
 * Sums the polarity of `words` (lower-cased prose words) on AFINN's scale, about −5…5 per word.
 * A negation ("not", "niet") flips the words after it, as natural's analyzer does.
 */
export type SentimentScorer = (words: readonly string[]) => number;

interface NaturalAnalyzer {
  getSentiment(words: string[]): number;
}
type AnalyzerClass = new (language: string, stemmer: { stem(word: string): string } | null, type: string) => NaturalAnalyzer;

const cache = new Map<Language, Promise<SentimentScorer | undefined>>();

/**
 * natural's SentimentAnalyzer, for the languages it has: English (AFINN-165) and Dutch (pattern,
 * whose −1…1 polarities are scaled to AFINN's range). Danish has none: undefined, so callers fall
 * back to a lexicon. Loaded on first use (≈0.1–0.3 s, all of natural's vocabularies), so call it
 * only when a post needs it. Deep import on purpose: natural's index loads database clients.
 */
export function loadSentiment(language: Language): Promise<SentimentScorer | undefined> {
  let p = cache.get(language);
  if (!p) {
    p = load(language);
    cache.set(language, p);
  }
  return p;
}

async function load(language: Language): Promise<SentimentScorer | undefined> {
  if (language === "da") return undefined;
  const { default: Analyzer } = (await import("natural/lib/natural/sentiment/SentimentAnalyzer.js")) as { default: AnalyzerClass };
  const stem = await loadStemmer(language);
  const stemmer = stem ? { stem } : null;
  const analyzer = language === "en" ? new Analyzer("English", stemmer, "afinn") : new Analyzer("Dutch", stemmer, "pattern");
  const scale = language === "en" ? 1 : 5;
  return (words) => (words.length === 0 ? 0 : analyzer.getSentiment([...words]) * words.length * scale);
}
