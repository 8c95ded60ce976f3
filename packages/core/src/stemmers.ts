import type { Language } from "./types.js";

export type Stemmer = ((word: string) => string) & {
  /** Pattern words shorter than this are matched as written: short stems conflate (Danish køb, køber). */
  minLength?: number;
};

const cache = new Map<Language, Promise<Stemmer | undefined>>();

/**
 * Stemmers, loaded on first use: natural's Porter stemmers for English and Dutch (deep imports on
 * purpose: natural's index pulls in database clients and prints dotenv lines on stdout), and
 * Snowball's Danish stemmer (snowball-stemmers; natural has none), so "kollegaerne", "chefens" and
 * "idioterne" match "kollega", "chef" and "idiot".
 */
export function loadStemmer(language: Language): Promise<Stemmer | undefined> {
  let p = cache.get(language);
  if (!p) {
    p = load(language);
    cache.set(language, p);
  }
  return p;
}

/**
 * Longer "words" (a run of digits, a pasted hash) are returned as written: no lexicon word is this
 * long, and natural's Porter stemmers use patterns like /[^aeiouy]+y/g that take quadratic time on
 * a long run of consonants (80,000 digits took over 20 s).
 */
const MAX_STEMMED_LENGTH = 64;

interface NaturalStemmer {
  stem(word: string): string;
}

async function load(language: Language): Promise<Stemmer | undefined> {
  let stemmer: NaturalStemmer;
  if (language === "en") stemmer = (await import("natural/lib/natural/stemmers/porter_stemmer.js")).default;
  else if (language === "nl") stemmer = (await import("natural/lib/natural/stemmers/porter_stemmer_nl.js")).default;
  // Danish: Snowball's stemmer from snowball-stemmers (natural has none). Words under five letters
  // are matched as written (see `minLength`), so "køber den" is not "købe".
  else stemmer = (await import("snowball-stemmers")).default.newStemmer("danish");
  // Lexicons repeat words across phrases and rules, and posts repeat words: stem each word once.
  const memo = new Map<string, string>();
  const memoized: Stemmer = (word) => {
    if (word.length > MAX_STEMMED_LENGTH) return word;
    let stem = memo.get(word);
    if (stem === undefined) {
      if (memo.size > 100_000) memo.clear();
      stem = stemmer.stem(word);
      memo.set(word, stem);
    }
    return stem;
  };
  // Danish lexicons were written listing inflections; stems of short words conflate too much
  // ("køb!" is a call to buy, "køber" is not).
  if (language === "da") memoized.minLength = 5;
  return memoized;
}
