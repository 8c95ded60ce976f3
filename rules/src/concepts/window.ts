import { lineEndAfter, sentenceWindow, type PhraseHit, type Post } from "@postlint/core";
import { tokenAt } from "./figures.js";

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
  const lineEnd = lineEndAfter(post.text, to.end);
  return { text: post.text.slice(from.start, lineEnd === -1 ? post.text.length : Math.max(lineEnd, to.end)), start: from.start };
}

/** Two hits overlap. */
export const overlaps = (a: Pick<PhraseHit<unknown>, "first" | "last">, b: Pick<PhraseHit<unknown>, "first" | "last">): boolean => a.first < b.last && b.first < a.last;

/** A line that starts a list item: "3.", "4)", "2/", "-", "•". */
const LIST_ITEM = /(?:^|\n)[ \t]*(?:\d{1,2}[.)/]|[-*•])[ \t]+$/u;

/**
 * The target's sentence and the next, unless the next one starts a new list item: in "Ten things
 * ten years taught me" each item is its own thought, and item 4's "Say thank you" does not soften
 * item 3's complaint.
 */
export function listItemWindow(post: Post, index: number): [number, number] {
  const [from, to] = sentenceWindow(post, index, 1);
  const [, own] = sentenceWindow(post, index, 0);
  const next = post.tokens[own];
  if (!next || own === to) return [from, to];
  return LIST_ITEM.test(post.text.slice(Math.max(0, next.start - 12), next.start)) ? [from, own] : [from, to];
}

/** Every match of a global pattern in the post as a phrase hit carrying `data`, spanning the tokens it covers. */
export function patternHits<T>(post: Pick<Post, "text" | "tokens">, pattern: RegExp, data: T): PhraseHit<T>[] {
  return [...post.text.matchAll(pattern)].map((m) => {
    const first = tokenAt(post.tokens, m.index);
    const last = Math.max(first + 1, tokenAt(post.tokens, m.index + m[0].length - 1) + 1);
    return { first, last, start: m.index, end: m.index + m[0].length, text: m[0], phrase: m[0], data };
  });
}
