import { compileLexicon, compilePhrases, expandPlaceholders, expandWordClasses, loadSentiment, loadStemmer, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post, type ResolvedConfig, languageCache } from "@postlint/core";
import { lexiconFor } from "../lexicons.js";
import { conceptEntries, cueWeight } from "../concepts/index.js";

/** What a post says about the writer's relationship and how it talks about the organization. */
export interface Evidence {
  /** "views are my own", or a configured disclaimer: covers an opinion (P10). */
  disclaimer: boolean;
  /** "I work at …", #employee, #ad: covers opinions and claims (P11, P12). */
  disclosure: boolean;
  claims: PhraseHit<LexiconEntry>[];
  /** News about the writer's job (a new role, a vacancy): warm, but not an opinion on the organization. */
  jobNews: boolean;
  /** The tokens `[from, to)` give an opinion. */
  evaluative(from: number, to: number): boolean;
}

interface Matchers {
  terms: PhraseMatcher<LexiconEntry>;
  /** The tone concepts (negative, positive, neutral): evaluative language in general. */
  tone: PhraseMatcher<LexiconEntry>;
}

// Emoji that carry an opinion; 🎉 and 🙏 mark news and thanks as often as praise, so they are left out.
const OPINION_EMOJI = /😍|🔥|🙌|🤩|💪|👏|❤️|💚|💙|🥰|👌|😻|🙄|😤|😡|🤬|👎|💩|🤮|😬|😂/u;

export function compileEvidence(config: Pick<ResolvedConfig, "organization" | "disclaimers">, disclosures: readonly string[]): (post: Post) => Promise<Evidence> {
  const org = config.organization;
  const names = [...new Set([org.name, ...org.aliases].filter((n): n is string => Boolean(n)))];
  const configured = compilePhrases(config.disclaimers.map((phrase) => ({ phrase, data: true })));
  // The disclosures --fix adds count as disclosures, whatever an organization words them as.
  const added = compilePhrases(disclosures.map((phrase) => ({ phrase, data: true })));
  const matchersFor = languageCache(async (language: Language): Promise<Matchers> => {
    const stemmer = await loadStemmer(language);
    const entries = expandPlaceholders(expandWordClasses(lexiconFor("missing-disclaimer", language)), { org: names });
    const tone = conceptEntries(language, ["negative", "positive", "neutral"]);
    return { terms: compileLexicon(entries, { possessive: true }), tone: compileLexicon(tone, { stemmer }) };
  });
  return async (post) => {
    const m = await matchersFor(post.language);
    const hits = m.terms.find(post, { all: true });
    const tagged = (tag: string): PhraseHit<LexiconEntry>[] => hits.filter((h) => h.data.tags.includes(tag));
    const toneHits = m.tone.find(post);
    const opinions = [...tagged("opinion"), ...toneHits.filter((h) => cueWeight(h.data) !== 0)];
    // Words the curated lists already judged (including "lol", "sad": neutral) are not re-scored.
    const judged = new Set(toneHits.flatMap((h) => range(h.first, h.last)));
    const sentiment = await loadSentiment(post.language);
    return {
      disclaimer: tagged("disclaimer").length > 0 || configured.find(post).length > 0,
      disclosure: tagged("employee").length > 0 || tagged("ad").length > 0 || added.find(post).length > 0,
      claims: tagged("claim"),
      jobNews: tagged("neutral").length > 0,
      evaluative(from, to) {
        if (opinions.some((h) => h.first >= from && h.first < to)) return true;
        const first = post.tokens[from];
        const last = post.tokens[to - 1];
        // In a short post an emoji reacts to all of it ("… gespeeld. Jongens. 😍").
        const short = post.sentences.length <= 4;
        const span = short ? post.text.slice(post.bodyStart) : first && last ? post.text.slice(first.start, post.sentences[last.sentence]?.end ?? last.end) : "";
        if (OPINION_EMOJI.test(span)) return true;
        if (!sentiment) return false;
        for (let i = from; i < to; i++) {
          const t = post.tokens[i];
          // A capitalised word inside a sentence is a name, not an opinion.
          if (!t || judged.has(i) || t.prefix || /^\p{Lu}\p{Ll}/u.test(t.text)) continue;
          if (Math.abs(sentiment([t.norm])) >= 3) return true;
        }
        return false;
      },
    };
  };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from }, (_, i) => from + i);
}
