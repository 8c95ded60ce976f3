import { compileMentions, compilePhrases, lexiconMatchers, resolveCues, withFileNameWords, type CueEvidence, type Language, type LexiconEntry, type PhraseHit, type Post, type Range, type RuleConfig } from "@postlint/core";
import { lexiconFor } from "../lexicons.js";
import { findClosures, staffHearing } from "./closures.js";
import { nearFamily } from "./family.js";
import { figureEvidence } from "./figures.js";
import { findLayoffs } from "./layoffs.js";
import { uncovered } from "./shadow.js";

/**
 * Internal information in a post: the organization's confidential terms, and the leak cues of
 * `lexicons/<lang>/confidential-info.yml` (markers, meetings and what was said there, decisions
 * before their announcement, recordings, development work, the till, internal figures, restricted
 * premises, customers' visits and records) resolved against their evidence. confidential-info
 * reports each kind; brand-voice reports the first on the brand account, where internal news is
 * the company publishing it (P20). One finder, so both rules read a leak the same way.
 */
export interface InternalInfoHit {
  /** The kind of leak: `term` (a configured confidential term) or the lexicon's messageId. */
  kind: string;
  range: Range;
  clause?: string;
}

/** Findings a family beside them turns into the household's own business (a lemonade stall). */
const FAMILY_JOKES = new Set(["retail", "figures"]);
/**
 * A time still to come. Matched as written, not stemmed: Danish "i morges" (this morning) and
 * "i morgen" (tomorrow) share a stem.
 */
const UPCOMING: Record<Language, RegExp> = {
  en: /\b(?:tomorrow|later today|next (?:week|monday|tuesday|wednesday|thursday|friday)|coming up)\b/iu,
  nl: /(?:^|[^\p{L}])(?:morgen|overmorgen|morgenochtend|morgenmiddag|later vandaag|volgende week|aanstaande (?:maandag|dinsdag|woensdag|donderdag|vrijdag))(?![\p{L}])/iu,
  da: /(?:^|[^\p{L}])(?:i morgen|i overmorgen|imorgen|senere i dag|næste uge|på (?:mandag|tirsdag|onsdag|torsdag|fredag))(?![\p{L}])/iu,
};

/** The sentence says when, and it is still to come. */
function upcoming(post: Pick<Post, "text" | "sentences" | "language">, sentence: number | undefined): boolean {
  const s = sentence === undefined ? undefined : post.sentences[sentence];
  return s !== undefined && UPCOMING[post.language].test(post.text.slice(s.start, s.end));
}

/**
 * A site of the organization closing at a date to come, stated on a personal account ("our store in
 * Truro will close in February"): the decision itself, before the organization has announced it.
 * Not when it is published or confirmed as the organization's word (unauthorized-spokesperson's).
 */
const CLOSURE: LexiconEntry = { terms: [], confidence: "high", messageId: "decision", clause: "P1", tags: ["unless:published|confirmed"] };

/** The kinds of leak the lexicon's cues name (its messageIds). */
const INTERNAL_INFO_KINDS: ReadonlySet<string> = new Set(["marker", "meeting", "decision", "recording", "development", "retail", "figures", "premises", "customer", "records"]);

/** The lexicon's cues hold no configuration: one matcher a language for every rule and linter. */
const matchers = lexiconMatchers((lang) => lexiconFor("confidential-info", lang));

/** Compiles the organization's terms and names once (a rule's setup); the finder runs per post. */
export function internalInfoFinder(config: Pick<RuleConfig, "confidential" | "organization" | "products">): (post: Post) => Promise<InternalInfoHit[]> {
  const terms = compilePhrases(config.confidential.terms.map((phrase) => ({ phrase, data: phrase })), { possessive: true, literal: true });
  const mentions = compileMentions(config);
  return async (post) => {
    const out: InternalInfoHit[] = [];
    const reported: PhraseHit<unknown>[] = [];
    for (const hit of terms.find(post)) {
      reported.push(hit);
      out.push({ kind: "term", range: [hit.start, hit.end], clause: "P1" });
    }
    // Image file names count as words: `![](bonnetje.jpg)` shows a receipt as much as its alt text would.
    const view = withFileNameWords(post);
    const matcher = await matchers(post.language);
    // The organization's name makes figures business figures ("the numbers from Northwind's …").
    const evidence: CueEvidence[] = figureEvidence(view);
    const orgTokens = new Set<number>();
    for (const m of mentions.find(view)) {
      if (m.data.kind === "product") continue;
      evidence.push({ kind: "company", index: m.first });
      if (m.data.kind === "organization") orgTokens.add(m.first);
    }
    // Layoffs and firings (the shared concept) are internal HR news: what a meeting or "we were
    // told" passes on, as much as a closure or a move in the lexicon's own plan words.
    for (const h of await findLayoffs(view)) evidence.push({ kind: "plan", index: h.first }, { kind: "content", index: h.first });
    const closures = findClosures(view, orgTokens);
    for (const h of closures) evidence.push({ kind: "plan", index: h.first }, { kind: "content", index: h.first });
    // "Recordomzet bij de limonadekraam van mijn dochters": the family's stall, not the till. A
    // prototype on dad's desk is still a prototype.
    const family = await nearFamily(post);
    // Overlapping hits, so a context word ("the team") does not hide a cue that starts inside it
    // ("team meeting"). A hit inside a longer one is still shadowed by it (a harmless phrase over its
    // words), and so is a compound's head matched inside a word the lexicon lists whole: "samlingen"
    // (a meeting) in "Indsamlingen" (a charity collection).
    const found = matcher.find(view, { all: true });
    const compound = (h: (typeof found)[number]): boolean => h.data.tags.some((t) => t.startsWith("compound:"));
    const covers = (o: (typeof found)[number], h: (typeof found)[number]): boolean =>
      o !== h && o.first <= h.first && h.last <= o.last && (o.end - o.start > h.end - h.start || (compound(h) && !compound(o)));
    const unshadowed = uncovered(found, covers);
    // On the brand account a closure is its announcement, unless its staff are only now hearing it
    // ("Vanavond horen de collega's in Tilburg dat het distributiecentrum in juni dichtgaat").
    for (const c of closures) if (post.meta.account !== "official" || staffHearing(view, c)) unshadowed.push({ ...c, text: view.text.slice(c.start, c.end), phrase: "", data: CLOSURE });
    const hits = resolveCues(view, unshadowed, { evidence }).filter((h) => !FAMILY_JOKES.has(h.data.messageId ?? "marker") || !family(view.tokens[h.first]?.sentence ?? -9));
    // One finding per sentence and per kind: the first cue makes the point, the rest would repeat it.
    const seen = new Set<number | string | undefined>(reported.map((h) => view.tokens[h.first]?.sentence));
    for (const hit of hits) {
      const kind = hit.data.messageId ?? "marker";
      const sentence = view.tokens[hit.first]?.sentence;
      if (!INTERNAL_INFO_KINDS.has(kind) || seen.has(sentence) || seen.has(kind)) continue;
      // On the brand's own account a dated decision is the announcement itself; what "we were told"
      // or heard in a meeting is still internal news on it.
      if (kind === "decision" && post.meta.account === "official" && hit.data.tags.includes("needs:when")) continue;
      // "Board meeting tomorrow.": a meeting still to come has no content to pass on yet.
      if (kind === "meeting" && upcoming(view, sentence)) continue;
      seen.add(sentence).add(kind);
      out.push({ kind, range: [hit.start, hit.end], ...(hit.data.clause ? { clause: hit.data.clause } : {}) });
    }
    return out;
  };
}
