import { compileLexicon, definePolicyRule, isQuoted, loadSentiment, loadStemmer, sentenceWindow, z, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { lexiconFor } from "./lexicons.js";
import { conceptEntries, toneOf } from "./concepts/index.js";

const TOPICS = ["politics", "religion"] as const;
type Topic = (typeof TOPICS)[number];

const TOPIC_NAMES: Record<Language, Record<Topic, string>> = {
  en: { politics: "politics", religion: "religion" },
  nl: { politics: "politiek", religion: "religie" },
  da: { politics: "politik", religion: "religion" },
};

interface Matchers {
  topics: PhraseMatcher<LexiconEntry>;
  /** workplace-conflict's positive and negative words: evaluative language in general. */
  tone: PhraseMatcher<LexiconEntry>;
}

const topicOf = (entry: LexiconEntry): Topic | undefined => TOPICS.find((t) => entry.tags.includes(t));
const has = (hit: PhraseHit<LexiconEntry>, tag: string): boolean => hit.data.tags.includes(tag);

export default definePolicyRule({
  id: "controversial-topic",
  meta: {
    description:
      "Flags personal opinions on politics, religion or other configured topics, for roles that must stay impartial: a government, party, bill or religion together with an opinion, and telling people how to vote. News mentions and neutral civic posts (“go vote”) pass. Off by default.",
    policy: ["P17"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "off",
    fixable: false,
    docsUrl: docsUrl("controversial-topic"),
    concepts: ["negative", "positive", "neutral"],
    options: z.strictObject({
      topics: z.array(z.enum(TOPICS)).default(["politics", "religion"]).describe("The topics this role must stay impartial on: `politics`, `religion`."),
    }),
  },
  messages: {
    en: {
      personalOpinion: "“{text}” may read as a personal opinion on {topic}. Your role asks you to stay impartial, so keep views on {topic} off social media (P17). Sharing news, a neutral civic message (“go vote”) or taking part in community events is fine.",
    },
    nl: {
      personalOpinion: "“{text}” kan overkomen als een persoonlijke mening over {topic}. Je functie vraagt om onpartijdigheid, dus houd meningen over {topic} van sociale media (P17). Nieuws delen, een neutrale oproep (“ga stemmen”) of meedoen aan evenementen in je omgeving kan prima.",
    },
    da: {
      personalOpinion: "“{text}” kan læses som en personlig holdning til {topic}. Din rolle kræver, at du er upartisk, så hold holdninger til {topic} ude af sociale medier (P17). Det er fint at dele nyheder, en neutral opfordring (“husk at stemme”) eller at deltage i lokale arrangementer.",
    },
  },
  setup({ options }) {
    const chosen = new Set<string>(options.topics);
    const cache = new Map<Language, Promise<Matchers>>();
    const build = async (language: Language): Promise<Matchers> => {
      const stemmer = await loadStemmer(language);
      const entries = lexiconFor("controversial-topic", language).filter((e) => e.tags.some((t) => chosen.has(t)));
      const tone = conceptEntries(language, ["negative", "positive", "neutral"]);
      return { topics: compileLexicon(entries, { possessive: true }), tone: compileLexicon(tone, { stemmer }) };
    };
    const matchersFor = (language: Language): Promise<Matchers> => {
      let m = cache.get(language);
      if (!m) cache.set(language, (m = build(language)));
      return m;
    };
    return { matchersFor };
  },
  async check(post, ctx, { matchersFor }) {
    const m = await matchersFor(post.language);
    const hits = m.topics.find(post, { all: true }).filter((h) => !isQuoted(post.text, h.start, h.end));
    const sentenceOf = (i: number): number => post.tokens[i]?.sentence ?? -1;
    const civic = new Set(hits.filter((h) => has(h, "civic")).map((h) => sentenceOf(h.first)));
    const candidates = hits.filter((h) => (has(h, "subject") || has(h, "vote")) && !civic.has(sentenceOf(h.first)));
    if (candidates.length === 0) return;
    const sentiment = await loadSentiment(post.language);
    const toneHits = m.tone.find(post);
    const skip = new Set(hits.flatMap((h) => Array.from({ length: h.last - h.first }, (_, i) => h.first + i)));
    const opinionOn = (hit: PhraseHit<LexiconEntry>, topic: Topic): boolean => {
      const [from, to] = sentenceWindow(post, hit.first, 1);
      const near = (h: PhraseHit<LexiconEntry>): boolean => h !== hit && h.first >= from && h.first < to && topicOf(h.data) === topic;
      if (hits.some((h) => near(h) && (has(h, "stance") || has(h, "vote") || (has(hit, "vote") && has(h, "subject"))))) return true;
      if (has(hit, "vote")) {
        // "Vote Green", "stem op de Partij voor de Dieren", "stem på Enhedslisten": a party follows.
        const next = post.tokens.slice(hit.last, hit.last + 3).find((t) => !/^(de|het|the|on|op|på|i|in|for)$/i.test(t.text));
        return hit.data.confidence === "high" || (next !== undefined && /^\p{Lu}/u.test(next.text));
      }
      const tone = toneOf({ post, from, to, cues: toneHits, skip, sentiment });
      // Warm words near a subject are mostly about something else ("the minister visited, great
      // day"); praise that is an opinion ("best thing this government did") is in the stance list.
      return tone.negative <= -2;
    };
    for (const hit of candidates) {
      const topic = topicOf(hit.data);
      if (!topic || !opinionOn(hit, topic)) continue;
      ctx.report({ messageId: "personalOpinion", range: [hit.start, hit.end], data: { topic: TOPIC_NAMES[post.language][topic] } });
      return;
    }
  },
});
