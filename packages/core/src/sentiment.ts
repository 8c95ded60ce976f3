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
  if (language === "en") {
    const stem = await loadStemmer(language);
    const analyzer = new Analyzer("English", stem ? { stem } : null, "afinn");
    return (words) => (words.length === 0 ? 0 : analyzer.getSentiment([...words]) * words.length);
  }
  // pattern's Dutch lexicon holds base forms of adjectives. The Porter stemmer would map verbs onto
  // them ("openen" onto "open", open-minded), so inflected adjectives are undone by hand instead.
  const analyzer = new Analyzer("Dutch", null, "pattern");
  const polarity = (word: string): number => {
    for (const form of dutchBaseForms(word)) {
      const score = analyzer.getSentiment([form]);
      if (score !== 0) return score * 5;
    }
    return 0;
  };
  return (words) => (words.length === 1 ? polarity(words[0] ?? "") : words.length === 0 ? 0 : analyzer.getSentiment([...words]) * words.length * 5);
}

/** A Dutch word and the base forms of it as an inflected adjective: slechte → slecht, grote → groot, boze → boos, lieve → lief, dikke → dik. */
export function dutchBaseForms(word: string): string[] {
  const forms = [word];
  if (!word.endsWith("e") || word.length < 4) return forms;
  let base = word.slice(0, -1);
  if (base.endsWith("z")) base = base.slice(0, -1) + "s";
  else if (base.endsWith("v")) base = base.slice(0, -1) + "f";
  forms.push(base);
  if (/([bcdfgklmnprst])\1$/.test(base)) forms.push(base.slice(0, -1));
  // An open syllable doubles its vowel in the base form: grote → groot, rare → raar.
  const m = /^(.*[^aeiou])([aeiou])([^aeiou])$/.exec(base);
  if (m) forms.push(`${m[1]}${m[2]}${m[2]}${m[3]}`);
  return forms;
}
