import { compileLexicon, compileMentions, isNegated, isQuoted, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post, type ResolvedConfig, languageCache } from "@postlint/core";
import { conceptEntries, type ConceptTag } from "./lexicon.js";
import { findClosures } from "./closures.js";

export interface SpokespersonCues {
  /** Speaking for the organization: "on behalf of Northwind", "Northwind confirms", announcements. */
  strong: PhraseHit<LexiconEntry>[];
  /** "we at Northwind": may read as the company speaking. */
  weak: PhraseHit<LexiconEntry>[];
  /** The writer states a role ("speaking as the founder of Northwind"): a disclosure of the relationship. */
  role: boolean;
  /** The writer says they are not speaking for the organization ("not on behalf of Northwind"). */
  disclaimed: boolean;
  /** …and names it in that phrase, which tells readers the relationship; "views are my own" does not. */
  disclaimedOrganization: boolean;
}

interface Matchers {
  cues: PhraseMatcher<LexiconEntry>;
  hedges: PhraseMatcher<LexiconEntry>;
  disclaimed: PhraseMatcher<LexiconEntry>;
  roles: PhraseMatcher<LexiconEntry>;
  notHedges: PhraseMatcher<LexiconEntry>;
  ignore: PhraseMatcher<LexiconEntry>;
  connectors: PhraseMatcher<LexiconEntry>;
  pointers: PhraseMatcher<LexiconEntry>;
}

/** A statement follows a decision cue: a colon or dash ("Management has decided: …") or a connector word. */
/** "yet", "nog", "endnu" beside "not official": not announced yet, not a disclaimer. */
const NOT_YET = new Set(["yet", "nog", "endnu"]);
const STATEMENT_MARK = /^\s*[:–—-]/u;
const EMAIL = /^(?=[^\s/]+$).+@./u;

/**
 * Finds where a post speaks in the organization's voice (the `voice-*` concepts). Used by
 * unauthorized-spokesperson and missing-disclaimer (a statement in the company's voice is not a personal opinion: it is either a
 * spokesperson's disclosure or unauthorized-spokesperson's finding).
 */
export function compileSpokespersonCues(config: Pick<ResolvedConfig, "organization" | "products">): (post: Post) => SpokespersonCues {
  const org = config.organization;
  const names = [...new Set([org.name, ...org.aliases].filter((n): n is string => Boolean(n)))];
  const mentions = compileMentions(config);
  const matchersFor = languageCache((language: Language): Matchers => {
    const by = (...tags: ConceptTag[]): PhraseMatcher<LexiconEntry> => compileLexicon(conceptEntries(language, tags, { org: names }), { possessive: true });
    return {
      cues: by("voice-strong", "voice-announce", "voice-weak", "voice-decision", "voice-position"),
      hedges: by("voice-hedge"),
      disclaimed: by("voice-disclaimed"),
      roles: by("role-disclosure"),
      notHedges: by("voice-not-hedge"),
      ignore: by("voice-ignore"),
      connectors: by("voice-connector"),
      pointers: by("voice-pointer"),
    };
  });
  return (post) => {
    const m = matchersFor(post.language);
    const ignored = m.ignore.find(post);
    // "To clear up the rumours: …" dismisses a rumour; it does not pass one on.
    const authoritative = m.notHedges.find(post, { all: true });
    const hedges = m.hedges.find(post).filter((h) => !authoritative.some((a) => h.first < a.last && a.first < h.last));
    const sentenceOf = (i: number): number => post.tokens[i]?.sentence ?? -1;
    // Stating one's role ("Speaking as the founder of Northwind: …") is a disclosure, not a claim.
    // Unless the role is used to give the organization's stand ("As CEO of Northwind I'll say it
    // plainly: … Northwind stands behind him 100%"): that is the organization speaking.
    if (m.roles.find(post).length > 0) {
      const positions = m.cues.find(post, { all: true }).filter((h) => h.data.tags.includes("voice-position") && !isQuoted(post.text, h.start, h.end) && !isNegated(post, h.first, 2));
      return { strong: positions, weak: [], role: true, disclaimed: false, disclaimedOrganization: false };
    }
    // The organization named in the cue's sentence or the one before or after: in a long post a
    // name in the first paragraph says nothing about "we are pleased to announce" in the last.
    const own = mentions.find(post).filter((h) => h.data.kind !== "competitor");
    const orgSentences = new Set(own.map((h) => sentenceOf(h.first)));
    // On the brand account every sentence is the organization's: "we can confirm" there needs no name.
    const official = post.meta.account === "official";
    const namesOrganization = (hit: PhraseHit<unknown>): boolean => official || [-1, 0, 1].some((d) => orgSentences.has(sentenceOf(hit.first) + d));
    // "Not on behalf of Northwind", "niet namens", "ikke på vegne af", "I don't speak for …":
    // saying one is NOT speaking for the organization silences every cue in that sentence.
    // "Not official yet, but …", "nog niet officieel", "ikke officielt endnu": news before its
    // announcement, the opposite of a personal view.
    const notYet = (d: PhraseHit<unknown>): boolean => NOT_YET.has(post.tokens[d.last]?.norm ?? "") || NOT_YET.has(post.tokens[d.first - 1]?.norm ?? "");
    const disclaimers = m.disclaimed.find(post, { all: true }).filter((d) => !notYet(d));
    const disclaimed = new Set(disclaimers.map((h) => sentenceOf(h.first)));
    // The name inside the phrase ("not {org}'s views") or right after it ("not speaking on behalf of Northwind").
    const disclaimedOrganization = disclaimers.some((d) => own.some((o) => d.first <= o.first && o.first <= d.last + 1));
    const isQuestion = (hit: PhraseHit<unknown>): boolean => {
      const s = post.sentences[sentenceOf(hit.first)];
      return s !== undefined && /\?\s*$/.test(post.text.slice(s.start, s.end));
    };
    // Guessing, hoping or passing on news ("I hope Northwind will…", "read the official statement").
    const hedged = (hit: PhraseHit<unknown>): boolean => hedges.some((h) => h.last <= hit.first && sentenceOf(h.first) === sentenceOf(hit.first));
    // Passing on a decision with a link or "the statement is on the intranet" points to the
    // organization's own words; stating it ("Management has decided: no layoffs") speaks for it.
    const connectors = new Set(m.connectors.find(post).map((c) => c.first));
    const statementFollows = (hit: PhraseHit<unknown>): boolean =>
      STATEMENT_MARK.test(post.text.slice(hit.end, hit.end + 4)) || (connectors.has(hit.last) && sentenceOf(hit.last) === sentenceOf(hit.first));
    const pointsToSource = m.pointers.find(post).length > 0 || post.urls.some(([a, b]) => !EMAIL.test(post.text.slice(a, b)));
    const out: SpokespersonCues = { strong: [], weak: [], role: false, disclaimed: disclaimed.size > 0, disclaimedOrganization };
    // Overlapping hits on purpose: "we at Northwind" (weak) must not hide "Northwind can confirm".
    for (const hit of m.cues.find(post, { all: true })) {
      if (ignored.some((g) => hit.first < g.last && g.first < hit.last) || isQuoted(post.text, hit.start, hit.end)) continue;
      if (disclaimed.has(sentenceOf(hit.first)) || isNegated(post, hit.first, 2)) continue;
      if (hit.data.tags.includes("voice-weak")) out.weak.push(hit);
      // The organization's stand or a decision tied to an election is its voice, "if" or not ("if
      // the Democrats win again, Northwind will have to cut jobs").
      else if (hit.data.tags.includes("voice-position")) out.strong.push(hit);
      else if (hedged(hit) || isQuestion(hit)) continue;
      else if (hit.data.tags.includes("voice-decision")) {
        if (statementFollows(hit) && !pointsToSource) out.strong.push(hit);
      }
      else if (hit.data.tags.includes("voice-strong") || namesOrganization(hit)) out.strong.push(hit);
    }
    // "our Northwind store in Truro will close in February", "vi lukker butikken i Vejle til
    // sommer": the organization's decision stated as fact by someone who is not its voice. Passed on
    // as heard ("heard they'll close our Leeds store in March") it is a leak, confidential-info's.
    const closures = findClosures(post, new Set(own.filter((h) => h.data.kind === "organization").map((h) => h.first)));
    for (const { owned, ...range } of closures) {
      const c: PhraseHit<LexiconEntry> = { ...range, text: post.text.slice(range.start, range.end), phrase: "", data: CLOSURE_CUE };
      if (!owned || disclaimed.has(sentenceOf(c.first)) || isQuoted(post.text, c.start, c.end) || hedged(c) || isQuestion(c) || isNegated(post, c.first, 2) || pointsToSource) continue;
      if (out.strong.some((h) => sentenceOf(h.first) === sentenceOf(c.first))) continue;
      out.strong.push(c);
    }
    return out;
  };
}

/** The lexicon entry a closure stated for the organization reports as. */
const CLOSURE_CUE: LexiconEntry = { terms: [], confidence: "high", tags: ["voice-decision"] };
