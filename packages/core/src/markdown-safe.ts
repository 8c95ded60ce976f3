import type { Range } from "./types.js";

/**
 * How many of each inline-markup character a paragraph may have before the rest are taken as
 * plain text. micromark tries an inline construct at each of them, and some of its steps are
 * quadratic in a paragraph's events: it pairs emphasis by scanning back over the paragraph for
 * every closer and splicing the event list for every pair (`*a*a*a…`, 80,000 characters: 15 s),
 * and it merges runs of failed constructs into text with a splice each (`[a](` repeated, 60,000
 * characters: 7 s). Real posts use a handful per paragraph.
 */
const MARKUP_BUDGET = 256;

/**
 * Characters at which micromark starts an inline construct in a paragraph (CommonMark, no GFM):
 * emphasis `*` `_`, links and images `[` `]` `!`, code `` ` ``, autolinks and HTML `<`, escapes
 * and hard breaks `\`, character references `&`.
 */
const MARKUP = new Set([42, 95, 91, 93, 33, 96, 60, 92, 38]);

/**
 * The text handed to the Markdown parser: the post with markup characters past the budget of
 * their paragraph replaced by a letter (same length, so every offset still points into the post).
 * `changed` lists the replaced ranges, whose text nodes then take their words from the post itself.
 */
export function tameMarkup(text: string): { text: string; changed: Range[] } {
  const changed: Range[] = [];
  let out = "";
  let copied = 0;
  const used = new Map<number, number>();
  let lineStart = true;
  let blank = true; // the current line has only whitespace so far
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      if (blank) used.clear(); // a blank line ends the paragraph
      lineStart = true;
      blank = true;
      continue;
    }
    if (c === 32 || c === 9 || c === 13) continue;
    const atLineStart = lineStart;
    lineStart = false;
    blank = false;
    if (!MARKUP.has(c)) continue;
    // A character that starts a line may start a block (list, thematic break, HTML, fence): leave block structure alone.
    if (atLineStart) continue;
    const count = (used.get(c) ?? 0) + 1;
    used.set(c, count);
    if (count <= MARKUP_BUDGET) continue;
    out += text.slice(copied, i) + "x";
    copied = i + 1;
    const last = changed[changed.length - 1];
    if (last && last[1] === i) changed[changed.length - 1] = [last[0], i + 1];
    else changed.push([i, i + 1]);
  }
  return changed.length === 0 ? { text, changed } : { text: out + text.slice(copied), changed };
}
