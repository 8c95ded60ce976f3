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

/**
 * The post's words plus the words of its images' file names, in text order, so one matcher sees
 * "bonnetje" in `![](bonnetje.jpg)` beside the sentence it illustrates. File-name words take the
 * sentence of the word before them. `sentences` still index `post.tokens`: use `token.sentence`.
 */
export function withFileNameWords<P extends Pick<Post, "text" | "tokens" | "images" | "language">>(post: P): P {
  const files = imageWords(post).flatMap((w) => w.file);
  if (files.length === 0) return post;
  const tokens = [...post.tokens, ...files].sort((a, b) => a.start - b.start);
  let sentence = 0;
  const merged = tokens.map((t) => {
    if (files.includes(t)) return { ...t, sentence, joined: false };
    sentence = t.sentence;
    return t;
  });
  return { ...post, tokens: merged };
}
