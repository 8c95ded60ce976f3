export type LengthCounter = "x-weighted" | "characters" | "graphemes" | "mastodon";

export interface CountedLength {
  length: number;
  /** The string index where the counted length first exceeds `limit`. */
  indexAt(limit: number): number;
}

const URL = /\bhttps?:\/\/[^\s<>()]+|\bwww\.[^\s<>()]+/giu;
/** X also links bare domains with a known top-level domain (`northwind.com/sale`) and counts them as 23. */
const X_URL = /\bhttps?:\/\/[^\s<>()]+|\bwww\.[^\s<>()]+|(?<![@\p{L}\p{N}.-])(?:[\p{L}\p{N}-]+\.)+(?:com|net|org|io|co|nl|dk|eu|de|uk|app|dev|ly|me|info|biz|tv|ai)\b(?:\/[^\s<>()]*)?/giu;
const URL_WEIGHT = 23;
/** Made on first use: constructing one loads ICU's break rules (about 6 ms of every start-up). */
let segmenter: Intl.Segmenter | undefined;
const PLAIN = /^[\t\n\x20-\x7e]*$/;

/** Grapheme clusters; plain ASCII (most posts) is one per character, without Intl.Segmenter's cost. */
function* graphemes(text: string): Iterable<{ segment: string; index: number }> {
  if (!PLAIN.test(text)) {
    yield* (segmenter ??= new Intl.Segmenter(undefined, { granularity: "grapheme" })).segment(text);
    return;
  }
  for (let index = 0; index < text.length; index++) yield { segment: text[index] as string, index };
}

/**
 * Counts as the platform does. X: twitter-text v3 weighting (Latin and common punctuation 1,
 * everything else 2, an emoji sequence 2, every URL 23). Mastodon: characters, URLs 23, and
 * `@user@domain` counts only `@user`. Bluesky: graphemes. Others: Unicode characters.
 */
export function countPlatformLength(text: string, counter: LengthCounter): CountedLength {
  const units: { index: number; weight: number }[] = [];
  const pattern = counter === "x-weighted" ? X_URL : counter === "mastodon" ? URL : undefined;
  // Trailing punctuation ends a sentence, not the link.
  const urls = pattern ? [...text.matchAll(pattern)].map((m) => [m.index, m.index + m[0].replace(/(?<![.,;:!?'"])[.,;:!?'"]+$/, "").length] as const) : [];
  let u = 0;
  for (const { segment, index } of graphemes(text)) {
    const url = urls[u];
    if (url && index >= url[0]) {
      if (index === url[0]) units.push({ index, weight: URL_WEIGHT });
      if (index + segment.length >= url[1]) u++;
      continue;
    }
    units.push({ index, weight: weightOf(segment, counter) });
  }
  if (counter === "mastodon") {
    for (const m of text.matchAll(/@[\w.]+(@[\w.-]+\.\w+)/g)) {
      const domainStart = m.index + m[0].length - (m[1]?.length ?? 0);
      for (const unit of units) if (unit.index >= domainStart && unit.index < m.index + m[0].length) unit.weight = 0;
    }
  }
  const length = units.reduce((n, x) => n + x.weight, 0);
  return {
    length,
    indexAt(limit) {
      let total = 0;
      for (const unit of units) {
        total += unit.weight;
        if (total > limit) return unit.index;
      }
      return text.length;
    },
  };
}

function weightOf(grapheme: string, counter: LengthCounter): number {
  if (counter === "graphemes") return 1;
  if (counter === "characters" || counter === "mastodon") return [...grapheme].length;
  if (/\p{Extended_Pictographic}|\p{Regional_Indicator}/u.test(grapheme)) return 2;
  let w = 0;
  for (const ch of grapheme) w += xWeight(ch.codePointAt(0) ?? 0);
  return w;
}

/** twitter-text v3 ranges that weigh 1; everything else weighs 2. */
function xWeight(cp: number): number {
  if (cp <= 0x10ff || (cp >= 0x2000 && cp <= 0x200d) || (cp >= 0x2010 && cp <= 0x201f) || (cp >= 0x2032 && cp <= 0x2037)) return 1;
  if (cp === 0xfe0f || cp === 0x200d) return 0;
  return 2;
}
