/**
 * The hits no other hit covers, in their order. `covers(o, h)` may hold only when `o` spans `h`'s
 * tokens (`o.first <= h.first && h.last <= o.last`), so each hit is compared with the hits that
 * start at most the longest hit's length before it, not with every hit: a post of 8,000 sentences
 * with a context word in each made 64 million comparisons.
 */
export function uncovered<T extends { first: number; last: number }>(hits: readonly T[], covers: (o: T, h: T) => boolean): T[] {
  const byFirst = new Map<number, T[]>();
  let longest = 0;
  for (const o of hits) {
    const at = byFirst.get(o.first);
    if (at) at.push(o);
    else byFirst.set(o.first, [o]);
    longest = Math.max(longest, o.last - o.first);
  }
  return hits.filter((h) => {
    for (let first = h.first; first >= h.first - longest; first--) {
      for (const o of byFirst.get(first) ?? []) if (covers(o, h)) return false;
    }
    return true;
  });
}
