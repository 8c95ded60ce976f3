import type { PhraseHit, Post } from "@postlint/core";

/** Index of the sentence holding token `index`. */
export const sentenceOf = (post: Pick<Post, "tokens">, index: number): number => post.tokens[index]?.sentence ?? -1;

/** Two hits overlap. */
export const overlaps = (a: Pick<PhraseHit<unknown>, "first" | "last">, b: Pick<PhraseHit<unknown>, "first" | "last">): boolean => a.first < b.last && b.first < a.last;
