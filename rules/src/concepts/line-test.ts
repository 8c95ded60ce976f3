import type { Post } from "@postlint/core";
import { sentenceText } from "./window.js";

/**
 * `pattern.test(sentenceText(post, index).text)` for each sentence of a post, asked in order.
 * That text runs from the sentence to the end of its line, so on a post of thousands of sentences
 * on one line, testing each one reads the rest of the line again (8,000 sentences: 3 s in one
 * regular expression). Here each line is searched once, forward:
 * - a match at the sentence's first character is tried on its own text (where `^` and `\b` see the
 *   start of a string), as before;
 * - a match further in sees the same characters in the sentence's text as in the line's from the
 *   first sentence ending on it, so it is looked for there, from the sentence's second character;
 *   the first match found serves every later sentence that starts before it.
 * For patterns without the `g`, `y` or `m` flags and without lookbehind: `\b` is the only look
 * back they may make, one character, which both texts hold.
 */
export function sentenceTester(post: Pick<Post, "text" | "sentences">, pattern: RegExp): (index: number) => boolean {
  // A post of ordinary length has few sentences a line: reading each one's text is cheaper than
  // compiling the pattern twice more.
  if (post.text.length < LONG_TEXT) return (index) => pattern.test(sentenceText(post, index).text);
  const { anywhere, atStart } = variantsOf(pattern);
  const { text } = post;
  let lineEnd = -1;
  let line = "";
  let lineStart = 0;
  // The next match in the line from `searchedFrom` on (absolute), or -1 when there is none.
  let searchedFrom = -1;
  let next = -1;
  let lastIndex = -1;
  return (index) => {
    const slow = (): boolean => pattern.test(sentenceText(post, index).text);
    const sentence = post.sentences[index];
    if (!sentence || index <= lastIndex) return slow();
    lastIndex = index;
    const s = sentence.start;
    // Between two halves of a surrogate pair the two texts' positions do not line up: read it all.
    if (isSurrogate(text.charCodeAt(s)) || isSurrogate(text.charCodeAt(s + 1))) return slow();
    const { text: own, start } = sentenceText(post, index);
    if (start !== s) return slow();
    const end = s + own.length;
    if (end !== lineEnd) {
      lineEnd = end;
      lineStart = s;
      line = text.slice(s, end);
      searchedFrom = -1;
    } else if (s < lineStart) return slow();
    atStart.lastIndex = 0;
    if (atStart.test(own)) return true;
    const from = s + 1;
    if (searchedFrom === -1 || from < searchedFrom || (next !== -1 && from > next)) {
      anywhere.lastIndex = from - lineStart;
      const m = anywhere.exec(line);
      next = m ? lineStart + m.index : -1;
      searchedFrom = from;
    }
    return next !== -1;
  };
}

const LONG_TEXT = 4096;

/** The pattern searching from `lastIndex` on, and matching at `lastIndex` only (made once a pattern). */
const variants = new WeakMap<RegExp, { anywhere: RegExp; atStart: RegExp }>();
function variantsOf(pattern: RegExp): { anywhere: RegExp; atStart: RegExp } {
  let v = variants.get(pattern);
  if (!v) {
    if (/[gym]/u.test(pattern.flags) || pattern.source.includes("(?<")) throw new Error(`sentenceTester: ${pattern} is not a plain pattern`);
    v = { anywhere: new RegExp(pattern.source, `${pattern.flags}g`), atStart: new RegExp(pattern.source, `${pattern.flags}y`) };
    variants.set(pattern, v);
  }
  return v;
}

const isSurrogate = (code: number): boolean => code >= 0xd800 && code <= 0xdfff;
