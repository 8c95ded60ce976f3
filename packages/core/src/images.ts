import { tokenizeText } from "./parse.js";
import type { ImageRef, Post, Token } from "./types.js";

/** What an image shows in words: its alt text and its file name, as tokens with post offsets. */
export interface ImageWords {
  image: ImageRef;
  /** Alt-text tokens: indexes `[first, last)` into `post.tokens` (the prose tree includes alt text). */
  alt: readonly [number, number];
  /** File-name words ("hq-lab-tour.jpg" → hq, lab, tour), matchable as `{ text: post.text, tokens: file }`. */
  file: readonly Token[];
}

const EXTENSION = /\.[a-z0-9]{2,5}$/i;

/**
 * The words of each Markdown image. Alt text is already part of `post.tokens`; file names are not
 * prose, so their basename (without extension, `_` and `.` read as spaces) is tokenized here.
 */
export function imageWords(post: Pick<Post, "text" | "tokens" | "images" | "language">): ImageWords[] {
  return post.images.map((image) => {
    let first = post.tokens.findIndex((t) => t.start >= image.start && t.end <= image.end);
    let last = first;
    if (first === -1) first = last = 0;
    else while (last < post.tokens.length && (post.tokens[last] as Token).end <= image.end) last++;
    return { image, alt: [first, last] as const, file: fileTokens(post, image) };
  });
}

function fileTokens(post: Pick<Post, "text" | "language">, image: ImageRef): Token[] {
  const raw = post.text.slice(image.start, image.end);
  const urlAt = raw.lastIndexOf(image.url);
  if (!image.url || urlAt === -1) return [];
  const path = image.url.split(/[?#]/)[0] ?? "";
  const slash = path.lastIndexOf("/");
  const base = path.slice(slash + 1).replace(EXTENSION, "");
  if (!base) return [];
  // Same length as the basename, so offsets stay exact; digits-only chunks (IMG_4412) carry no meaning.
  const words = base.replace(/[_.+~]/g, " ").replace(/(?<![\p{L}])\d+(?![\p{L}])/gu, (d) => " ".repeat(d.length));
  return tokenizeText(words, post.language, image.start + urlAt + slash + 1).tokens;
}
