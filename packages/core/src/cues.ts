import { isNegated, isQuoted } from "./context.js";
import type { LexiconEntry } from "./lexicon.js";
import type { PhraseHit } from "./phrases.js";
import type { Post } from "./types.js";

/** A piece of evidence found outside the lexicon (a figure, a product mention): its kind and token index. */
export interface CueEvidence {
  kind: string;
  index: number;
}

export interface CueOptions {
  /** Sentences on either side of a hit in which its context may appear (default 1; `Infinity` = whole post). */
  window?: number;
  /** Evidence found by the rule itself, e.g. `{ kind: "figure", index }` for "12%" or "3.2M". */
  evidence?: readonly CueEvidence[];
}

/**
 * Lets lexicon data say when a hit counts, so precise rules stay data, not code. Tags on an entry:
 * - `kind:X`     the hit is evidence of kind X for other hits (it may still report itself);
 * - `context`    the hit is evidence only and never reports ("meeting", "revenue");
 * - `needs:X|Y`  report only when evidence of kind X or Y is in the window (several `needs:` must all hold);
 * - `unless:X`   drop the hit when evidence of kind X is in the window ("is out", "published");
 * - `ignore`     a harmless phrase that shadows its words ("secret recipe", "lab puppy"): never reports;
 * - `negatable`  drop the hit when negated ("not confidential");
 * - `quoted`     keep the hit inside quotation marks (by default quoted words, such as titles, are dropped).
 * Evidence never comes from the hit itself. Returns the hits that count, in order.
 */
export function resolveCues(
  post: Pick<Post, "text" | "tokens" | "language">,
  hits: readonly PhraseHit<LexiconEntry>[],
  options: CueOptions = {},
): PhraseHit<LexiconEntry>[] {
  const window = options.window ?? 1;
  const sentenceOf = (index: number): number => post.tokens[index]?.sentence ?? 0;
  const evidence: { kind: string; sentence: number; hit?: PhraseHit<LexiconEntry> }[] = [];
  for (const e of options.evidence ?? []) evidence.push({ kind: e.kind, sentence: sentenceOf(e.index) });
  for (const hit of hits) {
    if (hit.data.tags.includes("ignore")) continue;
    for (const tag of hit.data.tags) if (tag.startsWith("kind:")) evidence.push({ kind: tag.slice(5), sentence: sentenceOf(hit.first), hit });
  }
  const near = (hit: PhraseHit<LexiconEntry>, kinds: string[]): boolean => {
    const s = sentenceOf(hit.first);
    return evidence.some((e) => e.hit !== hit && kinds.includes(e.kind) && Math.abs(e.sentence - s) <= window);
  };
  return hits.filter((hit) => {
    const tags = hit.data.tags;
    if (tags.includes("ignore") || tags.includes("context")) return false;
    for (const tag of tags) {
      if (tag.startsWith("needs:") && !near(hit, tag.slice(6).split("|"))) return false;
      if (tag.startsWith("unless:") && near(hit, tag.slice(7).split("|"))) return false;
    }
    if (tags.includes("negatable") && isNegated(post, hit.first)) return false;
    if (!tags.includes("quoted") && isQuoted(post.text, hit.start, hit.end)) return false;
    return true;
  });
}
