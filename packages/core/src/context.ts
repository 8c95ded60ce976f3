import { withoutStress } from "./normalize.js";
import type { Language, Post, Token } from "./types.js";

const NEGATORS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["not", "no", "never", "don't", "doesn't", "didn't", "isn't", "aren't", "wasn't", "won't", "can't", "cannot", "nobody", "nothing", "without", "hardly"]),
  nl: new Set(["niet", "geen", "nooit", "niemand", "niets", "niks", "zonder", "nergens"]),
  da: new Set(["ikke", "ingen", "aldrig", "intet", "ingenting", "uden", "hverken", "ej"]),
};

/** A negation within `window` words before token `first`, in the same sentence ("not confidential"). */
export function isNegated(post: Pick<Post, "tokens" | "language">, first: number, window = 3): boolean {
  const tokens = post.tokens;
  const sentence = tokens[first]?.sentence;
  const negators = NEGATORS[post.language];
  for (let i = first - 1; i >= 0 && i >= first - window; i--) {
    const t = tokens[i] as Token;
    if (t.sentence !== sentence) break;
    if (negators.has(t.norm) || negators.has(withoutStress(t.norm))) return true;
  }
  return false;
}

const QUOTE_PAIRS: [string, string][] = [["“", "”"], ["\"", "\""], ["„", "“"], ["«", "»"], ["‘", "’"]];

/**
 * The range `[start, end)` sits inside quotation marks on its line (someone else's words, a title).
 * A long text is read through an index of its line breaks and quotation marks (built once for the
 * last long text asked about), so a post of thousands of sentences on one line costs a few binary
 * searches a call, not a read of the whole line.
 */
export function isQuoted(text: string, start: number, end: number): boolean {
  if (text.length >= INDEXED_LENGTH && Number.isInteger(start) && Number.isInteger(end) && start >= 1 && end >= 0 && start <= text.length && end <= text.length) {
    return isQuotedIndexed(quoteIndex(text), start, end);
  }
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const lineEndRaw = text.indexOf("\n", end);
  const lineEnd = lineEndRaw === -1 ? text.length : lineEndRaw;
  const before = text.slice(lineStart, start);
  const after = text.slice(end, lineEnd);
  return QUOTE_PAIRS.some(([open, close]) => {
    const o = open === close ? count(before, open) % 2 === 1 : before.lastIndexOf(open) > before.lastIndexOf(close);
    return o && after.includes(close);
  });
}

function count(s: string, ch: string): number {
  let n = 0;
  for (const c of s) if (c === ch) n++;
  return n;
}

/** Below this length reading the line is as cheap as indexing it. */
const INDEXED_LENGTH = 4096;
const MARKS = "\n“”\"„«»‘’";

/** Where each line break and quotation mark is in a text, in order, one list a character. */
type QuoteIndex = Map<string, number[]>;
/**
 * The indexes of the last two long texts: a rule may ask about the post's text and a view of it in
 * turn. Only long texts are kept, so a stream of short posts holds none.
 */
const indexed: { text: string; index: QuoteIndex }[] = [];

function quoteIndex(text: string): QuoteIndex {
  const known = indexed.find((e) => e.text === text);
  if (known) return known.index;
  const index: QuoteIndex = new Map();
  for (const c of MARKS) {
    const at: number[] = [];
    for (let i = text.indexOf(c); i !== -1; i = text.indexOf(c, i + 1)) at.push(i);
    index.set(c, at);
  }
  indexed.unshift({ text, index });
  indexed.length = Math.min(indexed.length, 2);
  return index;
}

/** How many of the sorted `at` are below `x`. */
function countBelow(at: readonly number[], x: number): number {
  let lo = 0;
  let hi = at.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((at[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Where the line holding `at` ends: `text.indexOf("\n", at)`. A long text is read through the same
 * index of line breaks `isQuoted` keeps: on a post of thousands of sentences on one line, every
 * sentence's text runs to the end of that line, and reading on from each sentence read the line
 * once a sentence.
 */
export function lineEndAfter(text: string, at: number): number {
  if (text.length < INDEXED_LENGTH || !Number.isInteger(at) || at < 0) return text.indexOf("\n", at);
  const breaks = quoteIndex(text).get("\n") as number[];
  return breaks[countBelow(breaks, at)] ?? -1;
}

/**
 * The same answer as reading the line (for `start` ≥ 1, so `lastIndexOf`'s search from `start - 1`
 * is the plain one): a mark of `[lineStart, start)` is a mark before the range on its line, one of
 * `[end, lineEnd)` after it.
 */
function isQuotedIndexed(index: QuoteIndex, start: number, end: number): boolean {
  const marks = (c: string): number[] => index.get(c) as number[];
  const breaks = marks("\n");
  const k = countBelow(breaks, start);
  const lineStart = k === 0 ? 0 : (breaks[k - 1] as number) + 1;
  const lineEnd = breaks[countBelow(breaks, end)] ?? Number.POSITIVE_INFINITY;
  // The last mark `c` in [lineStart, start), or -1; how many there are; is there one in [end, lineEnd).
  const last = (c: string): number => {
    const at = marks(c);
    const i = countBelow(at, start) - 1;
    return i >= 0 && (at[i] as number) >= lineStart ? (at[i] as number) : -1;
  };
  const countBefore = (c: string): number => {
    const at = marks(c);
    return Math.max(0, countBelow(at, start) - countBelow(at, lineStart));
  };
  const after = (c: string): boolean => {
    const at = marks(c);
    return (at[countBelow(at, end)] ?? Number.POSITIVE_INFINITY) < lineEnd;
  };
  return QUOTE_PAIRS.some(([open, close]) => {
    const o = open === close ? countBefore(open) % 2 === 1 : last(open) > last(close);
    return o && after(close);
  });
}

/** Token index range of the sentence holding token `index`, widened by `extra` sentences after it. */
export function sentenceWindow(post: Pick<Post, "tokens" | "sentences">, index: number, extra = 0): [number, number] {
  const s = post.tokens[index]?.sentence ?? 0;
  const first = post.sentences[s]?.tokens[0] ?? 0;
  const lastSentence = post.sentences[Math.min(s + extra, post.sentences.length - 1)];
  return [first, lastSentence?.tokens[1] ?? post.tokens.length];
}

/** Today as `YYYY-MM-DD` (UTC). */
export function today(): string {
  return new Date().toISOString().slice(0, 10);
}
