import { isNegated, type PhraseHit, type Post } from "@postlint/core";

/** Index of the sentence holding token `index`. */
export const sentenceOf = (post: Pick<Post, "tokens">, index: number): number => post.tokens[index]?.sentence ?? -1;

/**
 * Tokens `a` and `b` lie in one sentence window: the same sentence, or at most `extra` sentences
 * apart. Concepts combine only inside a window: a cue in the first paragraph of a long post and a
 * target in the last say nothing about each other.
 */
export function inWindow(post: Pick<Post, "tokens">, a: number, b: number, extra = 0): boolean {
  const sa = sentenceOf(post, a);
  const sb = sentenceOf(post, b);
  return sa >= 0 && sb >= 0 && Math.abs(sa - sb) <= extra;
}

/** The hits of `hits` within `extra` sentences of `anchor`. */
export function near<T>(post: Pick<Post, "tokens">, anchor: Pick<PhraseHit<unknown>, "first">, hits: readonly PhraseHit<T>[], extra = 0): PhraseHit<T>[] {
  return hits.filter((h) => inWindow(post, anchor.first, h.first, extra));
}

/** A negation ("not", "niet", "ikke", …) within `window` words before the hit, in its sentence. */
export function negated(post: Pick<Post, "tokens" | "language">, hit: Pick<PhraseHit<unknown>, "first">, window = 3): boolean {
  return isNegated(post, hit.first, window);
}

/** Two hits overlap. */
export const overlaps = (a: Pick<PhraseHit<unknown>, "first" | "last">, b: Pick<PhraseHit<unknown>, "first" | "last">): boolean => a.first < b.last && b.first < a.last;
