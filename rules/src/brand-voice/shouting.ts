import { isQuoted, type Post } from "@postlint/core";

export interface Shout {
  start: number;
  end: number;
  /** A calmer replacement, when there is a mechanical one ("!!!" → "!"). */
  fix?: string;
}

/** Three or more words in capitals in a row, counting only words of two letters or more. */
const MIN_CAPS_WORDS = 3;
/** Two exclamation marks are enthusiasm, "?!" is surprise; three or more marks are shouting. */
const STACKED = /(?<![!?])(?=[!?]*!)[!?]{3,}/g;

const isCaps = (word: string): boolean => /\p{Lu}/u.test(word) && !/\p{Ll}/u.test(word);

/** Runs of capitals ("WE ARE OPEN THIS SUNDAY") and stacked exclamation marks ("!!!"). */
export function findShouting(post: Post): Shout[] {
  const out: Shout[] = [];
  const tokens = post.tokens;
  for (let i = 0; i < tokens.length; ) {
    let j = i;
    let words = 0;
    while (j < tokens.length) {
      const t = tokens[j];
      const prev = tokens[j - 1];
      // A run may cross "!" and line breaks inside one paragraph, but not a lower-case word.
      if (!t || !isCaps(t.text) || t.prefix || (j > i && prev && /\n\s*\n/.test(post.text.slice(prev.end, t.start)))) break;
      if (t.text.replace(/\P{L}/gu, "").length >= 2) words++;
      j++;
    }
    const first = tokens[i];
    const last = tokens[j - 1];
    // A quoted line in capitals ("Leaked memo: "NO MORE PUMPKIN SPICE"") is someone else's shout, shown.
    if (words >= MIN_CAPS_WORDS && first && last && !isQuoted(post.text, first.start, last.end)) out.push({ start: first.start, end: last.end });
    i = Math.max(j, i + 1);
  }
  const body = post.text.slice(post.bodyStart);
  for (const m of body.matchAll(STACKED)) {
    const start = post.bodyStart + m.index;
    if (post.urls.some(([s, e]) => start >= s && start < e)) continue;
    out.push({ start, end: start + m[0].length, fix: "!" });
  }
  return out.sort((a, b) => a.start - b.start);
}
