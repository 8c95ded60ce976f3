import { francAll } from "franc";
import type { Language } from "./types.js";

const FROM_ISO3: Record<string, Language> = { eng: "en", nld: "nl", dan: "da" };
const ONLY = Object.keys(FROM_ISO3);
/** Below this many letters even function words are too few to tell the languages apart. */
const MIN_LETTERS = 10;
/** Below this many letters trigrams alone are noise: only a clear function-word vote decides. */
const TRIGRAM_MIN_LETTERS = 24;
/** Below this many letters trigram statistics are unreliable; function words decide first. */
const SHORT_LETTERS = 120;
/** Trigrams of this many characters are plenty to tell three languages apart; more only costs. */
const TRIGRAM_SAMPLE = 600;

// Image alt text and hashtag words are real words; URLs, mentions, tickers and code are noise.
const NOISE = /https?:\/\/\S+|www\.\S+|[@$][\p{L}\p{N}_]+|#([\p{L}\p{N}_]+)|<!--[\s\S]*?-->|`[^`]*`|!\[([^\]]*)\]\([^)]*\)/gu;

/**
 * Frequent words that are not also frequent in the other two languages (so no "en", "de", "is",
 * "og"/"op" overlaps that would cancel out); English loanwords in Dutch and Danish posts are
 * common, so only function words count.
 */
const FUNCTION_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set("the and to of my this for with at you it's i'm we're our was so but be have has just from they are can't don't what your about will would been their there which when".split(" ")),
  nl: new Set("het een van ik je niet op met voor dat die zijn naar maar wat ook nog dit er bij uit om aan heb hebben wordt deze geen mijn onze ons wij zo al moet kan was wel echt even lekker heel m'n z'n d'r".split(" ")),
  da: new Set("og jeg at til på af vi ikke har den som så kan min mig der et fra var vores hvad være med er nu lige meget godt efter også alle hele skal har kun det hvor hvorfor nej lidt blevet ville skulle kunne igen allerede endnu sådan derfor fordi hvis når eller".split(" ")),
};

/**
 * Everyday content words of one language that the other two do not write (so no loanwords such as
 * "weekend", "meeting" or "team", and no "dag" or "morgen", which Dutch and Danish share). They vote
 * only in short posts where the function words were too few: "Board meeting. Good numbers = happy
 * board." has none, and trigrams on 30 letters are a coin toss.
 */
const CONTENT_WORDS: Record<Language, ReadonlySet<string>> = {
  en: new Set("good great happy today tonight new numbers strong starts now zero absolutely morning night day time people thanks love really still never always first last best next done again very much more why who how everyone nothing something today's".split(" ")),
  nl: new Set("vandaag goed mooi nieuwe weer werk collega's klaar leuk blij trots eindelijk niks iets alles iedereen altijd nooit beetje hoor gewoon toch nou zeker helemaal bedankt dank groot grote vanavond vanochtend vanmorgen".split(" ")),
  da: new Set("dejlig dejligt sjovt fedt stor store nye arbejde kollega kolleger tak altid aldrig ingenting noget nogen rigtig rigtigt hjem aften bliver blive blev sige siger sagt kommer går gør vildt hader elsker synes tror ingen vandt tabte".split(" ")),
};

export interface DetectedLanguage {
  language: Language;
  detected: boolean;
}

/**
 * Detects English, Dutch or Danish; posts too short to tell fall back to `fallback`.
 * `names` (the organization's, its products', competitors') are left out: "Aurora Pro" or
 * "Project Hydra" would otherwise tip a short Danish or Dutch post towards English.
 */
export function detectLanguage(body: string, fallback: Language = "en", names?: RegExp): DetectedLanguage {
  const withoutNames = names ? body.replace(names, " ") : body;
  const prose = withoutNames.replace(NOISE, (_m, tag: string | undefined, alt: string | undefined) => ` ${tag ?? alt ?? ""} `);
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: fallback, detected: false };
  const votes = wordVotes(prose, FUNCTION_WORDS);
  const [first, second] = byVotes(votes);
  const clearVote = first && second && first[1] >= 2 && first[1] >= 2 * second[1] ? first[0] : undefined;
  if (letters < SHORT_LETTERS && clearVote) return { language: clearVote, detected: true };
  if (letters < SHORT_LETTERS) {
    // Too few function words: everyday content words join the vote, with the same margin.
    const content = wordVotes(prose, CONTENT_WORDS, false);
    const [top, next] = byVotes({ en: votes.en + content.en, nl: votes.nl + content.nl, da: votes.da + content.da });
    if (top && next && top[1] >= 2 && top[1] >= 2 * next[1]) return { language: top[0], detected: true };
  }
  // An overwhelming function-word vote settles long posts too, without the trigram pass.
  if (first && second && first[1] >= 8 && first[1] >= 4 * second[1]) return { language: first[0], detected: true };
  if (letters < TRIGRAM_MIN_LETTERS) return { language: fallback, detected: false };
  const ranked = francAll(prose.slice(0, TRIGRAM_SAMPLE), { only: ONLY, minLength: MIN_LETTERS });
  const top = ranked[0];
  const runnerUp = ranked[1];
  const guess = top ? FROM_ISO3[top[0]] : undefined;
  if (!guess) return clearVote ? { language: clearVote, detected: true } : { language: fallback, detected: false };
  // Trigrams nearly tied: let function words break the tie when they lean one way.
  if (top && runnerUp && top[1] - runnerUp[1] < 0.02 && first && first[1] > (second?.[1] ?? 0)) return { language: first[0], detected: true };
  return { language: guess, detected: true };
}

const byVotes = (votes: Record<Language, number>): [Language, number][] => (Object.entries(votes) as [Language, number][]).sort((a, b) => b[1] - a[1]);

/** One vote per word found in a language's set; with `letters`, also for æ, ø, å (Danish) and "ij" (Dutch). */
function wordVotes(prose: string, words: Record<Language, ReadonlySet<string>>, letters = true): Record<Language, number> {
  const votes: Record<Language, number> = { en: 0, nl: 0, da: 0 };
  // Accents written for stress ("wéér", "écht") are the plain word; Danish å keeps its ring.
  const plain = prose.toLowerCase().normalize("NFD").replace(/[\u0300-\u0309\u030B-\u036F]/gu, "").normalize("NFC");
  for (const word of plain.replace(/[’]/g, "'").match(/[\p{L}']+/gu) ?? []) {
    for (const lang of ["en", "nl", "da"] as const) if (words[lang].has(word)) votes[lang]++;
    if (!letters) continue;
    // Letters only Danish uses, and Dutch's "ij", are evidence of their own.
    if (/[æøå]/.test(word)) votes.da++;
    else if (/ij/.test(word)) votes.nl++;
  }
  return votes;
}

/** One pattern matching any of the given names as whole words, case-insensitively; undefined for none. */
export function namePattern(names: readonly string[]): RegExp | undefined {
  const words = names.map((n) => n.replace(/^[#@]/, "").trim()).filter((n) => n.length > 1);
  if (words.length === 0) return undefined;
  const escaped = [...new Set(words)].sort((a, b) => b.length - a.length).map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&").replace(/\s+/g, "[\\s-]+"));
  return new RegExp(`(?<![\\p{L}\\p{N}])[#@]?(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "giu");
}
