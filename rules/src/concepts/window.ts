import type { PhraseHit, Post } from "@postlint/core";

/** Index of the sentence holding token `index`. */
export const sentenceOf = (post: Pick<Post, "tokens">, index: number): number => post.tokens[index]?.sentence ?? -1;

/**
 * The text from sentence `first` to the end of the line that sentence `last` ends on (clamped to
 * the post's sentences): a sentence ends before an emoji that closes it ("… again. 🙄"), so the rest
 * of the line belongs to it. Empty when the post has no such sentence.
 */
export function sentenceText(post: Pick<Post, "text" | "sentences">, first: number, last = first): { text: string; start: number } {
  const from = post.sentences[Math.max(0, first)];
  const to = post.sentences[Math.min(last, post.sentences.length - 1)];
  if (!from || !to) return { text: "", start: 0 };
  const lineEnd = post.text.indexOf("\n", to.end);
  return { text: post.text.slice(from.start, lineEnd === -1 ? post.text.length : Math.max(lineEnd, to.end)), start: from.start };
}

/** Two hits overlap. */
export const overlaps = (a: Pick<PhraseHit<unknown>, "first" | "last">, b: Pick<PhraseHit<unknown>, "first" | "last">): boolean => a.first < b.last && b.first < a.last;
