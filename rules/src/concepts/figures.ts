import type { CueEvidence, Post, Token } from "@postlint/core";

/**
 * Business figures: percentages, amounts with a currency, and numbers with a magnitude
 * ("12%", "€2.340", "3.2M", "18 procent", "1,2 mio"). Plain counts, times and years are not figures.
 */
// A number is only tried from its first digit (the lookbehind): tried from every digit, a long
// run of digits made this quadratic (a 1 MB post of digits took 313 s). Each run is now scanned once.
const FIGURE =
  /(?:[€$£]\s?\d[\d.,]*(?:\s?(?:k|m|mln|mio|bn))?|(?<![\d.,])\d[\d.,]*\s?(?:%|procent|percent|pct\b|[km]\b|mln\b|mio\b|bn\b|million|miljoen|millioner|mia\b|kr\b|euro\b|dkk\b))/giu;

/**
 * Counts written with thousands separators ("250.000 bestellingen", "1,200,000 users"). For an
 * operating record a count that large is the figure; for other rules it may be a thesis's words.
 * Times ("14.30") and years ("2026") have no separator of three digits.
 */
const LARGE_COUNT = /(?<![\d.,])\d{1,3}(?:[.,]\d{3})+(?![.,]?\d)/gu;
/** The same in words: "a million orders", "een miljoen bestellingen", "en million besøg", "half a million". */
const COUNT_IN_WORDS = /(?<![\p{L}])(?:a|one|half a|een|één|een half|anderhalf|en|én|en halv|halvanden)\s+(?:million|miljoen|millioner|billion|miljard|milliard)(?![\p{L}])/giu;

export function figureEvidence(post: Pick<Post, "text" | "tokens" | "bodyStart">, { counts = false } = {}): CueEvidence[] {
  const out: CueEvidence[] = [];
  const body = post.text.slice(post.bodyStart);
  for (const m of counts ? [...body.matchAll(FIGURE), ...body.matchAll(LARGE_COUNT), ...body.matchAll(COUNT_IN_WORDS)] : body.matchAll(FIGURE)) {
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
