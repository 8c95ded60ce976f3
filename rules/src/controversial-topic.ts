import { compileLexicon, definePolicyRule, isQuoted, loadSentiment, loadStemmer, sentenceWindow, z, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, languageCache } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { lexiconFor } from "./lexicons.js";
import { conceptEntries, findHurtful, learnedOption, learnedReport, learnedVerdict, politicalJab, sentenceText, tokenAt, toneOf } from "./concepts/index.js";

/** Built-in topics. Immigration and war are politics too: `topics: [politics]` covers them. */
const TOPICS = ["politics", "religion", "immigration", "war"] as const;
type Topic = (typeof TOPICS)[number];

const TOPIC_NAMES: Record<Language, Record<Topic, string>> = {
  en: { politics: "politics", religion: "religion", immigration: "immigration", war: "war" },
  nl: { politics: "politiek", religion: "religie", immigration: "immigratie", war: "oorlog" },
  da: { politics: "politik", religion: "religion", immigration: "indvandring", war: "krig" },
};

const perLanguage = z.strictObject({ en: z.array(z.string().min(1)).optional(), nl: z.array(z.string().min(1)).optional(), da: z.array(z.string().min(1)).optional() });
/** A topic of the organization's own (`{ name: abortion, terms: { en: [...] } }`), or more words for a built-in one. */
const customTopic = z.strictObject({
  name: z.string().min(1),
  terms: perLanguage.default({}),
  /** What the message calls the topic, per language; `name` otherwise. */
  label: z.strictObject({ en: z.string().optional(), nl: z.string().optional(), da: z.string().optional() }).optional(),
});
type CustomTopic = z.infer<typeof customTopic>;
const topicSetting = z.union([z.enum(TOPICS), customTopic], {
  error: (issue) =>
    `expected a built-in topic (${TOPICS.map((t) => `"${t}"`).join(", ")}) or { name, terms: { en, nl, da } }, got ${JSON.stringify(issue.input)}`,
});

interface Matchers {
  topics: PhraseMatcher<LexiconEntry>;
  /** workplace-conflict's positive and negative words: evaluative language in general. */
  tone: PhraseMatcher<LexiconEntry>;
}

const has = (hit: PhraseHit<LexiconEntry>, tag: string): boolean => hit.data.tags.includes(tag);

/**
 * A name that is also a word ("Venstre" is also "left", "Reform", "Labour", "Trump") counts only
 * written with a capital; a short acronym ("SP", "DF", "SF", "GOP") only in capitals.
 */
function writtenAsName(hit: PhraseHit<LexiconEntry>): boolean {
  if (has(hit, "proper") && !/^\p{Lu}/u.test(hit.text)) return false;
  if (has(hit, "acronym") && hit.text.replace(/[^\p{L}]/gu, "") !== hit.text.replace(/[^\p{L}]/gu, "").toUpperCase()) return false;
  return true;
}

/**
 * Telling people to vote, in words that are not a party's name: "when you vote", "stem op de
 * partij die", "stem dem ud". Dutch and Danish "stem" is also a voice, so only with what follows.
 */
const VOTING: Record<Language, RegExp> = {
  en: /\bvot(?:e|es|ing)\b/iu,
  nl: /\bstem(?:t|men)?\s+(?:op|tegen|ze|hen|die|voor)\b|\bga(?:at)?\s+stemmen\b/iu,
  da: /\b(?:stem|stemmer|stemte)\s+(?:på|dem|imod|nej|ja|for)\b|\bat\s+stemme\b/iu,
};
/** What a post says of a group of people that, beside a vote, makes the vote a campaign against them. */
const AGAINST_A_GROUP = new Set(["dehumanising", "violence", "hatred", "cursedGroup"]);

/** Emoji that mock whatever they stand beside. */
const JAB_EMOJI = /🙄|🤡|🤦|😏|🙃|💩|🤮|😒/u;

export default definePolicyRule({
  id: "controversial-topic",
  meta: {
    description:
      "Flags personal opinions on politics, religion, immigration, war or other configured topics, for roles that must stay impartial: a government, party, politician, bill, religion or conflict together with an opinion, jabs at voters, and telling people how to vote. News mentions, neutral civic posts (“go vote”, “polling stations open at 7”) and help for people affected pass. Off by default.",
    policy: ["P17"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "off",
    fixable: false,
    docsUrl: docsUrl("controversial-topic"),
    concepts: ["negative", "positive", "neutral", "group", "dehumanising", "violence", "hatred", "dwelling", "people-pronoun", "extermination"],
    options: z.strictObject({
      topics: z
        .array(topicSetting)
        .default(["politics", "religion"])
        .describe(
          "The topics this role must stay impartial on: built-in `politics` (parties, politicians and elections of the UK, US, the Netherlands and Denmark; includes immigration and war), `religion`, `immigration`, `war`, and topics of your own as `{ name, terms: { en, nl, da }, label }`.",
        ),
      learned: learnedOption,
    }),
  },
  messages: {
    en: {
      personalOpinion: "“{text}” may read as a personal opinion on {topic}. Your role asks you to stay impartial, so keep views on {topic} off social media. Sharing news, a neutral civic message (“go vote”) or taking part in community events is fine.",
      learned: "This sentence may read as a personal opinion on politics or religion{named, select, yes { ({words})} other {}}. Your role asks you to stay impartial, so keep such views off social media. Sharing news, a neutral civic message (“go vote”) or taking part in community events is fine.",
    },
    nl: {
      personalOpinion: "“{text}” kan overkomen als een persoonlijke mening over {topic}. Je functie vraagt om onpartijdigheid, dus houd meningen over {topic} van sociale media. Nieuws delen, een neutrale oproep (“ga stemmen”) of meedoen aan evenementen in je omgeving kan prima.",
      learned: "Deze zin kan overkomen als een persoonlijke mening over politiek of religie{named, select, yes { ({words})} other {}}. Je functie vraagt om onpartijdigheid, dus houd zulke meningen van sociale media. Nieuws delen, een neutrale oproep (“ga stemmen”) of meedoen aan evenementen in je omgeving kan prima.",
    },
    da: {
      personalOpinion: "“{text}” kan læses som en personlig holdning til {topic}. Din rolle kræver, at du er upartisk, så hold holdninger til {topic} ude af sociale medier. Det er fint at dele nyheder, en neutral opfordring (“husk at stemme”) eller at deltage i lokale arrangementer.",
      learned: "Denne sætning kan læses som en personlig holdning til politik eller religion{named, select, yes { ({words})} other {}}. Din rolle kræver, at du er upartisk, så hold den slags holdninger ude af sociale medier. Det er fint at dele nyheder, en neutral opfordring (“husk at stemme”) eller at deltage i lokale arrangementer.",
    },
  },
  setup({ options }) {
    const chosen = new Set<string>(options.topics.map((t) => (typeof t === "string" ? t : t.name)));
    const custom = options.topics.filter((t): t is CustomTopic => typeof t !== "string");
    const labels = new Map(custom.map((t) => [t.name, t.label]));
    const matchersFor = languageCache(async (language: Language): Promise<Matchers> => {
      const stemmer = await loadStemmer(language);
      // Opinion words tagged `general` ("a disgrace", "should be ashamed") count for every topic.
      const entries = lexiconFor("controversial-topic", language).filter((e) => e.tags.includes("general") || e.tags.includes("ignore") || e.tags.some((t) => chosen.has(t)));
      for (const topic of custom) {
        // A topic without words in this language uses the words it has in the others.
        const terms = topic.terms[language] ?? [...(topic.terms.en ?? []), ...(topic.terms.nl ?? []), ...(topic.terms.da ?? [])];
        if (terms.length > 0) entries.push({ terms, confidence: "high", tags: [topic.name, "subject"] });
      }
      const tone = conceptEntries(language, ["negative", "positive", "neutral"]);
      return { topics: compileLexicon(entries, { possessive: true }), tone: compileLexicon(tone, { stemmer }) };
    });
    /** The topic a subject is reported under: the most specific one chosen (immigration before politics). */
    const topicOf = (entry: LexiconEntry): string | undefined => entry.tags.find((t) => chosen.has(t) && t !== "politics") ?? (entry.tags.includes("politics") && chosen.has("politics") ? "politics" : undefined);
    const nameOf = (topic: string, language: Language): string =>
      (TOPICS as readonly string[]).includes(topic) ? TOPIC_NAMES[language][topic as Topic] : (labels.get(topic)?.[language] ?? labels.get(topic)?.en ?? topic);
    // The learned model was trained on posts labelled for politics and religion together: it only
    // speaks when both are chosen, or it would flag a topic the organization left out.
    const learned = options.learned && chosen.has("politics") && chosen.has("religion");
    return { matchersFor, topicOf, nameOf, learned, politics: chosen.has("politics") };
  },
  async check(post, ctx, { matchersFor, topicOf, nameOf, learned, politics }) {
    const m = await matchersFor(post.language);
    const found = m.topics.find(post, { all: true }).filter((h) => !isQuoted(post.text, h.start, h.end) && writtenAsName(h));
    // A harmless phrase shadows the words in it ("Labour Day", "trump card", "til venstre"), and
    // so does a civic one ("vote for" in "whoever you vote for").
    const shadows = found.filter((h) => has(h, "ignore") || has(h, "civic"));
    const hits = found.filter((h) => !has(h, "ignore") && !shadows.some((i) => i !== h && h.start >= i.start && h.end <= i.end));
    const sentenceOf = (i: number): number => post.tokens[i]?.sentence ?? -1;
    const civic = new Set(hits.filter((h) => has(h, "civic")).map((h) => sentenceOf(h.first)));
    const named = hits.filter((h) => (has(h, "subject") || has(h, "vote")) && !civic.has(sentenceOf(h.first)));
    // A `yields` vote phrase (written for names in lower case) gives way to the name when it is
    // written as one: "Reform", not "voting Reform".
    const candidates = named.filter((h) => !has(h, "yields") || !named.some((x) => x !== h && has(x, "subject") && h.first <= x.first && x.last <= h.last));
    // When the vocabulary reports nothing, the learned model (concepts/learned.ts) has its say, as
    // a warning: opinions name no party as often as they name one ("anyone who still defends this lot").
    // A sentence with a civic phrase is no opinion for the model either ("The election is on
    // Thursday, polling stations open at 7").
    const civicAt = (offset: number): boolean => {
      const sentence = post.tokens[tokenAt(post.tokens, offset)]?.sentence;
      return found.some((h) => has(h, "civic") && post.tokens[h.first]?.sentence === sentence);
    };
    const askLearned = async (): Promise<void> => {
      const verdict = learned ? await learnedVerdict(post, "controversial-topic", ctx.config) : undefined;
      if (verdict && !civicAt(verdict.range[0])) ctx.report(learnedReport(verdict));
    };
    // "They're pouring in like roaches. Remember that when you vote": contempt for a group of people
    // and a call to vote on it is a political campaign, whether or not a party is named.
    const campaign = async (): Promise<boolean> => {
      const vote = politics ? VOTING[post.language].exec(post.text.slice(post.bodyStart)) : null;
      if (!vote || !(await findHurtful(post)).some((h) => AGAINST_A_GROUP.has(h.kind))) return false;
      // The message quotes the whole call ("Remember that when you vote in November"), not the verb.
      const at = post.tokens.findIndex((t) => t.start >= post.bodyStart + vote.index);
      const call = sentenceText(post, post.tokens[at]?.sentence ?? 0);
      const text = call.text.trimEnd();
      let end = text.length;
      while (end > 0 && ".!?".includes(text[end - 1] ?? "")) end--;
      ctx.report({ messageId: "personalOpinion", range: [call.start, call.start + end], data: { topic: nameOf("politics", post.language) } });
      return true;
    };
    // "Top geregeld hoor, VVD 👏", "Virkelig godt gået, Moderaterne 👏": a jab at a party, a
    // politician or the government (the concept brand-voice words for the brand account).
    const jab = async (): Promise<boolean> => {
      const range = politics ? await politicalJab(post, { strict: true }) : undefined;
      if (range) ctx.report({ messageId: "personalOpinion", range, data: { topic: nameOf("politics", post.language) } });
      return range !== undefined;
    };
    if (candidates.length === 0) {
      if (!(await campaign()) && !(await jab())) await askLearned();
      return;
    }
    const sentiment = await loadSentiment(post.language);
    const toneHits = m.tone.find(post);
    const skip = new Set(hits.flatMap((h) => Array.from({ length: h.last - h.first }, (_, i) => h.first + i)));
    // A stance counts for a subject of its own topic; `general` ones for any topic.
    // Contempt for people or gladness at a death beside the subject is a side taken ("the old
    // senator has finally kicked the bucket 🥂", "Net sprinkhanen, ze vreten alles kaal" after the azc).
    const hurtful = (await findHurtful(post)).filter((h) => AGAINST_A_GROUP.has(h.kind) || h.kind === "tragedyJoke");
    const sameTopic = (stance: PhraseHit<LexiconEntry>, subject: PhraseHit<LexiconEntry>): boolean =>
      has(stance, "general") || stance.data.tags.some((t) => t !== "stance" && t !== "vote" && subject.data.tags.includes(t));
    const opinionOn = (hit: PhraseHit<LexiconEntry>): boolean => {
      const [from, to] = sentenceWindow(post, hit.first, 1);
      // A slogan ("stop the steal") is its subject and the side taken at once.
      if (has(hit, "stance")) return true;
      const near = (h: PhraseHit<LexiconEntry>): boolean => h !== hit && h.first >= from && h.first < to && sameTopic(h, hit);
      if (hits.some((h) => near(h) && (has(h, "stance") || has(h, "vote") || (has(hit, "vote") && has(h, "subject"))))) return true;
      const [start, end] = [post.tokens[from]?.start ?? 0, post.tokens[to - 1]?.end ?? 0];
      if (has(hit, "subject") && hurtful.some((h) => h.range[0] < end && h.range[1] > start)) return true;
      if (has(hit, "vote")) {
        // "Vote Green", "stem op de Partij voor de Dieren", "stem på Enhedslisten": a party follows.
        const next = post.tokens.slice(hit.last, hit.last + 3).find((t) => !/^(de|het|the|on|op|på|i|in|for)$/i.test(t.text));
        return hit.data.confidence === "high" || (next !== undefined && /^\p{Lu}/u.test(next.text));
      }
      // A party or politician by name is rarely judged in news or neutral posts: a modal, an
      // intensifier or a put-down in the same sentence ("Wilders moet eindelijk eens leveren") is
      // enough there, and so is a milder negative tone.
      const named = has(hit, "named");
      if (named && hits.some((h) => has(h, "lean") && sentenceOf(h.first) === sentenceOf(hit.first))) return true;
      // An eye-roll, a smirk or a clown on the subject's line is a jab ("Als Den Haag nou ook eens
      // zo snel leverde als wij 😏"); emoji are not words, so the stance list never sees them.
      if (JAB_EMOJI.test(sentenceText(post, sentenceOf(hit.first)).text)) return true;
      const tone = toneOf({ post, from, to, cues: toneHits, skip, sentiment });
      // Warm words near a subject are mostly about something else ("the minister visited, great
      // day"); praise that is an opinion ("best thing this government did") is in the stance list.
      return tone.negative <= (named ? -1 : -2);
    };
    for (const hit of candidates) {
      const topic = topicOf(hit.data);
      if (!topic || !opinionOn(hit)) continue;
      ctx.report({ messageId: "personalOpinion", range: [hit.start, hit.end], data: { topic: nameOf(topic, post.language) } });
      return;
    }
    if (!(await campaign()) && !(await jab())) await askLearned();
  },
});
