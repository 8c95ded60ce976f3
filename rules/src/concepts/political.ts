import { isNegated, type PhraseHit, type Post } from "@postlint/core";
import { conceptMatcher } from "./lexicon.js";
import { sentenceText } from "./window.js";

/** Mood around a politician or party that makes a mention a jab. */
const JAB_EMOJI = /🙄|🤡|😂|🤣|🤦|💩|🤮|😒|😬|😅|🙃|😏|😉|👏/u;

/**
 * A name listed with a capital counts only written with one ("Labour", "the PM"; not "labour ward"), and a
 * first name only on its own ("Mette", not "Mette J." or "Mette Hansen").
 */
function writtenAsListed(post: Post, hit: PhraseHit<unknown>): boolean {
  if (!/\p{Lu}/u.test(hit.phrase)) return true;
  if (!/\p{Lu}/u.test(hit.text)) return false;
  const next = post.tokens[hit.last];
  const single = !/\s/u.test(hit.phrase.trim()) && /^\p{Lu}\p{Ll}+$/u.test(hit.phrase);
  return !(single && next && next.sentence === post.tokens[hit.first]?.sentence && /^\s+$/u.test(post.text.slice(hit.end, next.start)) && /^\p{Lu}/u.test(next.text));
}

export interface JabOptions {
  /**
   * Leave out the weakest mood words ("again", *weer*) and the sarcasm and humour markers
   * ("lovely", "haha"): enough for the brand's own channel, too little for a person's opinion.
   */
  strict?: boolean;
}

/**
 * A party, politician or the government with negative tone, sarcasm, a joke or an insult in its
 * sentence (or the next), or a mocking emoji on its line ("Top geregeld hoor, VVD 👏"). On the
 * brand account that is a political jab (brand-voice); for a role that must stay impartial it is an
 * opinion on politics (controversial-topic).
 */
export async function politicalJab(post: Post, { strict = false }: JabOptions = {}): Promise<[number, number] | undefined> {
  const parties = (await conceptMatcher(post.language, ["politics"], { stem: false })).find(post).filter((p) => writtenAsListed(post, p));
  if (parties.length === 0) return undefined;
  const sentenceOf = (i: number): number => post.tokens[i]?.sentence ?? -1;
  const mood = (await conceptMatcher(post.language, strict ? ["negative", "insult", "profanity"] : ["negative", "insult", "sarcasm", "humour", "profanity"])).find(post).filter((m) => !strict || m.data.confidence !== "low");
  for (const p of parties) {
    const s = sentenceOf(p.first);
    const hit = mood.find((m) => (sentenceOf(m.first) === s || sentenceOf(m.first) === s + 1) && !isNegated(post, m.first, 2));
    if (hit) return [Math.min(p.start, hit.start), Math.max(p.end, hit.end)];
    if (JAB_EMOJI.test(sentenceText(post, s).text)) return [p.start, p.end];
  }
  return undefined;
}
