import type { Language, Post } from "@postlint/core";
import { askedAndDenied } from "./asked.js";

/**
 * A feeling the writer expected and did not get: "I expected to hate night shifts", "ik dacht dat
 * ik het zou haten", "jeg troede, jeg ville hade det". The words before the feeling, in the same
 * sentence, up to four back (Dutch and Danish put a "dat ik … zou" between).
 */
const EXPECTED: Record<Language, RegExp> = {
  en: /^(?:expected|expecting|thought|assumed|figured|feared)$/u,
  nl: /^(?:verwachtte|verwacht|dacht|vreesde)$/u,
  da: /^(?:troede|regnede|forventede|frygtede)$/u,
};

/**
 * A short sentence that takes the one before back: "I don't.", "(It isn't.", "Not really.",
 * "Kidding!", "Doe ik niet.", "Grapje.", "Gør jeg ikke.", "Pjat.". Every word must be one of these,
 * and one of them must deny ("I do." keeps the complaint).
 */
const RETRACTION_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["i", "it", "its", "it's", "he", "she", "they", "that", "is", "was", "do", "does", "did", "am", "are", "really", "just", "of", "course", "haha", "lol", "nah", "well"]),
  nl: new Set(["ik", "het", "is", "was", "doe", "deed", "ben", "dat", "echt", "hoor", "natuurlijk", "haha", "zo", "toch", "nou"]),
  da: new Set(["jeg", "det", "er", "var", "gør", "gjorde", "jo", "rigtigt", "selvfølgelig", "haha", "da", "nu", "så"]),
};
const DENIES: Record<Language, RegExp> = {
  en: /^(?:not|don't|dont|doesn't|didn't|isn't|wasn't|aren't|nope|kidding|joking|jk|no)$/u,
  nl: /^(?:niet|nee|grapje|geintje|nope|nietes)$/u,
  da: /^(?:ikke|nej|pjat|spøg|sjov|næh)$/u,
};
/** "Not kidding.", "No joke.", "Ikke for sjov.": a denied joke affirms what came before. */
const JOKE: Record<Language, RegExp> = {
  en: /^(?:kidding|joking|jk|joke)$/u,
  nl: /^(?:grapje|geintje|grap)$/u,
  da: /^(?:pjat|spøg|sjov)$/u,
};
const NEGATOR: Record<Language, RegExp> = {
  en: /^(?:not|no|don't|dont|isn't)$/u,
  nl: /^(?:niet|geen|nee)$/u,
  da: /^(?:ikke|ingen|nej)$/u,
};
const MAX_RETRACTION_WORDS = 4;

function expected(post: Pick<Post, "tokens" | "language">, index: number): boolean {
  const sentence = post.tokens[index]?.sentence;
  for (let i = index - 1; i >= 0 && i >= index - 5; i--) {
    const token = post.tokens[i];
    if (token === undefined || token.sentence !== sentence) return false;
    if (EXPECTED[post.language].test(token.norm)) return true;
  }
  return false;
}

function retractedByNext(post: Pick<Post, "tokens" | "sentences" | "language">, sentence: number): boolean {
  const range = post.sentences[sentence + 1]?.tokens;
  if (!range || range[1] - range[0] === 0 || range[1] - range[0] > MAX_RETRACTION_WORDS) return false;
  const words = post.tokens.slice(range[0], range[1]).map((t) => t.norm);
  const lang = post.language;
  if (words.some((w) => JOKE[lang].test(w)) && words.some((w) => NEGATOR[lang].test(w))) return false;
  return words.some((w) => DENIES[lang].test(w)) && words.every((w) => DENIES[lang].test(w) || RETRACTION_WORDS[lang].has(w));
}

/**
 * A word the writer does not stand by: asked by others and denied ("People ask if I hate the job.
 * No."), a feeling expected and not had ("I expected to hate night shifts. I don't."), or a
 * sentence taken back by the next ("Worst job in the world. (It isn't. The sunrise …)").
 */
export function takenBack(post: Pick<Post, "tokens" | "sentences" | "language">, index: number): boolean {
  const sentence = post.tokens[index]?.sentence;
  if (sentence === undefined) return false;
  return retractedByNext(post, sentence) || expected(post, index) || askedAndDenied(post, index);
}

/** Sentences the writer takes back whole: the next one denies them, or they are a question asked and denied. */
export function takenBackSentences(post: Pick<Post, "tokens" | "sentences" | "language">): Set<number> {
  const out = new Set<number>();
  post.sentences.forEach((_, s) => {
    if (retractedByNext(post, s)) out.add(s);
  });
  post.tokens.forEach((token, i) => {
    if (!out.has(token.sentence) && askedAndDenied(post, i)) out.add(token.sentence);
  });
  return out;
}

/** "Not", "don't", "geen", "niet", "ikke": a plain denial ("never" is not: "never been so fed up"). */
const PLAIN_DENIAL: Record<Language, RegExp> = {
  en: /^(?:not|don't|dont|didn't|doesn't)$/u,
  nl: /^(?:niet|geen)$/u,
  da: /^(?:ikke)$/u,
};

/** The word right before a phrase denies it: "Ik heb geen hekel aan mijn werk", "I don't hate my job". */
export function deniedOutright(post: Pick<Post, "tokens" | "language">, first: number): boolean {
  const before = post.tokens[first - 1];
  return before !== undefined && before.sentence === post.tokens[first]?.sentence && PLAIN_DENIAL[post.language].test(before.norm);
}
