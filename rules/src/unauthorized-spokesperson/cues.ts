import { compileLexicon, compileMentions, expandPlaceholders, isQuoted, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post, type ResolvedConfig } from "@postlint/core";
import { lexiconFor } from "../lexicons.js";

export interface SpokespersonCues {
  /** Speaking for the organization: "on behalf of Northwind", "Northwind confirms", announcements. */
  strong: PhraseHit<LexiconEntry>[];
  /** "we at Northwind": may read as the company speaking. */
  weak: PhraseHit<LexiconEntry>[];
}

interface Matchers {
  cues: PhraseMatcher<LexiconEntry>;
  hedges: PhraseMatcher<LexiconEntry>;
  ignore: PhraseMatcher<LexiconEntry>;
}

/**
 * Finds where a post speaks in the organization's voice. Shared by unauthorized-spokesperson and
 * missing-disclaimer (a statement in the company's voice is not a personal opinion: it is either a
 * spokesperson's disclosure or unauthorized-spokesperson's finding).
 */
export function compileSpokespersonCues(config: Pick<ResolvedConfig, "organization" | "products">): (post: Post) => SpokespersonCues {
  const org = config.organization;
  const names = [...new Set([org.name, ...org.aliases].filter((n): n is string => Boolean(n)))];
  const mentions = compileMentions(config);
  const cache = new Map<Language, Matchers>();
  const matchersFor = (language: Language): Matchers => {
    let m = cache.get(language);
    if (!m) {
      const entries = expandPlaceholders(lexiconFor("unauthorized-spokesperson", language), { org: names });
      const by = (...tags: string[]): PhraseMatcher<LexiconEntry> => compileLexicon(entries.filter((e) => tags.some((t) => e.tags.includes(t))), { possessive: true });
      m = { cues: by("strong", "announce", "weak"), hedges: by("hedge"), ignore: by("ignore") };
      cache.set(language, m);
    }
    return m;
  };
  return (post) => {
    const m = matchersFor(post.language);
    const ignored = m.ignore.find(post);
    const hedges = m.hedges.find(post);
    const namesOrganization = mentions.find(post).some((h) => h.data.kind !== "competitor");
    const sentenceOf = (i: number): number => post.tokens[i]?.sentence ?? -1;
    const isQuestion = (hit: PhraseHit<unknown>): boolean => {
      const s = post.sentences[sentenceOf(hit.first)];
      return s !== undefined && /\?\s*$/.test(post.text.slice(s.start, s.end));
    };
    // Guessing, hoping or passing on news ("I hope Northwind will…", "read the official statement").
    const hedged = (hit: PhraseHit<unknown>): boolean => hedges.some((h) => h.last <= hit.first && sentenceOf(h.first) === sentenceOf(hit.first));
    const out: SpokespersonCues = { strong: [], weak: [] };
    // Overlapping hits on purpose: "we at Northwind" (weak) must not hide "Northwind can confirm".
    for (const hit of m.cues.find(post, { all: true })) {
      if (ignored.some((g) => hit.first < g.last && g.first < hit.last) || isQuoted(post.text, hit.start, hit.end)) continue;
      if (hit.data.tags.includes("weak")) out.weak.push(hit);
      else if (hedged(hit) || isQuestion(hit)) continue;
      else if (hit.data.tags.includes("strong") || namesOrganization) out.strong.push(hit);
    }
    return out;
  };
}
