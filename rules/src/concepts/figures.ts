import type { CueEvidence, Post, Token } from "@postlint/core";

/**
 * Business figures: percentages, amounts with a currency, and numbers with a magnitude
 * ("12%", "€2.340", "3.2M", "18 procent", "1,2 mio"). Plain counts, times and years are not figures.
 */
// A number is only tried from its first digit (the lookbehind): tried from every digit, a long
// run of digits made this quadratic (a 1 MB post of digits took 313 s). Each run is now scanned once.
const FIGURE =
  /(?:[€$£]\s?\d[\d.,]*(?:\s?(?:k|m|mln|mio|bn))?|(?<![\d.,])\d[\d.,]*\s?(?:%|procent|percent|pct\b|[km]\b|mln\b|mio\b|bn\b|million|miljoen|millioner|mia\b|kr\b|euro\b|dkk\b))/giu;

export function figureEvidence(post: Pick<Post, "text" | "tokens" | "bodyStart">): CueEvidence[] {
  const out: CueEvidence[] = [];
  for (const m of post.text.slice(post.bodyStart).matchAll(FIGURE)) {
    const at = post.bodyStart + m.index;
    const index = tokenAt(post.tokens, at);
    if (index !== -1) out.push({ kind: "figure", index });
  }
  return out;
}

/**
 * Index of the token at or after `offset`. A binary search (tokens are in text order): a scan
 * from the first token for every figure made a post of many figures ("$1," repeated) quadratic.
 */
export function tokenAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).end > offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : tokens.length - 1;
}
