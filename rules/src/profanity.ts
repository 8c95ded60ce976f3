import { compileLexicon, definePolicyRule, z, type Language, type LexiconEntry, type PhraseMatcher } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { insensitiveEntries, profanityEntries } from "./concepts/index.js";

type Confidence = LexiconEntry["confidence"];
const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/**
 * English words that are everyday words in Danish or Dutch (fart = speed, slut = end, bad = bath).
 * When the language was not detected but fell back to English, a Danish or Dutch post may be
 * behind it, so these are only flagged in posts that were detected or declared English.
 */
const FALSE_FRIENDS = new Set(["fart", "farts", "slut", "sluts", "bad", "hell", "hoe", "hoes", "hos", "fag", "kok", "kant", "dick"]);
const LANGUAGES: readonly Language[] = ["en", "nl", "da"];

/** Entries tagged `allow` are matched only so that their longer phrase wins and is let through. */
const ALLOW = "profanity-ok";
/** Entries tagged `compound` count only as the first part of a hyphenated compound ("kanker-scheids"). */
const COMPOUND = "curse-prefix";

export default definePolicyRule({
  id: "profanity",
  meta: {
    description: "Flags profane or vulgar words (English from retext-profanities' data; curated Dutch and Danish lists).",
    policy: ["P7", "P9", "P22"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    fixable: false,
    docsUrl: docsUrl("profanity"),
    concepts: ["profanity", "profanity-ok", "curse-prefix", "slur", "disability-insult", "stereotype"],
    options: z.strictObject({
      /** Lowest confidence to report: `high` only flags unmistakable curses. */
      minConfidence: z.enum(["high", "medium", "low"]).default("medium"),
      /** Words never to flag in this organization. */
      allow: z.array(z.string()).default([]),
    }),
  },
  messages: {
    en: {
      profane: "Don’t use “{text}”: it’s profane, and customers, colleagues and family can all read this post. Say it without the swear word.",
      maybeProfane: "Reconsider “{text}”: it may read as profane to some of your audience. A milder word keeps the point.",
    },
    nl: {
      profane: "Gebruik “{text}” liever niet: het is grof, en klanten, collega's en familie lezen mee. Zeg het zonder het scheldwoord.",
      maybeProfane: "Overweeg “{text}” te vervangen: sommige lezers vinden het grof. Met een mildere woordkeus blijft je punt overeind.",
    },
    da: {
      profane: "Undgå “{text}”: det er groft, og kunder, kolleger og familie kan alle læse opslaget. Sig det uden bandeordet.",
      maybeProfane: "Overvej at erstatte “{text}”: nogle læsere opfatter det som groft. Et mildere ord bevarer din pointe.",
    },
  },
  setup({ options }) {
    const allow = new Set(options.allow.map((w) => w.toLowerCase()));
    const min = RANK[options.minConfidence];
    const matchers = new Map<Language, PhraseMatcher<LexiconEntry>>();
    const matcherFor = (language: Language): PhraseMatcher<LexiconEntry> => {
      let m = matchers.get(language);
      if (!m) {
        // Slurs and group insults are insensitive-language's (P9): one finding per word, not two.
        const slurs = new Set(insensitiveEntries(language).flatMap((e) => e.terms.map((t) => t.toLowerCase())));
        const entries = profanityEntries(language)
          .filter((e) => e.tags.includes(ALLOW) || RANK[e.confidence] >= min)
          .map((e) => ({ ...e, terms: e.terms.filter((t) => !allow.has(t.toLowerCase()) && (e.tags.includes(ALLOW) || !slurs.has(t.toLowerCase()))) }));
        m = compileLexicon(entries);
        matchers.set(language, m);
      }
      return m;
    };
    return { matcherFor };
  },
  check(post, ctx, { matcherFor }) {
    // A post too short to tell its language apart may be in any of the three: check every list,
    // but not English words that are everyday Danish or Dutch.
    const guessed = post.languageSource === "default";
    const hits = guessed ? longestFirst(LANGUAGES.flatMap((l) => matcherFor(l).find(post))) : matcherFor(post.language).find(post);
    for (const hit of hits) {
      if (hit.data.tags.includes(ALLOW)) continue;
      if (guessed && FALSE_FRIENDS.has(hit.text.toLowerCase())) continue;
      let end = hit.end;
      if (hit.data.tags.includes(COMPOUND)) {
        const next = post.tokens[hit.last];
        if (!next?.joined) continue;
        end = next.end;
      }
      const high = hit.data.confidence === "high";
      ctx.report({
        messageId: high ? "profane" : "maybeProfane",
        range: [hit.start, end],
        // Unmistakable vulgarity, and any swearing on the brand's own account, is an error;
        // milder words only warn (POLICY §4 split, P7/P22).
        severity: high || post.meta.account === "official" ? "error" : "warn",
      });
    }
  },
});

/** Hits from several lists: the longest at each place wins, and overlaps are dropped. */
function longestFirst<T extends { start: number; end: number }>(hits: T[]): T[] {
  const out: T[] = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (!last || hit.start >= last.end) out.push(hit);
  }
  return out;
}
