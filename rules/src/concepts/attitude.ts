import { isQuoted, loadSentiment, sentenceWindow, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post, type Report } from "@postlint/core";
import { insensitiveEntries } from "./insensitive.js";
import { conceptMatcher } from "./lexicon.js";
import { compileLexicon } from "@postlint/core";
import { toneOf } from "./tone.js";

export const TARGET_KINDS = ["boss", "colleague", "customer", "shareholder", "work"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** A negative attitude toward someone or something at work, before a rule words it. */
export interface Attitude {
  kind: "venting" | "hostility";
  range: Report["range"];
  /** P6 for venting, P7 for insults at people inside, P22 for insults at customers or shareholders. */
  clause: "P6" | "P7" | "P22";
  target: TargetKind;
  /** The concept entry that decided it, when a lexicon word did. */
  entry?: LexiconEntry;
}

export interface Attitudes {
  /** Workplace targets in the post (not inside a `not-target` phrase). */
  targets: PhraseHit<LexiconEntry>[];
  /** At most one: the first venting phrase, or the first target whose window reads negative. */
  attitudes: Attitude[];
}

export const targetKindOf = (entry: LexiconEntry): TargetKind => TARGET_KINDS.find((k) => entry.tags.includes(k)) ?? "work";

/** Both the negative words and the whole window must reach this to read as venting. */
const THRESHOLD = -2;

interface Matchers {
  targets: PhraseMatcher<LexiconEntry>;
  ignore: PhraseMatcher<LexiconEntry>;
  vents: PhraseMatcher<LexiconEntry>;
  cues: PhraseMatcher<LexiconEntry>;
  slurs: PhraseMatcher<LexiconEntry>;
  firstPerson: PhraseMatcher<LexiconEntry>;
}

const cache = new Map<Language, Promise<Matchers>>();
async function build(language: Language): Promise<Matchers> {
  const [targets, ignore, vents, cues, firstPerson] = await Promise.all([
    conceptMatcher(language, ["target"]),
    conceptMatcher(language, ["not-target"]),
    conceptMatcher(language, ["venting"]),
    conceptMatcher(language, ["negative", "positive", "neutral"]),
    conceptMatcher(language, ["first-person"]),
  ]);
  // Slurs, disability insults and stereotypes: hostility when aimed at work.
  const slurs = compileLexicon(insensitiveEntries(language).map((e): LexiconEntry => ({ ...e, tags: ["negative", "insult"], confidence: "high" })));
  return { targets, ignore, vents, cues, slurs, firstPerson };
}

/**
 * Target × negative attitude: a venting phrase anywhere, or the writer's negative tone (curated
 * cues, negation-aware, emoji) within a workplace target's sentence and the next. Config-free, so
 * every rule and linter shares the matchers.
 */
export async function findAttitudes(post: Post): Promise<Attitudes> {
  let pending = cache.get(post.language);
  if (!pending) cache.set(post.language, (pending = build(post.language)));
  const m = await pending;
  const ignored = m.ignore.find(post);
  const quoted = (hit: PhraseHit<unknown>): boolean => isQuoted(post.text, hit.start, hit.end);
  // Only the people and the work: an opinion on the organization or its products is P10's
  // business (missing-disclaimer), so a bare "Northwind" is not a target.
  const targets = m.targets.find(post).filter((t) => !ignored.some((g) => t.first < g.last && g.first < t.last));
  const vent = m.vents.find(post).find((v) => !quoted(v));
  if (vent) return { targets, attitudes: [{ kind: "venting", range: [vent.start, vent.end], clause: "P6", target: targetKindOf(vent.data), entry: vent.data }] };
  if (targets.length === 0) return { targets, attitudes: [] };
  const sentiment = await loadSentiment(post.language);
  const cues = [...m.cues.find(post), ...m.slurs.find(post)];
  const firstPerson = m.firstPerson.find(post, { all: true });
  const skip = new Set(targets.flatMap((t) => Array.from({ length: t.last - t.first }, (_, i) => t.first + i)));
  const seen = new Set<number>();
  for (const target of targets) {
    if (quoted(target)) continue;
    const [from, to] = sentenceWindow(post, target.first, 1);
    if (seen.has(from)) continue;
    seen.add(from);
    const tone = toneOf({ post, from, to, cues, skip, sentiment, attitude: { firstPerson } });
    if (!tone.worst) continue;
    const insult = tone.worst.entry?.tags.includes("insult") ?? false;
    // Praise elsewhere in the sentence does not make up for calling someone a name.
    const hostile = insult && tone.worst.weight <= -3;
    if (!hostile && (tone.negative > THRESHOLD || tone.score > THRESHOLD)) continue;
    const kind = targetKindOf(target.data);
    const audience = kind === "customer" || kind === "shareholder";
    return {
      targets,
      attitudes: [{ kind: insult ? "hostility" : "venting", range: [tone.worst.start, tone.worst.end], clause: insult ? (audience ? "P22" : "P7") : "P6", target: kind, ...(tone.worst.entry ? { entry: tone.worst.entry } : {}) }],
    };
  }
  return { targets, attitudes: [] };
}
