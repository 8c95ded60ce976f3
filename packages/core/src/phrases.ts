import { isSkeleton, maskedMatch, vowelDropped, withoutStress } from "./normalize.js";
import { normalizeWord } from "./parse.js";
import { isStemmed, lazyRoot, type RootSource } from "./lazy-root.js";
import { FILLERS, isAcronym, mayStartAt, ofLength, resetStarts, startsOf, WORD_IDS, type PostWords, type StartTest } from "./phrase-starts.js";
import type { Post, Token } from "./types.js";

/**
 * Phrase matching on words, not substrings.
 *
 * Pattern syntax (one phrase per string, case-insensitive):
 * - `internal only`   words in sequence; hyphens split words as in the text (`e-mail` = `e mail`)
 * - `lortejob*`       a word starting with `lortejob` (Danish and Dutch compounds: a modifier)
 * - `*firma`          a word ending with `firma` (a compound's head: `pissefirma`, `klotebaas`)
 * - `*`               exactly one word of any kind
 * - `...`             a gap of 0–8 words (`binnenkort ... niet zeggen`)
 * - `#ad`, `@name`, `$nwnd`  a word written with that prefix; a plain pattern also matches prefixed words
 *
 * Disguised words (normalize.ts) match too: `f*ck`, `sh1t` and `f***` match the lexicon words of
 * the same length their visible letters fit; `fuuuck` matches `fuck` when it is not listed as is;
 * `#ProjectHydra` matches `project hydra`, and a lower-case hashtag starts with a listed word of
 * four or more letters (`#fuckmondays`).
 */
export interface PhraseEntry<T> {
  phrase: string;
  data: T;
}

export interface PhraseOptions {
  /** Stem pattern words and text words with this function (core's stemmers: English, Dutch, Danish). */
  stemmer?: (((word: string) => string) & { minLength?: number }) | undefined;
  /** Also match a word with a possessive or genitive `s` (`Northwind's`, `Northwinds`). */
  possessive?: boolean;
  /** Words a gap `...` may span. */
  maxGap?: number;
  /**
   * Phrases are literal text from a config, not patterns: `*` and `...` are punctuation, so a
   * confidential term `*` cannot mean "every word".
   */
  literal?: boolean;
  /** Also match a word written without one of its vowels (`fck`, `sht`); for lists of swear words. */
  vowelDropped?: boolean;
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

export interface TrieNode<T> {
  exact: Map<string, TrieNode<T>>;
  stems: Map<string, TrieNode<T>>;
  prefixes: [string, TrieNode<T>][];
  /** `prefixes` bucketed by their first character, so a word only tries the prefixes it could match. */
  prefixIndex: Map<string, [string, TrieNode<T>][]>;
  /** `*head` patterns (words ending with the head), bucketed by their last character. */
  suffixes: Map<string, [string, TrieNode<T>][]>;
  /** Pattern words of `exact` and `stems`, for masked words (`f*ck`) compared letter by letter. */
  words: Map<string, TrieNode<T>>;
  byLength?: Map<number, [string, TrieNode<T>][]>;
  any?: TrieNode<T>;
  gap?: TrieNode<T>;
  ends: PhraseEntry<T>[];
  /**
   * Phrases that go on below this node, not yet added to it (see `grow`). A pack's lexicons hold
   * tens of thousands of phrases of five words on average, and a run visits few of their subtrees.
   */
  pending: Pending<T> | undefined;
}

/**
 * The phrases waiting in a node, of which the words from `at` (the node's depth: every phrase
 * waiting in a node has come as far) are still to be added below it. A phrase's next word is
 * found when the node grows (see `wordAt`), not kept here: a run reads the words of the few
 * phrases whose first word its posts hold, not of the tens of thousands it compiles.
 */
interface Pending<T> {
  at: number;
  /** Whether the phrases are literal text (`PhraseOptions.literal`), which splits them differently. */
  literal: boolean;
  entries: PhraseEntry<T>[];
}

/**
 * Most trie nodes are leaves or have one kind of child: they share these empty containers, and
 * `step` gives a node its own on the first write (compiling the pack's lexicons allocated six
 * containers per node before). Never written to.
 */
const NONE: Map<string, never> = new Map<string, never>();
const NO_PREFIXES: [string, never][] = [];
const NO_ENDS: PhraseEntry<never>[] = [];

const node = <T>(): TrieNode<T> => ({ exact: NONE, stems: NONE, prefixes: NO_PREFIXES, prefixIndex: NONE, suffixes: NONE, words: NONE, ends: NO_ENDS, pending: undefined });

/**
 * Words of letters and digits (an apostrophe inside: `don't`) separated by single spaces, once
 * lower-cased, which most lexicon phrases are; a word may hold the pattern's `*` (`lorte*`,
 * `*baas`, `* of us`) or be a gap `...`, which the general split keeps as they are too. The
 * general split below leaves such phrases as they are (nothing to normalise, strip or split on but
 * the spaces; the letters are precomposed, so NFC keeps them), and skipping its Unicode regular
 * expressions halves the cost of compiling the lexicons.
 */
const PLAIN_WORDS = /^(?:\.{3}|[a-z0-9æøåäëïöüéèêáàóòúçí*]+(?:'[a-z0-9æøåäëïöüéèêáàóòúçí*]+)*)(?: (?:\.{3}|[a-z0-9æøåäëïöüéèêáàóòúçí*]+(?:'[a-z0-9æøåäëïöüéèêáàóòúçí*]+)*))*$/;

/** Splits a pattern into words the way the text tokenizer does. */
export function patternWords(phrase: string): string[] {
  const lower = phrase.toLowerCase();
  if (PLAIN_WORDS.test(lower)) return lower.split(" ");
  return normalizeWord(phrase)
    .replace(/…/g, " ... ")
    .split(/\s+|(?<=[\p{L}\p{N}])[-‐–](?=[\p{L}\p{N}#*])/u)
    .map((w) => (w === "..." ? w : w.replace(/^[^\p{L}\p{N}#@$*]+|(?<![^\p{L}\p{N}'*])[^\p{L}\p{N}'*]+$/gu, "")))
    .filter(Boolean);
}

/** A question mark right after a hit (spaces, closing quotes and a second mark allowed). */
const QUESTION_AFTER = /^[\s"'”’)]*[?？]/u;

/** The words of literal text: pattern syntax taken as punctuation, as the text tokenizer does. */
function literalWords(phrase: string): string[] {
  return patternWords(phrase.replace(/\*|\.{3}|…/g, " "));
}

type Trie<T> = { root: TrieNode<T>; size: number; compiled: Compiled<T> };

/**
 * A matcher of `entries`. Its trie is built on the first search (or the first read of `size`),
 * not here: rules compile every matcher of a language when its first post arrives, and a post
 * reaches only some of them (a one-file run of the pack left a quarter to a third of the phrases
 * in matchers it never searched). The entries are copied now, so the matcher is the same as if
 * built at once. From a `RootSource`, the root adds a first word's phrases only when a post's
 * word looks it up: a one-file run compiled 52,000 phrases into its roots and looked up a few
 * hundred words.
 */
export function compilePhrases<T>(entries: Iterable<PhraseEntry<T>> | RootSource<T>, options: PhraseOptions = {}): PhraseMatcher<T> {
  const source = isSource(entries) && !options.literal && !options.vowelDropped ? entries : undefined;
  const list = source ? undefined : isSource(entries) ? entries.all() : [...entries];
  const opts = { ...options };
  // A pattern ending in `?` ("seriously?") is a question: the tokenizer drops the mark, so the
  // hit is kept only where the text asks it (the adverb in "seriously thinking about" is no sigh).
  const asks = source ? source.asks : !opts.literal && (list as PhraseEntry<T>[]).some((entry) => entry.phrase.endsWith("?"));
  let built: Trie<T> | undefined;
  let lazy: Trie<T> | undefined;
  const trie = (): Trie<T> => {
    if (built) return built;
    const { root, size } = buildTrie(list ?? (source as RootSource<T>).all(), opts);
    return (built = { root, size, compiled: compile(root, opts) });
  };
  const trieFor = (): Trie<T> => {
    if (source === undefined) return trie();
    if (lazy) return lazy;
    const root = lazyRoot(source, opts.stemmer, node, place);
    const patterns = source.patterns();
    if (patterns.length > 0) {
      root.pending = { at: 0, literal: false, entries: patterns };
      grow(root, opts.stemmer);
    }
    return (lazy = { root, size: source.size, compiled: compile(root, opts) });
  };
  const matcher: PhraseMatcher<T> = {
    get size() {
      return source ? source.size : trie().size;
    },
    find(post, findOptions = {}) {
      const tokens = post.tokens;
      const { root, compiled } = trieFor();
      const from = findOptions.from ?? 0;
      const to = Math.min(findOptions.to ?? tokens.length, tokens.length);
      const all = findOptions.all ?? false;
      const words = postWords(tokens, compiled);
      // Most matchers match nothing in most posts: the first word a phrase may start at, found
      // with one memo read per word, spares them the search.
      let first = from;
      while (first < to && !mayStartAt(compiled, words, tokens, first)) first++;
      const hits = first < to ? new PhraseSearch(compiled, post, words, to, all).run(first) : [];
      const found = hashtagHits(matcher, root, post, from, to, hits, all);
      return asks ? found.filter((hit) => !hit.phrase.endsWith("?") || QUESTION_AFTER.test(post.text.slice(hit.end, hit.end + 8))) : found;
    },
  };
  return matcher;
}

const isSource = <T>(entries: Iterable<PhraseEntry<T>> | RootSource<T>): entries is RootSource<T> => typeof (entries as Partial<RootSource<T>>).startingWith === "function";

/**
 * The words of the phrases that are not plain (see `wordAt`), by phrase, shared by every matcher:
 * the pack compiles the same phrase into several matchers. The arrays are only read (a phrase's
 * progress is its node's `Pending.at`), so matchers may share them. Started afresh past
 * `MEMO_SIZE` phrases, so a server compiling many configs stays bounded.
 */
const patternMemo = new Map<string, readonly string[]>();
const literalMemo = new Map<string, readonly string[]>();
const MEMO_SIZE = 1 << 18;

function wordsOf(phrase: string, literal: boolean): readonly string[] {
  const memo = literal ? literalMemo : patternMemo;
  let words = memo.get(phrase);
  if (words === undefined) {
    if (memo.size > MEMO_SIZE) memo.clear();
    memo.set(phrase, (words = literal ? literalWords(phrase) : patternWords(phrase)));
  }
  return words;
}

/** A word of a phrase, and whether more follow it. */
export interface NextWord {
  word: string;
  more: boolean;
}

/**
 * A phrase's word at `at` (`wordsOf(phrase)[at]`) and whether more follow; `undefined` past its
 * last word. A node needs no more of the phrases waiting in it, and most phrases never get past
 * the root: splitting all of them, a one-file run kept 23,000 arrays of words alive, which the
 * scavenger copied and promoted while the tries were built (a third of their build time went to
 * GC). Plain phrases, most of them, are not split or memoized at all: finding one word costs about
 * what a memo's lookup did, and a memo of first words held 2.4 MB more for the scavenger to copy.
 */
function wordAt(phrase: string, literal: boolean, at: number): NextWord | undefined {
  if (!literal) {
    const lower = phrase.toLowerCase();
    if (PLAIN_WORDS.test(lower)) {
      let start = 0;
      for (let i = 0; i < at; i++) {
        const space = lower.indexOf(" ", start);
        if (space < 0) return undefined;
        start = space + 1;
      }
      const end = lower.indexOf(" ", start);
      return end < 0 ? { word: start === 0 ? lower : lower.slice(start), more: false } : { word: lower.slice(start, end), more: true };
    }
  }
  const words = wordsOf(phrase, literal);
  return at < words.length ? { word: words[at] as string, more: at + 1 < words.length } : undefined;
}

/** A pattern's first word as the trie reads it, and whether more follow (see `wordAt`); `undefined` for a phrase of no words. */
export const firstWordOf = (phrase: string): NextWord | undefined => wordAt(phrase, false, 0);

/** A pattern's second word (see `firstWordOf`). */
export const secondWordOf = (phrase: string): NextWord | undefined => wordAt(phrase, false, 1);

/**
 * The trie of every entry's words, and how many entries it holds. Only the first words are added
 * now; the rest of each phrase waits in its first word's node until a search reaches it (`grow`).
 */
function buildTrie<T>(entries: PhraseEntry<T>[], options: PhraseOptions): { root: TrieNode<T>; size: number } {
  const root = node<T>();
  root.pending = { at: 0, literal: options.literal ?? false, entries };
  const size = grow(root, options.stemmer);
  return { root, size };
}

/** Phrases waiting in a node from which `grow` remembers each next word's child. */
const STEP_MEMO = 16;

/**
 * Adds the next word of each phrase waiting in `n` as its child, and leaves the rest waiting
 * there. Phrases are taken in entry order, so every node ends up with the children, ends and
 * order it would have had were the whole trie built at once: matches are the same. Returns how
 * many phrases went on (the phrases of no words are left out).
 */
function grow<T>(n: TrieNode<T>, stem: PhraseOptions["stemmer"]): number {
  const pending = n.pending;
  if (pending === undefined) return 0;
  n.pending = undefined;
  // Many phrases of a node share their next word (a root of thousands has a few hundred first
  // words), and `step` gives one word the same child every time, so each word is stepped once.
  // Small nodes, most of them, skip the map.
  const { at, literal, entries } = pending;
  const children = entries.length >= STEP_MEMO ? new Map<string, TrieNode<T>>() : undefined;
  let grown = 0;
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i] as PhraseEntry<T>;
    const next = wordAt(entry.phrase, literal, at);
    // Only a phrase of no words has none (at the root): it is left out.
    if (next === undefined) continue;
    const { word, more } = next;
    grown++;
    let child = children?.get(word);
    if (child === undefined) {
      child = step(n, word, stem);
      children?.set(word, child);
    }
    place(child, entry, more, at + 1, literal);
  }
  return grown;
}

/** Puts a phrase in the node of its word at `at - 1`: it ends there, or waits there for its word at `at`. */
function place<T>(child: TrieNode<T>, entry: PhraseEntry<T>, more: boolean, at: number, literal: boolean): void {
  if (!more) {
    if (child.ends === NO_ENDS) child.ends = [];
    child.ends.push(entry);
  } else {
    // A phrase waits in one node at a time: moved on, not copied.
    (child.pending ??= { at, literal, entries: [] }).entries.push(entry);
  }
}

/** What a search needs besides the post: the trie, the options, and where phrases may start. */
interface Compiled<T> extends StartTest<T> {
  root: TrieNode<T>;
  maxGap: number;
  possessive: boolean;
  minStemLength: number;
  /** The `wordGeneration` the start memos' ids belong to. */
  generation: number;
}

function compile<T>(root: TrieNode<T>, options: PhraseOptions): Compiled<T> {
  const stem = options.stemmer;
  const vowels = options.vowelDropped ?? false;
  // The start test looks at the second words of phrases that start with `*`: added now, as a
  // search would add them (`grow`), so the trie is the same.
  if (root.any?.pending !== undefined) grow(root.any, stem);
  const afterAny = root.any ? startsOf(root.any) : undefined;
  return { root, stem, maxGap: options.maxGap ?? 8, possessive: options.possessive ?? false, minStemLength: stem?.minLength ?? 0, vowels, starts: startsOf(root), afterAny, generation: -1 };
}

/** One `find` over one post: walks the trie from every token that may start a phrase. */
class PhraseSearch<T> {
  private readonly tokens: readonly Token[];
  private readonly keys: readonly string[][];
  private readonly stems: readonly string[] | undefined;
  private readonly hits: PhraseHit<T>[] = [];
  private first = 0;
  private bestLast = -1;
  private bestEntry: PhraseEntry<T> | undefined;

  constructor(
    private readonly c: Compiled<T>,
    private readonly post: Pick<Post, "text" | "tokens">,
    private readonly words: PostWords,
    private readonly to: number,
    private readonly all: boolean,
  ) {
    this.tokens = post.tokens;
    this.keys = words.keys;
    this.stems = words.stems;
  }

  run(from: number): PhraseHit<T>[] {
    const { tokens, c, words } = this;
    for (let i = from; i < this.to; i++) {
      if (!mayStartAt(c, words, tokens, i)) continue;
      this.first = i;
      this.bestLast = -1;
      this.bestEntry = undefined;
      this.walk(c.root, i);
      if (!this.all && this.bestEntry) {
        pushHit(this.hits, this.post.text, tokens, i, this.bestLast, this.bestEntry);
        i = this.bestLast - 1;
      }
    }
    return this.hits;
  }

  /** Records the entries ending before token `at`, then follows every way the phrase may go on. */
  private walk(n: TrieNode<T>, at: number): void {
    if (n.pending !== undefined) grow(n, this.c.stem);
    for (const entry of n.ends) {
      if (at > this.bestLast) {
        this.bestLast = at;
        this.bestEntry = entry;
      }
      if (this.all) pushHit(this.hits, this.post.text, this.tokens, this.first, at, entry);
    }
    if (at >= this.to) return;
    const token = this.tokens[at];
    if (!token) return;
    // Adjacent words of a phrase never straddle a sentence end ("rot. Op" is not "rot op"); a gap may.
    if (at === this.first || this.tokens[at - 1]?.sentence === token.sentence) this.advance(n, at);
    if (n.gap) {
      const gap = n.gap;
      for (let skip = 0; skip <= this.c.maxGap && at + skip < this.to; skip++) this.advance(gap, at + skip);
    }
    // Inside a phrase, one or two intensifiers may be dropped in: "a fucking joke" is "a joke",
    // "jeg ved godt, hvor chefen bor" is "ved hvor chefen bor", "ik weet heus wel waar".
    if (at > this.first && n !== this.c.root && FILLERS.has(token.norm) && !n.exact.has(token.norm)) {
      for (let skip = 1; skip <= 2 && at + skip < this.to; skip++) {
        const next = this.tokens[at + skip] as Token;
        if (next.sentence !== token.sentence) break;
        this.advance(n, at + skip);
        if (!FILLERS.has(next.norm)) break;
      }
    }
  }

  /** Calls `walk` for every child of `n` that token `at` leads to. */
  private advance(n: TrieNode<T>, at: number): void {
    // A gap's node is advanced from without being walked first.
    if (n.pending !== undefined) grow(n, this.c.stem);
    const token = this.tokens[at] as Token;
    let found = false;
    // The word as written (its keys), then as stemmed.
    for (const key of this.keys[at] as string[]) {
      const hit = n.exact.get(key);
      if (hit) {
        found = true;
        this.walk(hit, at + 1);
      }
    }
    // A short word is matched as written, as short pattern words are: Danish "helt" (quite) is
    // not "helte" (heroes), though both stem to "helt".
    const stems = this.stems;
    if (stems && n.stems.size > 0 && token.norm.length >= this.c.minStemLength) {
      const hit = n.stems.get(stems[at] as string);
      if (hit) {
        found = true;
        this.walk(hit, at + 1);
      }
      // "me skull": the spoken possessive against a stemmed "my".
      const standard = SPOKEN_POSSESSIVES.get(token.norm);
      if (standard && this.c.stem) {
        for (const word of standard) {
          const other = n.stems.get(this.c.stem(word));
          if (other) this.walk(other, at + 1);
        }
      }
    }
    // Letters repeated for emphasis, only when the word is not listed as written.
    if (!found && token.forms) this.advanceForms(n, at, token.forms);
    // Disguised words and compound patterns are rare: their calls are skipped when they cannot match.
    if ((n.words.size > 0 || n.byLength !== undefined) && (token.masked || this.c.vowels)) this.advanceDisguised(n, at, token);
    if (n.prefixes.length > 0 || n.suffixes.size > 0) this.advanceParts(n, at, token);
    if (n.any) this.walk(n.any, at + 1);
  }

  private advanceForms(n: TrieNode<T>, at: number, forms: readonly string[]): void {
    const stem = this.c.stem;
    for (const form of forms) {
      const hit = n.exact.get(form) ?? (stem && n.stems.size > 0 ? n.stems.get(stem(form)) : undefined);
      if (hit) this.walk(hit, at + 1);
    }
  }

  /** A masked word (`f*ck`) letter by letter, or a word without vowels (`fck`) when asked. */
  private advanceDisguised(n: TrieNode<T>, at: number, token: Token): void {
    if (token.masked) {
      for (const [word, child] of ofLength(n, token.norm.length)) if (maskedMatch(token.norm, word)) this.walk(child, at + 1);
    } else if (this.c.vowels && isSkeleton(token.norm) && !isAcronym(token.text)) {
      for (const [word, child] of ofLength(n, token.norm.length + 1)) if (vowelDropped(token.norm, word)) this.walk(child, at + 1);
    }
  }

  /** Compound patterns: `lorte*` (a word that starts with it) and `*baas` (one that ends with it). */
  private advanceParts(n: TrieNode<T>, at: number, token: Token): void {
    if (n.prefixes.length > 0) {
      const bucket = n.prefixIndex.get(token.norm[0] ?? "");
      if (bucket) for (const [prefix, child] of bucket) if (token.norm.startsWith(prefix)) this.walk(child, at + 1);
      // `k*tzooi` starts with `kut`: a masked word against the listed prefixes.
      if (token.masked) for (const [prefix, child] of n.prefixes) if (!token.norm.startsWith(prefix) && maskedMatch(token.norm.slice(0, prefix.length), prefix)) this.walk(child, at + 1);
    }
    if (n.suffixes.size > 0) {
      const bucket = n.suffixes.get(token.norm[token.norm.length - 1] ?? "");
      if (bucket) for (const [suffix, child] of bucket) if (token.norm.endsWith(suffix)) this.walk(child, at + 1);
    }
  }
}

/** Shortest listed word a lower-case hashtag may start with, and the shortest rest after it. */
const HASHTAG_HEAD = 4;
const HASHTAG_REST = 4;
/** Endings that make one longer word rather than a second word (`#dopeness`). */
const SUFFIX_ONLY = new Set(["ness", "less", "ship", "ment", "able", "ings", "iest", "ists", "isms", "ally"]);
const VOWEL = /[aeiouyæøåéè]/;

/**
 * Whether a lower-case hashtag reads as `head` followed by another word: the rest is four or more
 * letters and not just an ending, and a head ending in a consonant is not followed by a vowel
 * (`#fuckmondays`, `#lortejob`; not `#tangerine` or `#organic`).
 */
function compoundAt(tag: string, length: number): boolean {
  const rest = tag.slice(length);
  if (rest.length < HASHTAG_REST || SUFFIX_ONLY.has(rest) || !/^\p{L}+$/u.test(rest)) return false;
  return VOWEL.test(tag[length - 1] as string) || !VOWEL.test(rest[0] as string);
}

/**
 * Words inside hashtags that no phrase matched as a whole: a camel-case hashtag's parts
 * (`#ProjectHydra` → project hydra) and, for a lower-case one, the longest listed word of four or
 * more letters it starts with (`#fuckmondays` → fuck). A hit that starts at the hashtag includes
 * its `#`.
 */
function hashtagHits<T>(matcher: PhraseMatcher<T>, root: TrieNode<T>, post: Pick<Post, "text" | "tokens">, from: number, to: number, hits: PhraseHit<T>[], all: boolean): PhraseHit<T>[] {
  const tokens = post.tokens;
  const tags = hashtagsOf(tokens);
  if (tags.length === 0) return hits;
  let extra: PhraseHit<T>[] | undefined;
  let h = 0;
  for (const i of tags) {
    if (i < from || i >= to) continue;
    const token = tokens[i] as Token;
    while (h < hits.length && (hits[h] as PhraseHit<T>).last <= i) h++;
    if (!all && h < hits.length && (hits[h] as PhraseHit<T>).first <= i) continue;
    const found: PhraseHit<T>[] = [];
    if (token.parts) {
      for (const hit of matcher.find({ text: post.text, tokens: token.parts }, { all })) {
        const start = hit.first === 0 ? token.start - 1 : hit.start;
        found.push({ ...hit, start, first: i, last: i + 1, text: post.text.slice(start, hit.end) });
      }
    } else {
      for (let length = token.norm.length - HASHTAG_REST; length >= HASHTAG_HEAD; length--) {
        const entry = root.exact.get(token.norm.slice(0, length))?.ends[0];
        if (!entry || !compoundAt(token.norm, length)) continue;
        const end = token.start + length;
        found.push({ start: token.start - 1, end, first: i, last: i + 1, text: post.text.slice(token.start - 1, end), phrase: entry.phrase, data: entry.data });
        break;
      }
    }
    if (found.length > 0) (extra ??= []).push(...(all ? found : found.slice(0, 1)));
  }
  if (!extra) return hits;
  return [...hits, ...extra].sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * One post's words as every matcher looks them up, built once per post and shared by all the
 * matchers (a pack runs some forty `find`s a post).
 */
interface PostIndex {
  /** Each token's word id (see `wordIds`), 0 for a masked word or one with letters repeated. */
  ids: Int32Array | undefined;
  /** The `wordGeneration` of `ids`. */
  generation: number;
  /** Each token's lookup keys, without and with `possessive` (see `tokenKeys`). */
  keys: [string[][] | undefined, string[][] | undefined];
  /** Each token's stem, by stemmer (core's stemmers memoize across posts). */
  stems: Map<(word: string) => string, string[]>;
  /** Indexes of hashtags long enough to hold words. */
  hashtags: number[] | undefined;
}

/**
 * Ids of the words of the posts seen so far, by norm (and prefix): a matcher remembers by id
 * whether a phrase may start at a word. Started afresh, with a new generation, once it holds
 * more than `WORD_IDS` words, so a long-running server's table stays bounded.
 */
const wordIds = new Map<string, number>();
let wordGeneration = 0;

const postIndexes = new WeakMap<readonly Token[], PostIndex>();
/** The post of the last `find` (all the matchers run on one post before the next). */
let lastTokens: readonly Token[] | undefined;
let lastIndex: PostIndex | undefined;

function postIndex(tokens: readonly Token[]): PostIndex {
  if (tokens === lastTokens && lastIndex) return lastIndex;
  let index = postIndexes.get(tokens);
  if (!index) postIndexes.set(tokens, (index = { ids: undefined, generation: -1, keys: [undefined, undefined], stems: new Map(), hashtags: undefined }));
  lastTokens = tokens;
  lastIndex = index;
  return index;
}

/** The post's words for one matcher, and the matcher's memo made current. */
function postWords<T>(tokens: readonly Token[], c: Compiled<T>): PostWords {
  const index = postIndex(tokens);
  if (index.ids === undefined || index.generation !== wordGeneration) index.ids = wordIdsOf(tokens, index);
  if (c.generation !== wordGeneration) {
    resetStarts(c);
    c.generation = wordGeneration;
  }
  const keys = tokenKeys(index, tokens, c.possessive);
  let stems: string[] | undefined;
  if (c.stem) {
    stems = index.stems.get(c.stem);
    if (!stems) index.stems.set(c.stem, (stems = tokens.map((t) => (c.stem as (word: string) => string)(t.norm))));
  }
  return { ids: index.ids, keys, stems };
}

function wordIdsOf(tokens: readonly Token[], index: PostIndex): Int32Array {
  if (wordIds.size > WORD_IDS) {
    wordIds.clear();
    wordGeneration++;
  }
  index.generation = wordGeneration;
  const ids = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    if (t.masked === true || t.forms !== undefined) continue;
    const key = t.prefix ? `${t.prefix}\u0000${t.norm}` : t.norm;
    let id = wordIds.get(key);
    if (id === undefined) wordIds.set(key, (id = wordIds.size + 1));
    ids[i] = id;
  }
  return ids;
}

/** Indexes of a post's hashtags long enough to hold words, found once per post. */
function hashtagsOf(tokens: readonly Token[]): number[] {
  const index = postIndex(tokens);
  if (!index.hashtags) {
    index.hashtags = [];
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.prefix === "#" && t.norm.length >= HASHTAG_HEAD + HASHTAG_REST) index.hashtags.push(i);
    }
  }
  return index.hashtags;
}

/**
 * The lookup keys of each token (as written, with its `#`/`@`/`$` prefix, without a possessive
 * `'s`, and for names without a genitive `s`). The lists with `possessive` share every list
 * without it that gains no key.
 */
/**
 * Possessives as people say them: "bored out of me skull", "ma job" (Northern English, Scots,
 * Irish), *me moeder*, *m'n baas* (spoken Dutch). The standard word is a key too, so a lexicon
 * lists "my job" and "mijn baas" once.
 */
const SPOKEN_POSSESSIVES = new Map<string, string[]>([
  ["me", ["my", "mijn"]],
  ["ma", ["my"]],
  ["mah", ["my"]],
  ["m'n", ["mijn"]],
  ["mn", ["mijn"]],
]);

/** A word without a possessive `'s` or a closing `'` (as `/'s?$/` would strip, without the regex). */
const withoutApostrophe = (norm: string): string => (norm.endsWith("'") ? norm.slice(0, -1) : norm.endsWith("'s") ? norm.slice(0, -2) : norm);

function tokenKeys(index: PostIndex, tokens: readonly Token[], possessive: boolean): string[][] {
  const plain = (index.keys[0] ??= tokens.map((token) => {
    const norm = token.norm;
    const list = [norm];
    if (token.prefix) list.push(token.prefix + norm);
    const base = withoutApostrophe(norm);
    if (base !== norm) list.push(base);
    // Dutch stresses a word with an acute accent ("níet namens", "wél gezegd"): the plain word too.
    const unstressed = withoutStress(norm);
    if (unstressed !== norm) list.push(unstressed);
    const standard = SPOKEN_POSSESSIVES.get(norm);
    if (standard) list.push(...standard);
    return list;
  }));
  if (!possessive) return plain;
  return (index.keys[1] ??= plain.map((list) => {
    const base = withoutApostrophe(list[0] as string);
    return base.endsWith("s") && base.length > 3 ? [...list, base.slice(0, -1)] : list;
  }));
}

function step<T>(current: TrieNode<T>, word: string, stem: PhraseOptions["stemmer"]): TrieNode<T> {
  if (word === "...") return (current.gap ??= node());
  if (word === "*") return (current.any ??= node());
  if (word.length > 1 && word.startsWith("*") && !word.endsWith("*")) {
    const suffix = word.slice(1);
    const last = suffix[suffix.length - 1] ?? "";
    if (current.suffixes === NONE) current.suffixes = new Map();
    let bucket = current.suffixes.get(last);
    if (!bucket) current.suffixes.set(last, (bucket = []));
    let found = bucket.find(([s]) => s === suffix)?.[1];
    if (!found) bucket.push([suffix, (found = node())]);
    return found;
  }
  if (word.length > 1 && word.endsWith("*")) {
    const prefix = word.slice(0, -1);
    let found = current.prefixes.find(([p]) => p === prefix)?.[1];
    if (!found) {
      found = node();
      if (current.prefixes === NO_PREFIXES) {
        current.prefixes = [];
        current.prefixIndex = new Map();
      }
      current.prefixes.push([prefix, found]);
      const first = prefix[0] ?? "";
      const bucket = current.prefixIndex.get(first);
      if (bucket) bucket.push([prefix, found]);
      else current.prefixIndex.set(first, [[prefix, found]]);
    }
    return found;
  }
  const letters = /^\p{L}+$/u.test(word);
  const stemmed = isStemmed(word, letters, stem);
  if (stemmed ? current.stems === NONE : current.exact === NONE) {
    if (stemmed) current.stems = new Map();
    else current.exact = new Map();
  }
  const map = stemmed ? current.stems : current.exact;
  const key = stemmed && stem !== undefined ? stem(word) : word;
  let next = map.get(key);
  if (!next) {
    next = node();
    map.set(key, next);
  }
  if (letters) {
    if (current.words === NONE) current.words = new Map();
    current.words.set(word, next);
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
