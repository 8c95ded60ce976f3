import { takenBack } from "./retracted.js";
import { isNegated, type LexiconEntry, type PhraseHit, type Post, type SentimentScorer } from "@postlint/core";

/** Lexicon weight of a cue: confidence sets the strength, the tag the sign. */
const STRENGTH: Record<LexiconEntry["confidence"], number> = { high: 3, medium: 2, low: 1 };

export function cueWeight(entry: LexiconEntry): number {
  if (entry.tags.includes("negative")) return -STRENGTH[entry.confidence];
  if (entry.tags.includes("positive")) return STRENGTH[entry.confidence];
  return 0;
}

// Emoji carry much of a post's tone and are not words, so the sentiment lexicons never see them.
const NEGATIVE_EMOJI = /🙄|😤|😠|😡|🤬|🖕|🤡|😒|🤦|💩|😑/gu;
const POSITIVE_EMOJI = /💚|💙|❤️|🧡|💜|🙌|👏|🎉|🥳|😍|🤩|🙏|💪|🥰|🥹|😊|☺️|🤗|💕|🏆|⭐|✨/gu;

export interface Tone {
  /** Sum of every weight: below zero reads negative. */
  score: number;
  /** Sum of the negative weights alone. */
  negative: number;
  /** The most negative thing in the window: what a message quotes. */
  worst?: { start: number; end: number; weight: number; entry?: LexiconEntry };
}

export interface ToneInput {
  post: Pick<Post, "text" | "tokens" | "sentences" | "language">;
  /** Token window `[from, to)`. */
  from: number;
  to: number;
  /** Lexicon cues (negative, positive, neutral) found in the post, non-overlapping. */
  cues: readonly PhraseHit<LexiconEntry>[];
  /** Tokens to leave out of scoring (the target words themselves). */
  skip?: ReadonlySet<number>;
  /** natural's analyzer for words no cue covers; absent for Danish. */
  sentiment?: SentimentScorer | undefined;
  /**
   * Score only the writer's own attitude (workplace-conflict), not what happened:
   * - natural's words may offset (praise) but add no negative weight: its negative words are mostly
   *   events and bad luck ("lost", "error", "fout"), not what the writer thinks of anyone;
   * - a cue tagged `emotion` ("angry", "boos", "vred") counts only when one of `firstPerson`
   *   ("I'm", "ik ben", "jeg er", "makes me") ends at most three words before it in its sentence:
   *   an angry customer is the customer's feeling, not the writer's;
   * - in a sentence with an `apology` cue ("sorry for", "we betreuren", "vi beklager") the negative
   *   words are what is being apologised for, so only insults count there.
   */
  attitude?: {
    firstPerson: readonly PhraseHit<LexiconEntry>[];
    /** Count natural's negative words after all: in a sarcastic window they are what is mocked. */
    events?: boolean;
  };
}

/**
 * The tone of a token window: curated cues first (they know idioms, insults and sarcasm markers
 * the sentiment lexicons miss or misread), then natural's word polarities for the other words,
 * then emoji. A negated negative word counts as nothing ("not bad"), a negated positive as mildly
 * negative ("not helpful").
 */
/**
 * A feeling ("angry", "boos", "vred") is the writer's when a first-person phrase ("I'm", "ik ben",
 * "jeg er", "makes me") ends at most three words before it in its sentence: "an angry customer" is
 * the customer's.
 */
export function feltByWriter(post: Pick<Post, "tokens">, hit: PhraseHit<unknown>, firstPerson: readonly PhraseHit<unknown>[]): boolean {
  const sentence = post.tokens[hit.first]?.sentence;
  return firstPerson.some((p) => p.last <= hit.first && p.last >= hit.first - 3 && post.tokens[p.first]?.sentence === sentence);
}

export function toneOf({ post, from, to, cues, skip, sentiment, attitude }: ToneInput): Tone {
  const tone: Tone = { score: 0, negative: 0 };
  const add = (weight: number, start: number, end: number, entry?: LexiconEntry): void => {
    tone.score += weight;
    if (weight < 0) {
      tone.negative += weight;
      if (!tone.worst || weight < tone.worst.weight) tone.worst = { start, end, weight, ...(entry ? { entry } : {}) };
    }
  };
  const covered = new Set<number>();
  const sentenceOf = (i: number): number => post.tokens[i]?.sentence ?? -1;
  const apologies = attitude ? new Set(cues.filter((h) => h.data.tags.includes("apology")).map((h) => sentenceOf(h.first))) : undefined;
  const felt = (hit: PhraseHit<LexiconEntry>): boolean => (attitude ? feltByWriter(post, hit, attitude.firstPerson) : true);
  for (const hit of cues) {
    if (hit.first < from || hit.first >= to) continue;
    for (let i = hit.first; i < hit.last; i++) covered.add(i);
    let weight = cueWeight(hit.data);
    if (weight !== 0 && (isNegated(post, hit.first, 2) || takenBack(post, hit.first))) weight = weight < 0 ? 0 : -1;
    if (weight < 0 && hit.data.tags.includes("emotion") && !felt(hit)) weight = 0;
    if (weight < 0 && apologies?.has(sentenceOf(hit.first)) && !hit.data.tags.includes("insult")) weight = 0;
    add(weight, hit.start, hit.end, hit.data);
  }
  if (sentiment) {
    for (let i = from; i < to; i++) {
      if (covered.has(i) || skip?.has(i)) continue;
      const token = post.tokens[i];
      // A capitalised word inside a sentence is a name ("de Boer", "Sweet"), not an opinion.
      if (!token || token.prefix || (i > (post.sentences[token.sentence]?.tokens[0] ?? 0) && /^\p{Lu}\p{Ll}/u.test(token.text))) continue;
      let weight = sentiment([token.norm]);
      // Weak polarities are mostly function words ("waar": true/where) and mild words; they only
      // blur the picture.
      if (Math.abs(weight) < 1.5 || (attitude && !attitude.events && weight < 0)) continue;
      if (weight !== 0 && (isNegated(post, i, 2) || takenBack(post, i))) weight = weight < 0 ? 0 : -1;
      add(weight, token.start, token.end);
    }
  }
  const first = post.tokens[from];
  const last = post.tokens[to - 1];
  if (first && last) {
    const sentenceEnd = post.sentences[last.sentence]?.end ?? last.end;
    const span = post.text.slice(first.start, sentenceEnd);
    for (const m of span.matchAll(NEGATIVE_EMOJI)) add(-2, first.start + m.index, first.start + m.index + m[0].length);
    for (const _ of span.matchAll(POSITIVE_EMOJI)) tone.score += 1;
  }
  return tone;
}
