import { compileLexicon, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post } from "@postlint/core";
import { profanityEntries } from "./profanity.js";

/** Indefinite articles: "a dickhead", "een eikel", "et røvhul". */
const ARTICLES: Record<Language, ReadonlySet<string>> = {
  en: new Set(["a", "an"]),
  nl: new Set(["een", "'n", "ne"]),
  da: new Set(["en", "et"]),
};

const cache = new Map<string, PhraseMatcher<LexiconEntry>>();
/**
 * Every curse word of the language, as an insult; with `low`, only the ones that are also everyday
 * words (`curse-homonym`: "eikel" is also an acorn). Phrases that only look like one (`profanity-ok`) stay in, so the longer phrase
 * wins and is then dropped.
 */
function matcher(language: Language, low = false): PhraseMatcher<LexiconEntry> {
  const key = `${language}:${low}`;
  let m = cache.get(key);
  if (!m) {
    const entries = profanityEntries(language)
      .filter((e) => e.tags.includes("profanity-ok") || (low ? e.tags.includes("curse-homonym") : e.confidence !== "low"))
      .map((e): LexiconEntry => (e.tags.includes("profanity-ok") ? e : { ...e, tags: ["negative", "insult"], confidence: "high" }));
    cache.set(key, (m = compileLexicon(entries)));
  }
  return m;
}

/**
 * Curse words used as a noun for a person: "the area manager is a complete dickhead", "what a
 * wanker", "a shit manager". An article up to three words before the curse, and after it only the
 * end of the sentence, punctuation or a workplace target. That frame names someone; a curse
 * elsewhere ("a fucking pizza", "holy shit") is an exclamation, which the profanity rule words.
 * The insult vocabulary lists the common ones; this catches every word the profanity lists know.
 * With `low`, the everyday words that are curses only in this frame ("echt een eikel", not "een
 * eikel van de eik").
 */
export function curseInsults(post: Post, targets: readonly { first: number }[], { low = false } = {}): PhraseHit<LexiconEntry>[] {
  const articles = ARTICLES[post.language];
  return matcher(post.language, low)
    .find(post)
    .filter((hit) => {
      if (!hit.data.tags.includes("insult")) return false;
      const sentence = post.tokens[hit.first]?.sentence;
      const before = [1, 2, 3].map((k) => post.tokens[hit.first - k]).filter((t) => t?.sentence === sentence);
      if (!before.some((t) => t && articles.has(t.norm))) return false;
      const next = post.tokens[hit.last];
      const end = post.tokens[hit.last - 1]?.end ?? hit.end;
      if (!next || next.sentence !== sentence || /[.,;:!?…)]/u.test(post.text.slice(end, next.start))) return true;
      return targets.some((t) => t.first === hit.last);
    });
}

/** Every curse in a post, found once for the checks below (they run on the same post). */
const cursesOf = new WeakMap<Post, PhraseHit<LexiconEntry>[]>();
function cursesIn(post: Post): PhraseHit<LexiconEntry>[] {
  let hits = cursesOf.get(post);
  if (!hits) cursesOf.set(post, (hits = matcher(post.language).find(post).filter((h) => h.data.tags.includes("insult"))));
  return hits;
}

/** What may stand between a target and the curse said of it: a copula, an article, an intensifier. */
const PREDICATE = new Set(["is", "was", "are", "were", "'s", "a", "an", "such", "so", "absolute", "absolutely", "total", "totally", "complete", "utter", "proper", "real", "zijn", "waren", "een", "echt", "gewoon", "zo'n", "totaal", "er", "var", "en", "et", "bare", "helt", "totalt", "komplet", "noget", "sådan", "virkelig"]);

/**
 * A curse said of a workplace target: right after it ("this job is s h i t", "this place is
 * sh!t", "mijn baas is een klootzak", "chefen er et røvhul"), at most three words on in its
 * sentence, or glued right before it ("fucking management"). The profanity rule words the swearing;
 * this is the attitude it carries about work.
 */
export function curseAtTarget<S extends { first: number; last: number; start: number }>(post: Post, targets: readonly S[]): { hit: PhraseHit<LexiconEntry>; target: S } | undefined {
  if (targets.length === 0) return undefined;
  const sentence = (i: number): number => post.tokens[i]?.sentence ?? -1;
  for (const hit of cursesIn(post)) {
    const target = targets.find((t) => {
      if (sentence(t.first) !== sentence(hit.first)) return false;
      if (t.last <= hit.first) return hit.first - t.last <= 3 && post.tokens.slice(t.last, hit.first).every((w) => PREDICATE.has(w.norm));
      return t.first === hit.last && /^[\s-]*$/u.test(post.text.slice(hit.end, t.start));
    });
    if (target) return { hit, target };
  }
  return undefined;
}

/** Whom a curse is told to: "fuck you", "screw them", "rot op jullie", "fuck jer". */
const ADDRESSEES: Record<Language, ReadonlySet<string>> = {
  en: new Set(["you", "ya", "yous", "youse", "him", "her", "them", "'em", "em", "y'all"]),
  nl: new Set(["jou", "jullie", "hem", "haar", "hen", "ze", "je"]),
  da: new Set(["dig", "jer", "ham", "hende", "dem"]),
};
/** "get fucked", "krijg de", "rend og hop": said to someone, the verb before the curse. */
const TOLD = new Set(["get", "go", "krijg", "kan", "rend", "skrid"]);

/**
 * A curse told to someone: "f*ck him AND his rota", "get absolutely fuuucked, the lot of ya",
 * "fuck jer allesammen". The addressee right after the curse (or a few words on after "the lot
 * of"), or "get …" before it. An exclamation ("fuck, you won't believe it") has a comma first.
 */
export function curseToldToSomeone(post: Post): PhraseHit<LexiconEntry> | undefined {
  const to = ADDRESSEES[post.language];
  const sentence = (i: number): number => post.tokens[i]?.sentence ?? -1;
  for (const hit of cursesIn(post)) {
    const next = post.tokens[hit.last];
    const same = next !== undefined && sentence(hit.last) === sentence(hit.first);
    if (same && to.has(next.norm) && /^\s+$/u.test(post.text.slice(hit.end, next.start))) return hit;
    const before = [1, 2].map((k) => post.tokens[hit.first - k]).filter((t) => t?.sentence === sentence(hit.first));
    if (before.some((t) => t && TOLD.has(t.norm)) && post.tokens.slice(hit.last, hit.last + 5).some((t) => to.has(t.norm))) return hit;
  }
  return undefined;
}
