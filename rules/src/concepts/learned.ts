import { compileMentions, compilePhrases, isNegated, loadSentiment, loadStemmer, z, type Language, type LexiconEntry, type PhraseHit, type Post, type Range, type RuleConfig } from "@postlint/core";
import type { ConceptTag } from "../generated/concept-tags.js";
import type * as Models from "../generated/models.js";
import type { LearnedModelName } from "../generated/models.js";
import { CONCEPT_TAGS, conceptMatcher } from "./lexicon.js";
import { feltByWriter, toneOf } from "./tone.js";
import { adjectiveBeforeNoun } from "./attitude.js";
import { reportedSentences } from "./reported.js";
import { takenBackSentences } from "./retracted.js";
import { saidInSympathy, smilesSincerely } from "./sarcasm.js";

/**
 * A learned second opinion: per-rule logistic-regression models over the post's word stems and
 * word pairs (the organization's configured names read as what they name), trained by
 * `rules/scripts/train-models.mjs` on the labelled development sets (never on a blind set). Hand-written vocabulary catches what its authors thought of; four
 * blind sets in a row showed that people write risky posts in words nobody listed. A model
 * trained on a few thousand labelled posts generalises over those words, so rules ask it only
 * when their own vocabulary found nothing, and report the sentence that weighed most with the
 * words that weighed most, so the writer sees why.
 */
export interface LearnedVerdict {
  /** Probability that the post breaks the rule, 0–1. */
  score: number;
  /** The sentence that weighed most. */
  range: Range;
  /** Up to three words of that sentence that weighed most, as written, in text order. */
  words: string[];
}

export type { LearnedModelName };

/** The `learned` option of every rule that asks a model: one wording, one default. */
export const learnedOption = z
  .boolean()
  .default(true)
  .describe("Also ask the learned model when the rule's own words find nothing (a warning, `messageId: learned`). `false` keeps findings to the listed words and combinations.");

// The weights are most of a megabyte: loaded on the first verdict, so a bundle splits them out
// and code that never asks (the browser extension's counter, `--print-config`) never parses them.
type ModelsModule = typeof Models;
let models: Promise<ModelsModule> | undefined;
const modelsOf = (): Promise<ModelsModule> => (models ??= import("../generated/models.js"));

/** A score at which a model speaks without the gate's named words (the tone still decides a complaint). */
export const LEARNED_SURE_SCORE = 0.9;

/**
 * What a post must be about before a model may speak: weights learned from a few thousand posts
 * also pick up chance words ("kassa" for hurtful language), so a complaint needs someone or
 * something at work (a target, or a grievance, cheating, layoffs or corporate speak, which are
 * about work by themselves), and hurtful language a group of people, a gender or a tragedy, named
 * in the post in the concept lexicons' words. A vermin word alone opens no gate: rats in the bins are
 * rats. The political, confidential-information and financial models have no gate: their
 * left-out precision at their thresholds was 0.95 or more without one.
 */
export const LEARNED_GATES: Partial<Record<LearnedModelName, readonly ConceptTag[]>> = {
  "workplace-conflict": ["target", "work-context", "grievance", "cheating", "venting", "boredom", "layoffs", "bonus", "corporate-speak"],
  "insensitive-language": ["group", "gender", "disaster", "hardship", "disability-insult", "body-shaming", "stereotype", "slur", "gender-ability"],
};

/**
 * The post names what the model's gate asks for (always true for a model without a gate). A
 * complaint reads sour somewhere: a post about work whose tone is warm or flat on the whole ("a
 * customer called three times just to say thanks, made my day", "my manager is not an idiot") is
 * no complaint, whatever its words weigh in the model, unless a sentence that names the work reads
 * sour on its own. The tone is the writer's (someone else's anger is not theirs).
 */
export async function learnedGateOpen(post: Post, name: LearnedModelName, score = 0): Promise<boolean> {
  const tags = LEARNED_GATES[name];
  if (!tags) return true;
  // Slurs and insults are listed with their inflections and matched as written, as the
  // insensitive-language rule does: stemmed, Dutch "achterlijk" would match every "achter".
  const stem = name !== "insensitive-language";
  // "die nieuwe dienstregeling" is a new timetable, not the new colleague ("die nieuwe").
  const named = (await conceptMatcher(post.language, tags, { stem })).find(post).filter((h) => !adjectiveBeforeNoun(post, h));
  // A model this sure has read a target the lists lack ("a full flight of chavs", "this kip"),
  // which left-out scoring showed right nine times in ten; a complaint must still read sour.
  if (named.length === 0 && score < LEARNED_SURE_SCORE) return false;
  if (name !== "workplace-conflict") return true;
  // Sarcasm reads warm word by word ("another lovely night shift", "real generous folks up
  // there"), and praise elsewhere does not undo name-calling ("Arrogant, snobby people"): the
  // tone cannot shut the gate on either.
  // A sarcasm word in a sentence that smiles without an eye-roll is meant ("the same lovely old boy 😊"),
  // and so is one in a sentence of sympathy ("Sending love to everyone 💔").
  const sarcasmOrInsult = (await conceptMatcher(post.language, ["sarcasm", "irony", "insult"])).find(post);
  if (sarcasmOrInsult.some((hit) => !isNegated(post, hit.first, 3) && (hit.data.tags.includes("insult") || (!smilesSincerely(post, hit) && !saidInSympathy(post, hit))))) return true;
  const toneOver = await writersTone(post);
  const whole = toneOver(0, post.tokens.length);
  // Flat because the complaint is denied ("my manager is not an idiot") is not flat: nothing sour is left.
  if (whole < 0 || (whole === 0 && !(await deniesComplaint(post)))) return true;
  // A warm post may still hold one sour sentence about work (a grievance in brackets in the
  // middle of a festival round-up): that sentence's own tone decides.
  for (const sentence of new Set(named.map((hit) => post.tokens[hit.first]?.sentence ?? 0))) {
    const range = post.sentences[sentence]?.tokens;
    if (range && toneOver(range[0], range[1]) < 0) return true;
  }
  return false;
}

/**
 * A post's features: each distinct key once (for the score), and every occurrence with where it
 * was read (for the evidence). Parallel arrays, not an object per occurrence: this runs for every
 * post, and most posts never need their evidence.
 */
export interface Features {
  keys: string[];
  occurrences: { key: string[]; start: number[]; end: number[]; sentence: number[] };
}

const EMOJI = /\p{Extended_Pictographic}/gu;

const stopwordCache = new Map<Language, Promise<ReadonlySet<string>>>();
/**
 * Function words ("a", "een", "og"): a model this size gives some of them weight (risky posts are
 * longer), but quoting them to the writer as the reason would make no sense. Lists from `stopword`.
 */
function stopwordsOf(language: Language): Promise<ReadonlySet<string>> {
  let p = stopwordCache.get(language);
  if (!p) {
    p = (language === "en" ? import("stopword/src/stopwords_eng.js").then((m) => m.eng) : language === "nl" ? import("stopword/src/stopwords_nld.js").then((m) => m.nld) : import("stopword/src/stopwords_dan.js").then((m) => m.dan)).then((words) => new Set(words));
    stopwordCache.set(language, p);
  }
  return p;
}
// Words shown to the writer must carry real weight: small weights are noise in a model this size.
const MIN_WORD_WEIGHT = 0.15;

const featureCache = new WeakMap<Post, Promise<Features>>();

/** What the models read of the config: the names the organization configured. */
export type LearnedConfig = Pick<RuleConfig, "organization" | "products" | "confidential">;

/** Where a configured name stands in a post, token by token, and what it names. */
type NamesAt = (post: Post) => Map<number, string>;
const namesCache = new WeakMap<LearnedConfig, NamesAt>();

/**
 * The organization's own names (its name and aliases, competitors, products and codenames, the
 * confidential terms) are read as what they name, not as words: "Contoso" is the competitor in the
 * sets the models learn from, and another organization's competitor has another name. A model that
 * weighed "contoso" or "project hydra" would carry the sample config into every organization's posts.
 */
function namesOf(config: LearnedConfig): NamesAt {
  let at = namesCache.get(config);
  if (!at) {
    const mentions = compileMentions(config);
    // Terms are literal text, as confidential-info reads them ("Hydra*" is no wildcard).
    const terms = compilePhrases(config.confidential.terms.map((phrase) => ({ phrase, data: "confidential" })), { literal: true });
    // A name written as one word too: a hashtag ("#ProjectHydra"), or the end of a compound
    // ("klotenorthwind"; a name starting one, "Northwindfirmaet", is a mention already). Not the
    // start of any word: "hydration" does not name Project Hydra.
    const org = config.organization;
    const squashed = [
      ...[org.name, ...org.aliases].map((name) => [name, "organization"] as const),
      ...org.competitors.map((name) => [name, "competitor"] as const),
      ...config.products.flatMap((p) => [p.name, ...p.aliases].map((name) => [name, "product"] as const)),
      ...config.confidential.terms.map((term) => [term, "confidential"] as const),
    ]
      .map(([name, kind]) => [(name ?? "").toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""), kind] as const)
      .filter(([name]) => name.length >= 5);
    at = (post) => {
      const kinds = new Map<number, string>();
      const mark = (first: number, last: number, kind: string): void => {
        for (let i = first; i < last; i++) kinds.set(i, kind);
      };
      for (const hit of mentions.find(post)) mark(hit.first, hit.last, hit.data.kind);
      for (const hit of terms.find(post)) mark(hit.first, hit.last, hit.data);
      for (const [i, token] of post.tokens.entries()) {
        if (kinds.has(i)) continue;
        const inside = squashed.find(([name]) => token.norm === name || (token.norm.endsWith(name) && token.norm.length >= name.length + 3));
        if (inside) kinds.set(i, inside[1]);
      }
      return kinds;
    };
    namesCache.set(config, at);
  }
  return at;
}

/** The features of a post, computed once and shared by every rule that asks (one config a linter). */
export function learnedFeatures(post: Post, config: LearnedConfig): Promise<Features> {
  let p = featureCache.get(post);
  if (!p) {
    p = computeFeatures(post, namesOf(config)(post));
    featureCache.set(post, p);
  }
  return p;
}

/** The key of a configured name read in a post ("@name:competitor"): never shown as a reason. */
const NAME_KEY = /^@name:/u;

async function computeFeatures(post: Post, names: ReadonlyMap<number, string>): Promise<Features> {
  const lang = post.language;
  const stem = await loadStemmer(lang);
  const seen = new Set<string>();
  const features: Features = { keys: [], occurrences: { key: [], start: [], end: [], sentence: [] } };
  const o = features.occurrences;
  const add = (key: string, start: number, end: number, sentence: number): void => {
    if (!seen.has(key)) {
      seen.add(key);
      features.keys.push(key);
    }
    o.key.push(key);
    o.start.push(start);
    o.end.push(end);
    o.sentence.push(sentence);
  };
  let previous = "";
  let previousSentence = -1;
  let previousStart = 0;
  for (const [index, token] of post.tokens.entries()) {
    const word = token.norm.includes("'") ? token.norm.replace(/'/g, "") : token.norm;
    if (!word) continue;
    const name = names.get(index);
    // A name of two words ("Project Hydra") is one name: its second word adds nothing.
    if (name !== undefined && names.get(index - 1) === name && post.tokens[index - 1]?.sentence === token.sentence) continue;
    const s = name === undefined ? (stem ? stem(word) : word) : `@name:${name}`;
    add(name === undefined ? `${lang}:${s}` : s, token.start, token.end, token.sentence);
    if (previousSentence === token.sentence) add(`${lang}:${previous}_${s}`, previousStart, token.end, token.sentence);
    previous = s;
    previousSentence = token.sentence;
    previousStart = token.start;
  }
  // Emoji come in text order, so one pointer walks the sentences (a scan per emoji would be
  // quadratic in a post of thousands of emoji and sentences).
  const body = post.text.slice(post.bodyStart);
  let sentence = 0;
  for (const m of body.matchAll(EMOJI)) {
    const start = post.bodyStart + m.index;
    while (sentence + 1 < post.sentences.length && (post.sentences[sentence + 1]?.start ?? Infinity) <= start) sentence++;
    add(`${lang}:${m[0]}`, start, start + m[0].length, sentence);
  }
  if (post.meta.account === "official") add("#official", post.bodyStart, post.bodyStart, 0);
  await addConceptFeatures(post, add);
  return features;
}

/** Concept features of words that say something else than their tags (see addConceptFeatures). */
const SET_APART = /^@(?:not|unfelt|exclaimed)-/u;

// Tags that say how a word matches, not what it means.
const FEATURE_TAGS = CONCEPT_TAGS.filter((t) => !t.startsWith("compound:"));

/** A curse word among the first two words of a sentence and followed by a comma or "!". */
function exclaimed(post: Post, hit: PhraseHit<LexiconEntry>): boolean {
  if (!hit.data.tags.includes("profanity")) return false;
  const sentence = post.sentences[post.tokens[hit.first]?.sentence ?? -1];
  return sentence !== undefined && hit.first - sentence.tokens[0] <= 1 && /^\s*[,!]/.test(post.text.slice(hit.end, hit.end + 3));
}

/**
 * What the concept lexicons read in the post, as language-free features: each tag ("@insult"),
 * and each pair of tags met in one sentence ("@boss+insult"). Words are per language and per
 * set of writers; a target beside an insult is the same finding in every language and every
 * wording, so a model that weighs these learns from all three languages at once.
 */
async function addConceptFeatures(post: Post, add: (key: string, start: number, end: number, sentence: number) => void): Promise<void> {
  // Matched as written: stemmed, Danish "politikere" would make every "politik" (policy) political.
  const hits = (await conceptMatcher(post.language, FEATURE_TAGS, { stem: false })).find(post);
  const bySentence = new Map<number, Set<string>>();
  const firstPerson = hits.filter((hit) => hit.data.tags.includes("first-person"));
  for (const hit of hits) {
    const sentence = post.tokens[hit.first]?.sentence ?? 0;
    let tags = bySentence.get(sentence);
    if (!tags) bySentence.set(sentence, (tags = new Set()));
    // Some hits say something else than their tags: each becomes one feature of its own that
    // pairs with nothing. "not an idiot" says the opposite of "an idiot"; "an angry customer" is
    // someone else's feeling, not the writer's venting; "Holy shit, …" opening a sentence is an
    // exclamation, not a curse at anyone.
    const other = isNegated(post, hit.first, 3) ? "not" : hit.data.tags.includes("emotion") && !feltByWriter(post, hit, firstPerson) ? "unfelt" : exclaimed(post, hit) ? "exclaimed" : undefined;
    for (const tag of hit.data.tags) {
      if (tag.startsWith("compound:")) continue;
      add(other ? `@${other}-${tag}` : `@${tag}`, hit.start, hit.end, sentence);
      if (!other) tags.add(tag);
    }
  }
  for (const [sentence, tags] of bySentence) {
    const sorted = [...tags].sort();
    const at = post.sentences[sentence];
    for (let i = 0; i < sorted.length; i++) {
      for (let j = i + 1; j < sorted.length; j++) add(`@${sorted[i]}+${sorted[j]}`, at?.start ?? 0, at?.end ?? 0, sentence);
    }
  }
}

/** A negative word the writer negates ("not an idiot", "geen slechte baas", "ikke en idiot"). */
async function deniesComplaint(post: Post): Promise<boolean> {
  const negative = await conceptMatcher(post.language, ["negative"]);
  return negative.find(post).some((hit) => isNegated(post, hit.first, 2));
}

/** The writer's tone over a token window of the post; the post's cues are found once for every window. */
async function writersTone(post: Post): Promise<(from: number, to: number) => number> {
  const [cueMatcher, sentiment, firstPersonMatcher] = await Promise.all([conceptMatcher(post.language, ["negative", "positive", "neutral"]), loadSentiment(post.language), conceptMatcher(post.language, ["first-person"])]);
  const cues = cueMatcher.find(post);
  const attitude = { firstPerson: firstPersonMatcher.find(post), events: true };
  return (from, to) => toneOf({ post, from, to, cues, sentiment, attitude }).score;
}

/** One language's weights: each feature's place, and every model's weights by place (0: not weighed). */
interface WeightTable {
  index: Map<string, number>;
  weights: Record<LearnedModelName, Float64Array>;
}

const tableCache = new Map<Language, WeightTable>();

/**
 * The weights of every model for one language and the language-free features, unpacked on first
 * use: one JSON.parse each (see `render` in scripts/train-models.mjs) and one index for the five models.
 */
function tableOf(module: ModelsModule, lang: Language): WeightTable {
  let table = tableCache.get(lang);
  if (!table) {
    const names = Object.keys(module.LEARNED_MODELS) as LearnedModelName[];
    const parts = [module.LEARNED_WEIGHTS[lang], module.LEARNED_WEIGHTS.any].map((json) => JSON.parse(json) as { keys: string[] } & Record<LearnedModelName, number[]>);
    const index = new Map<string, number>();
    let size = 0;
    for (const part of parts) for (const key of part.keys) index.set(key, size++);
    const weights = {} as Record<LearnedModelName, Float64Array>;
    for (const name of names) {
      const w = new Float64Array(size);
      let at = 0;
      for (const part of parts) {
        w.set(part[name], at);
        at += part.keys.length;
      }
      weights[name] = w;
    }
    table = { index, weights };
    tableCache.set(lang, table);
  }
  return table;
}

/**
 * What every model reads of a post, found once for all of them: the sentences that weigh nothing
 * (see learnedVerdict), and the places in the language's table of the features read outside them,
 * in the order the features were read (a feature no model weighs adds nothing, so it has none).
 */
interface Scored {
  reported: ReadonlySet<number>;
  places: Int32Array;
}

const scoredCache = new WeakMap<Post, Promise<Scored>>();

function scoredOf(post: Post, table: WeightTable, config: LearnedConfig): Promise<Scored> {
  let p = scoredCache.get(post);
  if (!p) {
    p = (async () => {
      const features = await learnedFeatures(post, config);
      // Someone else's words in quotes are not the writer's, nor a question the writer answers with a
      // no ("People ask if I hate the job. No."), nor a sentence the next one takes back ("Worst job in
      // the world. (It isn't."): those sentences weigh nothing.
      const reported = new Set([...(await reportedSentences(post)), ...takenBackSentences(post)]);
      const keys = reported.size === 0 ? features.keys : writersKeys(features, reported);
      const places: number[] = [];
      for (const key of keys) {
        const place = table.index.get(key);
        if (place !== undefined) places.push(place);
      }
      return { reported, places: Int32Array.from(places) };
    })();
    scoredCache.set(post, p);
  }
  return p;
}

/**
 * The model's verdict on a post when its score reaches the model's threshold, else undefined.
 * `config` is the rule's (`ctx.config`): its names are read as names. `threshold` overrides the
 * trained one (a rule may ask for more certainty in a context).
 */
export async function learnedVerdict(post: Post, name: LearnedModelName, config: LearnedConfig, threshold?: number): Promise<LearnedVerdict | undefined> {
  const module = await modelsOf();
  const model = module.LEARNED_MODELS[name];
  const table = tableOf(module, post.language);
  const weights = table.weights[name];
  const features = await learnedFeatures(post, config);
  const { reported, places } = await scoredOf(post, table, config);
  // Score first: most posts stay under the threshold, and their evidence is never needed.
  let z = model.bias;
  for (const place of places) z += weights[place] as number;
  const score = 1 / (1 + Math.exp(-z));
  if (score < (threshold ?? model.threshold) || !(await learnedGateOpen(post, name, score))) return undefined;
  const bySentence = new Map<number, number>();
  const byWord = new Map<number, { weight: number; span: Range; sentence: number }>();
  const o = features.occurrences;
  for (let i = 0; i < o.key.length; i++) {
    const key = o.key[i] as string;
    const place = table.index.get(key);
    const w = place === undefined ? undefined : weights[place];
    const sentence = o.sentence[i] as number;
    if (w === undefined || w <= 0 || key === "#official" || reported.has(sentence)) continue;
    bySentence.set(sentence, (bySentence.get(sentence) ?? 0) + w);
    // A word pair's weight is shown on its words only when they carry weight of their own.
    const start = o.start[i] as number;
    // Nor are a tag pair's, or a concept the writer denied or did not feel ("not an idiot").
    if (!key.includes("_") && !key.includes("+") && !SET_APART.test(key) && !NAME_KEY.test(key)) byWord.set(start, { weight: w, span: [start, o.end[i] as number], sentence });
  }
  if (bySentence.size === 0) return undefined;
  let best = 0;
  let bestWeight = -Infinity;
  for (const [sentence, weight] of bySentence) {
    if (weight > bestWeight) [best, bestWeight] = [sentence, weight];
  }
  const sentence = post.sentences[best];
  if (!sentence) return undefined;
  const stopwords = await stopwordsOf(post.language);
  const words = [...byWord.values()]
    .filter((w) => w.sentence === best && w.weight >= MIN_WORD_WEIGHT && !stopwords.has(post.text.slice(w.span[0], w.span[1]).toLowerCase()))
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 3)
    .sort((a, b) => a.span[0] - b.span[0])
    .map((w) => post.text.slice(w.span[0], w.span[1]));
  return { score, range: [sentence.start, sentence.end], words: [...new Set(words)] };
}

/** The distinct keys read outside the reported sentences (the account's key is the post's, not a sentence's). */
function writersKeys(features: Features, reported: ReadonlySet<number>): string[] {
  const o = features.occurrences;
  const keys = new Set<string>();
  for (let i = 0; i < o.key.length; i++) {
    const key = o.key[i] as string;
    if (key === "#official" || !reported.has(o.sentence[i] as number)) keys.add(key);
  }
  return [...keys];
}

/** Message data for a verdict: `named` says whether any word weighed enough to be quoted. */
export function learnedData(verdict: LearnedVerdict): { words: string; named: "yes" | "no" } {
  return { words: verdict.words.map((w) => `“${w}”`).join(", "), named: verdict.words.length > 0 ? "yes" : "no" };
}

/**
 * The report every rule makes of a verdict: `messageId: learned` at the sentence, as a warning
 * (the model weighs words rather than reading them).
 */
export function learnedReport(verdict: LearnedVerdict, clause?: string): { messageId: "learned"; range: Range; data: ReturnType<typeof learnedData>; severity: "warn"; clause?: string } {
  return { messageId: "learned", range: verdict.range, data: learnedData(verdict), severity: "warn", ...(clause ? { clause } : {}) };
}
