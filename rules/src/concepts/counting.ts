/** Counting how often a customer got in touch: the echo ("NINE."), the count by the day, and the happy count. */
import { sentenceWindow, type Language, type LexiconEntry, type PhraseHit, type Post, type SentimentScorer, type Token } from "@postlint/core";
import { toneOf } from "./tone.js";

/** Numbers written out, for an exasperated echo ("called 9 times. NINE."). */
const NUMBER_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred"]),
  nl: new Set(["drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig", "honderd"]),
  da: new Set(["tre", "fire", "fem", "seks", "syv", "otte", "ni", "ti", "elleve", "tolv", "tretten", "fjorten", "femten", "seksten", "sytten", "atten", "nitten", "tyve", "tredive", "fyrre", "halvtreds", "tres", "halvfjerds", "firs", "halvfems", "hundrede"]),
};

/**
 * "fourth one today", "de vierde al vandaag", "den femte i dag": the same question or request again,
 * counted by the day.
 */
export const REPEAT_TODAY: Record<Language, RegExp> = {
  en: /\b(?:third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))\s+(?:one|person|customer|guest|passenger|caller|patient|parent|time)\s+(?:today|this morning|this afternoon|tonight|this shift|this week)\b/iu,
  nl: /\b(?:derde|vierde|vijfde|zesde|zevende|achtste|negende|tiende|\d{1,2}e)\s+(?:al\s+)?(?:vandaag|vanochtend|vanmiddag|vanavond|deze dienst|deze week)\b/iu,
  da: /\b(?:tredje|fjerde|femte|sjette|syvende|ottende|niende|tiende|\d{1,2}\.)\s+(?:i dag|i morges|i eftermiddag|i aften|på denne vagt|denne uge)\b/iu,
};

/** Units after a tens word in an echo said in two words ("THIRTY ONE."). */
const UNITS = new Set(["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "een", "twee", "en", "to"]);

/**
 * Parts of a number written as one word besides the number words themselves (*zevenentwintig*,
 * *syvogtyve*, *TYVESYV*): the units (one, two, *een*, *twee*, *en*, *to* are no number words of
 * their own here) and the joins.
 */
const NUMBER_PARTS = new Set([...UNITS, "og", "ën", "één"]);

/** A number written as one word of number words ("zevenentwintig", "syvogtyve", "tyvesyv"). */
function compoundNumber(word: string, words: ReadonlySet<string>): boolean {
  if (word.length < 6 || word.length > 24) return false;
  // reach[i]: word[0, i) splits into parts, and whether a number word is among them (not only joins).
  const reach: (boolean | undefined)[] = [false];
  for (let i = 0; i < word.length; i++) {
    const tens = reach[i];
    if (tens === undefined) continue;
    for (let j = i + 2; j <= word.length; j++) {
      const part = word.slice(i, j);
      if (words.has(part)) reach[j] = true;
      else if (NUMBER_PARTS.has(part) && reach[j] !== true) reach[j] = tens;
    }
  }
  return reach[word.length] === true && !words.has(word);
}

/**
 * A number said on its own, as a sentence of its own ("NINE.", "THIRTY ONE!", "NEGEN.", "NI."): the
 * writer counting, fed up. In capitals, or said again after it was written in capitals ("ELF keer.
 * Elf."). Read from the text, not the sentence split: "FORTY. for ice chips" is one sentence to it.
 */
export function countEcho(post: Post): { start: number; end: number; first: number } | undefined {
  const words = NUMBER_WORDS[post.language];
  for (let i = 1; i < post.tokens.length; i++) {
    const t = post.tokens[i] as Token;
    if (!words.has(t.norm) && !compoundNumber(t.norm, words)) continue;
    const second = post.tokens[i + 1];
    const last = second && UNITS.has(second.norm) && /^[\s-]+$/u.test(post.text.slice(t.end, second.start)) ? second : t;
    const before = post.text.slice(0, t.start).trimEnd();
    if (!/[.!?]$/u.test(before) || !/^[.!]/u.test(post.text.slice(last.end))) continue;
    const shouted = t.text.toUpperCase();
    if (t.text === shouted || post.text.slice(Math.max(0, t.start - 120), t.start).includes(shouted)) return { start: t.start, end: last.end, first: i };
  }
  return undefined;
}

/**
 * "Sixteen customers told me they loved the window display. SIXTEEN. 😊": a count said again in
 * delight. The echo is exasperation only when the sentences around it (two before it, two after)
 * are not plainly happy: some praise or a smile, and not one negative word. The warmth often closes
 * the story ("ELLEVE. Hver gang for at spørge, om jeg havde fået kaffe 🥹 hun er den bedste"), hence
 * two sentences after.
 */
export function happyCount(post: Post, echo: number, cues: readonly PhraseHit<LexiconEntry>[], sentiment: SentimentScorer | undefined): boolean {
  const [from, to] = sentenceWindow(post, echo, 2);
  // Two sentences back: the count usually comes a sentence after what was counted ("A customer
  // brought cake. Four cakes. FOUR.").
  const [before] = sentenceWindow(post, Math.max(0, from - 1), 0);
  const [earlier] = sentenceWindow(post, Math.max(0, before - 1), 0);
  const tone = toneOf({ post, from: earlier, to, cues, sentiment });
  return tone.score > 0 && tone.negative === 0;
}
