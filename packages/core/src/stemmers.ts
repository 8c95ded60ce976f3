import type { Language } from "./types.js";

export type Stemmer = (word: string) => string;

const cache = new Map<Language, Promise<Stemmer | undefined>>();

/**
 * natural's Porter stemmers for English and Dutch, loaded on first use. Deep imports on purpose:
 * natural's index pulls in database clients and prints dotenv lines on stdout.
 * Danish has none; Danish lexicons list their inflections instead.
 */
export function loadStemmer(language: Language): Promise<Stemmer | undefined> {
  let p = cache.get(language);
  if (!p) {
    p = load(language);
    cache.set(language, p);
  }
  return p;
}

interface NaturalStemmer {
  stem(word: string): string;
}

async function load(language: Language): Promise<Stemmer | undefined> {
  let mod: { default: NaturalStemmer };
  if (language === "en") mod = (await import("natural/lib/natural/stemmers/porter_stemmer.js"));
  else if (language === "nl") mod = (await import("natural/lib/natural/stemmers/porter_stemmer_nl.js"));
  else return undefined;
  const stemmer = mod.default;
  // Lexicons repeat words across phrases and rules, and posts repeat words: stem each word once.
  const memo = new Map<string, string>();
  return (word) => {
    let stem = memo.get(word);
    if (stem === undefined) {
      if (memo.size > 100_000) memo.clear();
      stem = stemmer.stem(word);
      memo.set(word, stem);
    }
    return stem;
  };
}
