import { normalizeWord } from "./parse.js";
import type { Post, Token } from "./types.js";

/**
 * Phrase matching on words, not substrings.
 *
 * Pattern syntax (one phrase per string, case-insensitive):
 * - `internal only`   words in sequence; hyphens split words as in the text (`e-mail` = `e mail`)
 * - `lortejob*`       a word starting with `lortejob` (Danish and Dutch compounds)
 * - `*`               exactly one word of any kind
 * - `...`             a gap of 0–8 words (`binnenkort ... niet zeggen`)
 * - `#ad`, `@name`, `$nwnd`  a word written with that prefix; a plain pattern also matches prefixed words
 */
export interface PhraseEntry<T> {
  phrase: string;
  data: T;
}

export interface PhraseOptions {
  /** Stem pattern words and text words with this function (English and Dutch have stemmers). */
  stemmer?: ((word: string) => string) | undefined;
  /** Also match a word with a possessive or genitive `s` (`Northwind's`, `Northwinds`). */
  possessive?: boolean;
  /** Words a gap `...` may span. */
  maxGap?: number;
}

export interface PhraseHit<T> {
  start: number;
  end: number;
  /** Token indexes `[first, last)`. */
  first: number;
  last: number;
  /** The words as written in the post. */
  text: string;
  phrase: string;
  data: T;
}

export interface FindOptions {
  /** Keep overlapping hits (default: leftmost-longest, no overlaps). */
  all?: boolean;
  /** Limit to tokens `[from, to)`. */
  from?: number;
  to?: number;
}

export interface PhraseMatcher<T> {
  readonly size: number;
  find(post: Pick<Post, "text" | "tokens">, options?: FindOptions): PhraseHit<T>[];
}

interface TrieNode<T> {
  exact: Map<string, TrieNode<T>>;
  stems: Map<string, TrieNode<T>>;
  prefixes: [string, TrieNode<T>][];
  any?: TrieNode<T>;
  gap?: TrieNode<T>;
  ends: PhraseEntry<T>[];
}

const node = <T>(): TrieNode<T> => ({ exact: new Map(), stems: new Map(), prefixes: [], ends: [] });

/** Splits a pattern into words the way the text tokenizer does. */
export function patternWords(phrase: string): string[] {
  return normalizeWord(phrase)
    .replace(/…/g, " ... ")
    .split(/\s+|(?<=[\p{L}\p{N}])[-‐–](?=[\p{L}\p{N}#*])/u)
    .map((w) => (w === "..." ? w : w.replace(/^[^\p{L}\p{N}#@$*]+|[^\p{L}\p{N}'*]+$/gu, "")))
    .filter(Boolean);
}

export function compilePhrases<T>(entries: Iterable<PhraseEntry<T>>, options: PhraseOptions = {}): PhraseMatcher<T> {
  const root = node<T>();
  const stem = options.stemmer;
  let size = 0;
  for (const entry of entries) {
    const words = patternWords(entry.phrase);
    if (words.length === 0) continue;
    let current = root;
    for (const word of words) current = step(current, word, stem);
    current.ends.push(entry);
    size++;
  }
  const stemCache = new Map<string, string>();
  const stemOf = (word: string): string => {
    let s = stemCache.get(word);
    if (s === undefined && stem) {
      s = stem(word);
      if (stemCache.size > 50_000) stemCache.clear();
      stemCache.set(word, s);
    }
    return s ?? word;
  };
  const maxGap = options.maxGap ?? 8;
  const possessive = options.possessive ?? false;

  const keysOf = (token: Token): string[] => {
    const keys = [token.norm];
    if (token.prefix) keys.push(token.prefix + token.norm);
    const base = token.norm.replace(/'s?$/, "");
    if (base !== token.norm) keys.push(base);
    if (possessive && base.endsWith("s") && base.length > 3) keys.push(base.slice(0, -1));
    return keys;
  };

  const advance = (n: TrieNode<T>, token: Token): TrieNode<T>[] => {
    const next: TrieNode<T>[] = [];
    for (const key of keysOf(token)) {
      const hit = n.exact.get(key);
      if (hit) next.push(hit);
    }
    if (stem && n.stems.size > 0) {
      const hit = n.stems.get(stemOf(token.norm));
      if (hit) next.push(hit);
    }
    for (const [prefix, child] of n.prefixes) if (token.norm.startsWith(prefix)) next.push(child);
    if (n.any) next.push(n.any);
    return next;
  };

  return {
    size,
    find(post, findOptions = {}) {
      const tokens = post.tokens;
      const from = findOptions.from ?? 0;
      const to = Math.min(findOptions.to ?? tokens.length, tokens.length);
      const hits: PhraseHit<T>[] = [];
      for (let i = from; i < to; i++) {
        let best: { last: number; entry: PhraseEntry<T> } | undefined;
        const walk = (n: TrieNode<T>, at: number): void => {
          for (const entry of n.ends) {
            if (!best || at > best.last) best = { last: at, entry };
            if (findOptions.all) pushHit(hits, post.text, tokens, i, at, entry);
          }
          if (at >= to) return;
          const token = tokens[at];
          if (!token) return;
          // Adjacent words of a phrase never straddle a sentence end ("rot. Op" is not "rot op"); a gap may.
          const sameSentence = at === i || tokens[at - 1]?.sentence === token.sentence;
          if (sameSentence) for (const child of advance(n, token)) walk(child, at + 1);
          if (n.gap) {
            for (let skip = 0; skip <= maxGap && at + skip < to; skip++) {
              const landing = tokens[at + skip];
              if (!landing) break;
              for (const child of advance(n.gap, landing)) walk(child, at + skip + 1);
            }
          }
        };
        walk(root, i);
        if (!findOptions.all && best) {
          pushHit(hits, post.text, tokens, i, best.last, best.entry);
          i = best.last - 1;
        }
      }
      return hits;
    },
  };
}

function step<T>(current: TrieNode<T>, word: string, stem: PhraseOptions["stemmer"]): TrieNode<T> {
  if (word === "...") return (current.gap ??= node());
  if (word === "*") return (current.any ??= node());
  if (word.length > 1 && word.endsWith("*")) {
    const prefix = word.slice(0, -1);
    let found = current.prefixes.find(([p]) => p === prefix)?.[1];
    if (!found) {
      found = node();
      current.prefixes.push([prefix, found]);
    }
    return found;
  }
  const map = stem && /^[\p{L}]+$/u.test(word) ? current.stems : current.exact;
  const key = stem && map === current.stems ? stem(word) : word;
  let next = map.get(key);
  if (!next) {
    next = node();
    map.set(key, next);
  }
  return next;
}

function pushHit<T>(hits: PhraseHit<T>[], text: string, tokens: readonly Token[], first: number, last: number, entry: PhraseEntry<T>): void {
  const a = tokens[first];
  const b = tokens[last - 1];
  if (!a || !b) return;
  const start = a.prefix ? a.start - 1 : a.start;
  hits.push({ start, end: b.end, first, last, text: text.slice(start, b.end), phrase: entry.phrase, data: entry.data });
}
