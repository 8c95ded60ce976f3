import { compileLexicon, expandWordClasses, isNegated, isQuoted, loadSentiment, loadStemmer, sentenceWindow, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post, type Report } from "@postlint/core";
import { insensitiveEntries } from "../insensitive-language/entries.js";
import { lexiconFor } from "../lexicons.js";
import { toneOf } from "./tone.js";

const KINDS = ["boss", "colleague", "customer", "shareholder", "work"] as const;
export type TargetKind = (typeof KINDS)[number];

/** A finding of workplace-conflict, before it is worded: what the words are about and how bad. */
export interface Conflict {
  messageId: "venting" | "hostility" | "threat";
  range: Report["range"];
  clause: string;
  target: TargetKind;
}

interface Matchers {
  targets: PhraseMatcher<LexiconEntry>;
  ignore: PhraseMatcher<LexiconEntry>;
  vents: PhraseMatcher<LexiconEntry>;
  cues: PhraseMatcher<LexiconEntry>;
  /** Slurs, insults and stereotypes (insensitive-language's lists): hostility when aimed at work. */
  slurs: PhraseMatcher<LexiconEntry>;
  threats: PhraseMatcher<LexiconEntry>;
  /** Phrases that look like a threat and are not ("find out what happens next"). */
  notThreats: PhraseMatcher<LexiconEntry>;
  /** "I'm", "ik ben", "jeg er": the writer feels the emotion word after it. */
  firstPerson: PhraseMatcher<LexiconEntry>;
}

const kindOf = (entry: LexiconEntry): TargetKind => KINDS.find((k) => entry.tags.includes(k)) ?? "work";
/** A weapon beside a veiled threat ("ik weet waar zijn fiets staat 🔪") leaves no doubt about it. */
const WEAPON_EMOJI = /🔪|🗡|🔫|🪓|💣|⚰/u;
/** Both the negative words and the whole window must reach this to read as venting. */
const THRESHOLD = -2;

/**
 * Venting, hostility and threats aimed at the workplace: threats first (P8), then venting phrases,
 * then negative tone within a target's sentence and the next. Shared with brand-voice, for which
 * talking down about customers on the brand account is off-voice.
 */
export function compileConflicts(): (post: Post) => Promise<Conflict[]> {
  // Nothing here depends on config, so workplace-conflict and brand-voice share one set of matchers.
  return (shared ??= createConflicts());
}
let shared: ((post: Post) => Promise<Conflict[]>) | undefined;

function createConflicts(): (post: Post) => Promise<Conflict[]> {
  const cache = new Map<Language, Promise<Matchers>>();
  const build = async (language: Language): Promise<Matchers> => {
    const stemmer = await loadStemmer(language);
    // Word classes (`{person}`, `{poss}`) let one threat pattern cover every pronoun.
    const entries = expandWordClasses(lexiconFor("workplace-conflict", language));
    const by = (tag: string): PhraseMatcher<LexiconEntry> => compileLexicon(entries.filter((e) => e.tags.includes(tag)), { stemmer });
    const cues = entries.filter((e) => ["negative", "positive", "neutral"].some((t) => e.tags.includes(t)));
    const slurs = insensitiveEntries(language).map((e): LexiconEntry => ({ ...e, tags: ["negative", "insult"], confidence: "high" }));
    return {
      targets: by("target"),
      ignore: by("ignore"),
      vents: by("vent"),
      threats: by("threat"),
      notThreats: by("not-threat"),
      firstPerson: by("first-person"),
      cues: compileLexicon(cues, { stemmer }),
      slurs: compileLexicon(slurs),
    };
  };
  return async (post) => {
    let pending = cache.get(post.language);
    if (!pending) cache.set(post.language, (pending = build(post.language)));
    const m = await pending;
    const ignored = m.ignore.find(post);
    const quoted = (hit: PhraseHit<unknown>): boolean => isQuoted(post.text, hit.start, hit.end);
    // Only the people and the work: an opinion on the organization or its products is P10's
    // business (missing-disclaimer), so a bare "Northwind" is not a target.
    const targets = m.targets.find(post).filter((t) => !ignored.some((g) => t.first < g.last && g.first < t.last));

    // P8: an unmistakable threat counts anywhere; a conditional or veiled one only in a post about
    // work or beside a weapon. "I don't know where he lives" and "find out what happens next" (a
    // teaser) are no threats.
    const harmless = m.notThreats.find(post, { all: true });
    const armed = (hit: PhraseHit<unknown>): boolean => {
      const [from, to] = sentenceWindow(post, hit.first, 1);
      const first = post.tokens[from];
      const last = post.tokens[to - 1];
      return first !== undefined && last !== undefined && WEAPON_EMOJI.test(post.text.slice(first.start, post.sentences[last.sentence]?.end ?? last.end));
    };
    const found = m.threats
      .find(post, { all: true })
      .filter((t) => !quoted(t) && (t.data.confidence === "high" || targets.length > 0 || armed(t)))
      .filter((t) => !(t.data.tags.includes("negatable") && isNegated(post, t.first)) && !harmless.some((h) => t.first < h.last && h.first < t.last));
    const strong = found.filter((t) => t.data.confidence === "high");
    // One per sentence, the unmistakable cue first: the message is about the sentence.
    const sentenceOf = (hit: PhraseHit<unknown>): number | undefined => post.tokens[hit.first]?.sentence;
    const threats = (strong.length > 0 ? strong : found).filter((t, i, all) => all.findIndex((o) => sentenceOf(o) === sentenceOf(t)) === i);
    if (threats.length > 0) return threats.map((t) => ({ messageId: "threat", range: [t.start, t.end], clause: "P8", target: targets[0] ? kindOf(targets[0].data) : "work" }));

    const vent = m.vents.find(post).find((v) => !quoted(v));
    if (vent) return [{ messageId: "venting", range: [vent.start, vent.end], clause: "P6", target: kindOf(vent.data) }];
    if (targets.length === 0) return [];
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
      const kind = kindOf(target.data);
      const audience = kind === "customer" || kind === "shareholder";
      return [{ messageId: insult ? "hostility" : "venting", range: [tone.worst.start, tone.worst.end], clause: insult ? (audience ? "P22" : "P7") : "P6", target: kind }];
    }
    return [];
  };
}
