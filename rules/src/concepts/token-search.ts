import type { Token } from "@postlint/core";

/**
 * Where a check finds the token at a character offset, by binary search: `findIndex` from the
 * start, once per scare quote or hit, grew with the square of a long post. Tokens are in text
 * order (their starts never decrease), so the first token that passes is the same.
 */

/** `tokens.findIndex((t) => t.start > offset)`. */
export function firstTokenAfter(tokens: readonly Token[], offset: number): number {
  return firstStartingAt(tokens, offset + 1);
}

/** `tokens.findIndex((t) => t.start >= offset)`. */
export function firstTokenFrom(tokens: readonly Token[], offset: number): number {
  return firstStartingAt(tokens, offset);
}

function firstStartingAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid] as Token).start >= offset) hi = mid;
    else lo = mid + 1;
  }
  return lo < tokens.length ? lo : -1;
}

interface TokenRange {
  first: number;
  last: number;
}

/** Below this many ranges the plain loop is as quick as the sort. */
const FEW = 16;

/**
 * A test of whether a range `[first, last)` overlaps any of `ranges`: the same answer as
 * `ranges.some((g) => r.first < g.last && g.first < r.last)`, for a post of thousands of hits in
 * a few binary searches (the ranges sorted by `first`, with the largest `last` so far).
 */
export function overlapsAnyOf(ranges: readonly TokenRange[]): (r: TokenRange) => boolean {
  if (ranges.length < FEW) return (r) => ranges.some((g) => r.first < g.last && g.first < r.last);
  const sorted = [...ranges].sort((a, b) => a.first - b.first);
  const maxLast: number[] = [];
  let max = -Infinity;
  for (const g of sorted) maxLast.push((max = Math.max(max, g.last)));
  return (r) => {
    // The ranges that start before `r` ends: a prefix of `sorted`; one of them must end after `r` starts.
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((sorted[mid] as TokenRange).first < r.last) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && (maxLast[lo - 1] as number) > r.first;
  };
}
