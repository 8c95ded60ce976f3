import type { Range } from "./types.js";

/**
 * Emphasis delimiters (`*`, `_`) a paragraph may have before the rest are taken as plain text.
 * micromark pairs emphasis by scanning back over the paragraph's events for every closer and
 * splicing the event list for every pair, so a paragraph of `*a*a*a…` takes time quadratic in its
 * length (80,000 characters: 15 s). Real posts use a handful per paragraph.
 */
export const EMPHASIS_BUDGET = 256;

/**
 * The text handed to the Markdown parser: the post with emphasis delimiters past the budget of
 * their paragraph replaced by a letter (same length, so every offset still points into the post).
 * `changed` lists the replaced ranges, whose text nodes then take their words from the post itself.
 */
export function tameEmphasis(text: string): { text: string; changed: Range[] } {
  const changed: Range[] = [];
  let out = "";
  let copied = 0;
  let used = 0;
  let lineStart = true;
  let blank = true; // the current line has only whitespace so far
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (blank) used = 0; // a blank line ends the paragraph
      lineStart = true;
      blank = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    const atLineStart = lineStart;
    lineStart = false;
    blank = false;
    if (c !== 42 && c !== 95) continue; // `*`, `_`
    // A delimiter that starts a line may be a list marker or a thematic break: leave block structure alone.
    if (atLineStart || ++used <= EMPHASIS_BUDGET) continue;
    out += text.slice(copied, i) + "x";
    copied = i + 1;
    const last = changed[changed.length - 1];
    if (last && last[1] === i) changed[changed.length - 1] = [last[0], i + 1];
    else changed.push([i, i + 1]);
  }
  return changed.length === 0 ? { text, changed } : { text: out + text.slice(copied), changed };
}
