import { countBelow } from "@postlint/core";

/**
 * Where the line holding `at` ends: `text.indexOf("\n", at)`. A long text is read through the
 * positions of its line breaks, found once (for the last two long texts asked about): on a post of
 * thousands of sentences on one line, every sentence's text runs to the end of that line, and
 * finding it by reading on from each sentence read the line once a sentence.
 */
export function lineEndAfter(text: string, at: number): number {
  if (text.length < LONG_TEXT || !Number.isInteger(at) || at < 0) return text.indexOf("\n", at);
  const breaks = breaksOf(text);
  return breaks[countBelow(breaks, at)] ?? -1;
}

const LONG_TEXT = 4096;
const known: { text: string; breaks: number[] }[] = [];

function breaksOf(text: string): number[] {
  const found = known.find((k) => k.text === text);
  if (found) return found.breaks;
  const breaks: number[] = [];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) breaks.push(i);
  known.unshift({ text, breaks });
  known.length = Math.min(known.length, 2);
  return breaks;
}
