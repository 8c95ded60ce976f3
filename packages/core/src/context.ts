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

/** The range `[start, end)` sits inside quotation marks on its line (someone else's words, a title). */
export function isQuoted(text: string, start: number, end: number): boolean {
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
