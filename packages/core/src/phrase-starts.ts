import { isSkeleton, maskedMatch } from "./normalize.js";
import type { PhraseOptions, TrieNode } from "./phrases.js";
import type { Token } from "./types.js";

/**
 * Where a search of a phrase matcher may start in a post (phrases.ts): the test that spares most
 * matchers most of their search. Never false where a search from the word would find something.
 */

/**
 * Intensifiers and particles people drop into the middle of a phrase without changing what it
 * says (English, Dutch, Danish). Never a negation: "not", "niet", "ikke" change the meaning.
 */
export const FILLERS: ReadonlySet<string> = new Set([
  "fucking", "fuckin", "effing", "bloody", "freaking", "frickin", "damn", "really", "totally", "absolutely", "literally", "actually", "honestly", "seriously",
  "echt", "gewoon", "heus", "wel", "toch", "nou", "verdomme", "godverdomme",
  "godt", "bare", "fandme", "sgu", "altså", "faktisk", "virkelig", "simpelthen", "helt",
]);

/** Word ids a memo remembers (see phrases.ts, `wordIds`). */
export const WORD_IDS = 1 << 14;

/** A post's words as one matcher sees them. */
export interface PostWords {
  /** Each token's word id, 0 for a masked word or one with letters repeated. */
  ids: Int32Array;
  keys: readonly string[][];
  stems: readonly string[] | undefined;
}

/**
 * Whether a phrase goes on from `node` at a word, by word id: 0 not known yet, 1 yes, 2 no. It
 * depends only on the word and its prefix, so each word costs one read instead of a walk over the
 * node's words, prefixes and suffixes. Grown on demand, up to `WORD_IDS`.
 */
export interface Starts<T> {
  node: TrieNode<T>;
  memo: Uint8Array;
}

/** What the start test needs of a compiled matcher. */
export interface StartTest<T> {
  stem: PhraseOptions["stemmer"];
  vowels: boolean;
  /** The root's first words (its `*` child left to `afterAny`). */
  starts: Starts<T>;
  /** For phrases that start with `*` (any word): the words their second word may be. */
  afterAny: Starts<T> | undefined;
}

const NO_MEMO = new Uint8Array(0);

export const startsOf = <T>(node: TrieNode<T>): Starts<T> => ({ node, memo: NO_MEMO });

/** Forgets what the memos know (the word ids were started afresh). */
export function resetStarts<T>(test: StartTest<T>): void {
  test.starts.memo = NO_MEMO;
  if (test.afterAny) test.afterAny.memo = NO_MEMO;
}

/**
 * Whether a phrase of the matcher may start at token `i`: the memo for plain words, the word's
 * disguises for a masked word or one with letters repeated, and a word without vowels for a list
 * of swear words. A phrase that starts with `*` ("* of us sacked", "* banen weg") may start
 * only where its second word may follow: tried at every word, such phrases were a quarter of the
 * pack's trie walks.
 */
export function mayStartAt<T>(test: StartTest<T>, words: PostWords, tokens: readonly Token[], i: number): boolean {
  const token = tokens[i] as Token;
  if (goesOn(test, test.starts, words, token, i)) return true;
  const afterAny = test.afterAny;
  if (afterAny === undefined) return false;
  const next = tokens[i + 1];
  if (next === undefined) return afterAny.node.ends.length > 0;
  // A filler after the first word may be skipped (see `PhraseSearch.walk`); `* *` goes on anywhere.
  return afterAny.node.any !== undefined || FILLERS.has(next.norm) || goesOn(test, afterAny, words, next, i + 1);
}

function goesOn<T>(test: StartTest<T>, starts: Starts<T>, words: PostWords, token: Token, i: number): boolean {
  const id = words.ids[i] as number;
  let known: number;
  if (id === 0) {
    const node = starts.node;
    known = startsHere(node, words.keys[i] as string[], words.stems?.[i], token) || disguisedStartsHere(node, token, test.stem) ? 1 : 2;
  } else {
    if (id >= starts.memo.length) growMemo(starts, id);
    known = starts.memo[id] ?? 0;
    if (known === 0) {
      known = startsHere(starts.node, words.keys[i] as string[], words.stems?.[i], token) ? 1 : 2;
      if (id < starts.memo.length) starts.memo[id] = known;
    }
  }
  // Whether a word has vowels left out depends on how it is written (`FCK` is an abbreviation), not only on its id.
  return known === 1 || (test.vowels && isSkeleton(token.norm) && !isAcronym(token.text));
}

/** Makes room in the memo for word ids up to `id` (ids past `WORD_IDS` are not remembered). */
function growMemo<T>(starts: Starts<T>, id: number): void {
  if (id >= WORD_IDS) return;
  let length = Math.max(starts.memo.length, 256);
  while (length <= id) length *= 2;
  const memo = new Uint8Array(Math.min(length, WORD_IDS));
  memo.set(starts.memo);
  starts.memo = memo;
}

/**
 * Whether a phrase may start at a masked word or one with letters repeated, beyond what
 * `startsHere` finds for the word as written: a form of the word is a first word, or the masked
 * word fits a first word or prefix letter for letter. Checked per word: `Q3` or `**bold` in a
 * post (masked, read as leetspeak) would otherwise send every matcher through a full search.
 */
function disguisedStartsHere<T>(node: TrieNode<T>, token: Token, stem: PhraseOptions["stemmer"]): boolean {
  for (const form of token.forms ?? []) if (node.exact.has(form) || (stem && node.stems.size > 0 && node.stems.has(stem(form)))) return true;
  if (!token.masked) return false;
  for (const [word] of ofLength(node, token.norm.length)) if (maskedMatch(token.norm, word)) return true;
  for (const [prefix] of node.prefixes) if (maskedMatch(token.norm.slice(0, prefix.length), prefix)) return true;
  return false;
}

/**
 * Cheap test whether a phrase can go on from `node` at a plain word, so most words cost a few map
 * lookups. A `*` child is not looked at: the root leaves it to `afterAny`, which tests it itself.
 */
function startsHere<T>(node: TrieNode<T>, keys: string[], stemmed: string | undefined, token: Token): boolean {
  if (node.gap || node.ends.length) return true;
  const norm = token.norm;
  for (const key of keys) if (node.exact.has(key)) return true;
  if (stemmed !== undefined && node.stems.has(stemmed)) return true;
  if (node.prefixes.length > 0) {
    const bucket = node.prefixIndex.get(norm[0] ?? "");
    if (bucket) for (const [prefix] of bucket) if (norm.startsWith(prefix)) return true;
  }
  if (node.suffixes.size > 0) {
    const bucket = node.suffixes.get(norm[norm.length - 1] ?? "");
    if (bucket) for (const [suffix] of bucket) if (norm.endsWith(suffix)) return true;
  }
  return false;
}

/** A node's pattern words of one length, indexed on first use (for masked and vowel-less words). */
export function ofLength<T>(n: TrieNode<T>, length: number): [string, TrieNode<T>][] {
  if (!n.byLength) {
    n.byLength = new Map();
    for (const entry of n.words) {
      const list = n.byLength.get(entry[0].length);
      if (list) list.push(entry);
      else n.byLength.set(entry[0].length, [entry]);
    }
  }
  return n.byLength.get(length) ?? [];
}

/** All capitals (`FCK`, `HR`): an abbreviation, never a word with a vowel left out. */
export const isAcronym = (text: string): boolean => text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
