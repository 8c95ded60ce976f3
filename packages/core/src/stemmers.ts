import type { Language } from "./types.js";

export type Stemmer = ((word: string) => string) & {
  /** Pattern words shorter than this are matched as written: short stems conflate (Danish køb, køber). */
  minLength?: number;
  /** The stemmer's package and version (`natural@8.1.1`): a stem table names the one it was made with. */
  id?: string;
};

/**
 * Stems computed when a rule pack was built (its lexicons' words), so a process does not stem
 * them again: natural's Porter stemmers take 10–20 µs a word before V8 optimizes them, and a
 * one-file run compiles matchers whose first words alone are 2,500 (Dutch) to 4,000 (English)
 * words. `stemmer` is the `id` of the stemmer that made them.
 */
export interface StemTable {
  stemmer: string;
  /** Word, stem, word, stem, …: one flat array parses faster than an object of thousands of keys. */
  stems: string[];
}

/** Tables added by packs, read when their language's stemmer first misses its memo. */
const tables = new Map<Language, (() => StemTable)[]>();
/** Each language's tables as one map, made on first use; only tables made by the loaded stemmer. */
const known = new Map<Language, Map<string, string>>();

/**
 * Adds a table of stems for `language`, read when that language's stemmer first needs a stem it has
 * not memoized. A table made by another stemmer (another version of natural, say) is ignored, so a
 * stale table costs speed, never a different stem.
 */
export function addStemTable(language: Language, table: () => StemTable): void {
  tables.set(language, [...(tables.get(language) ?? []), table]);
  known.delete(language);
}

function knownStems(language: Language, id: string): Map<string, string> {
  let map = known.get(language);
  if (map) return map;
  map = new Map();
  for (const read of tables.get(language) ?? []) {
    const { stemmer, stems } = read();
    if (stemmer !== id) continue;
    for (let i = 0; i + 1 < stems.length; i += 2) map.set(stems[i] as string, stems[i + 1] as string);
  }
  known.set(language, map);
  return map;
}

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

/**
 * Words whose stem collides with another word's: Porter's Dutch stemmer reads "koop" (buy) and
 * "kop" (head) both as "kop", so "moet z'n kop laten nakijken" would be a call to buy. These keep a
 * stem of their own.
 */
const OWN_STEM: Partial<Record<Language, ReadonlyMap<string, string>>> = {
  nl: new Map([["kop", "kop:head"], ["koppen", "kop:head"]]),
};

interface NaturalStemmer {
  stem(word: string): string;
}

interface PackageJson {
  name: string;
  version: string;
}

async function load(language: Language): Promise<Stemmer | undefined> {
  let stemmer: NaturalStemmer;
  let from: PackageJson;
  if (language === "da") {
    // Danish: Snowball's stemmer from snowball-stemmers (natural has none). Words under five
    // letters are matched as written (see `minLength`), so "køber den" is not "købe".
    stemmer = (await import("snowball-stemmers")).default.newStemmer("danish");
    from = (await import("snowball-stemmers/package.json", { with: { type: "json" } })).default;
  } else {
    stemmer = (await (language === "en" ? import("natural/lib/natural/stemmers/porter_stemmer.js") : import("natural/lib/natural/stemmers/porter_stemmer_nl.js"))).default;
    from = (await import("natural/package.json", { with: { type: "json" } })).default;
  }
  const id = `${from.name}@${from.version}`;
  // Lexicons repeat words across phrases and rules, and posts repeat words: stem each word once.
  const memo = new Map<string, string>();
  const own = OWN_STEM[language];
  const memoized: Stemmer = (word) => {
    if (word.length > MAX_STEMMED_LENGTH) return word;
    let stem = memo.get(word);
    if (stem === undefined) {
      if (memo.size > 100_000) memo.clear();
      stem = own?.get(word) ?? (known.get(language) ?? knownStems(language, id)).get(word) ?? stemmer.stem(word);
      memo.set(word, stem);
    }
    return stem;
  };
  memoized.id = id;
  // Danish lexicons were written listing inflections; stems of short words conflate too much
  // ("køb!" is a call to buy, "køber" is not).
  if (language === "da") memoized.minLength = 5;
  return memoized;
}
