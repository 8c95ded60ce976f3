import { compileLexicon, definePolicyRule, isQuoted, loadSentiment, loadStemmer, sentenceWindow, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { insensitiveEntries } from "./insensitive-language/entries.js";
import { lexiconFor } from "./lexicons.js";
import { toneOf } from "./workplace-conflict/tone.js";

const KINDS = ["boss", "colleague", "customer", "shareholder", "work"] as const;
type Kind = (typeof KINDS)[number];

/** Who the venting is about, as the message names it. */
const TARGET_NAMES: Record<Language, Record<Kind, string>> = {
  en: { boss: "your manager", colleague: "colleagues", customer: "customers", shareholder: "shareholders", work: "work" },
  nl: { boss: "je leidinggevende", colleague: "collega's", customer: "klanten", shareholder: "aandeelhouders", work: "je werk" },
  da: { boss: "din leder", colleague: "kolleger", customer: "kunder", shareholder: "aktionærer", work: "dit arbejde" },
};

interface Matchers {
  targets: PhraseMatcher<LexiconEntry>;
  ignore: PhraseMatcher<LexiconEntry>;
  vents: PhraseMatcher<LexiconEntry>;
  cues: PhraseMatcher<LexiconEntry>;
  /** Slurs, insults and stereotypes (insensitive-language's lists): hostility when aimed at work. */
  slurs: PhraseMatcher<LexiconEntry>;
  threats: PhraseMatcher<LexiconEntry>;
}

const kindOf = (entry: LexiconEntry | undefined): Kind => KINDS.find((k) => entry?.tags.includes(k)) ?? "work";
/** Together with a negative sum, a window needs at least this much negativity to be venting. */
const THRESHOLD = -2;

export default definePolicyRule({
  id: "workplace-conflict",
  meta: {
    description:
      "Flags venting or hostility aimed at the workplace (managers, colleagues, customers, work, the organization) in the same or the next sentence, and threats. Venting about the weather or a train has no workplace target and passes; so does praise.",
    policy: ["P6", "P7", "P8", "P22"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    fixable: false,
    docsUrl: docsUrl("workplace-conflict"),
  },
  messages: {
    en: {
      venting: "“{text}” may read as venting about {target}. Colleagues, customers and your employer can all read it, and posts stay around (P6). If something is bothering you, raise it with your manager, HR or a colleague you trust; if you want to post, share something that went well.",
      hostility: "“{text}” may come across as an attack on {target}, and they, or people who know them, can read it (P22). Talk to them, your manager or HR instead; a disclaimer doesn’t change how this reads.",
      threat: "“{text}” reads as a threat. Even as a joke, words like these can frighten people and read very differently to someone who doesn’t know you (P8). If work has made you this angry, talk to HR or someone you trust before you post.",
    },
    nl: {
      venting: "“{text}” kan overkomen als spuien over {target}. Collega's, klanten en je werkgever lezen mee, en berichten blijven bestaan (P6). Zit iets je dwars? Bespreek het met je leidinggevende, HR of een collega die je vertrouwt; wil je posten, deel dan iets wat goed ging.",
      hostility: "“{text}” kan overkomen als een aanval op {target}, en zij of mensen die hen kennen lezen mee (P22). Bespreek het liever met hen, je leidinggevende of HR; een disclaimer verandert niet hoe dit overkomt.",
      threat: "“{text}” leest als een dreigement. Ook als grap kan zoiets mensen bang maken en heel anders overkomen bij wie je niet kent (P8). Ben je zo boos over je werk, praat dan eerst met HR of iemand die je vertrouwt.",
    },
    da: {
      venting: "“{text}” kan læses som brok over {target}. Kolleger, kunder og din arbejdsgiver kan alle læse med, og opslag bliver hængende (P6). Hvis noget nager dig, så tag det op med din leder, HR eller en kollega, du stoler på; vil du skrive noget, så del noget, der gik godt.",
      hostility: "“{text}” kan opfattes som et angreb på {target}, og de eller nogen, der kender dem, kan læse det (P22). Tag det hellere op med dem, din leder eller HR; en ansvarsfraskrivelse ændrer ikke, hvordan det læses.",
      threat: "“{text}” læses som en trussel. Selv som en spøg kan sådan noget skræmme folk og blive læst helt anderledes af nogen, der ikke kender dig (P8). Hvis arbejdet har gjort dig så vred, så tal med HR eller en, du stoler på, før du skriver.",
    },
  },
  setup() {
    const cache = new Map<Language, Promise<Matchers>>();
    const build = async (language: Language): Promise<Matchers> => {
      const stemmer = await loadStemmer(language);
      const entries = lexiconFor("workplace-conflict", language);
      const by = (tag: string): PhraseMatcher<LexiconEntry> => compileLexicon(entries.filter((e) => e.tags.includes(tag)), { stemmer });
      const cues = entries.filter((e) => ["negative", "positive", "neutral"].some((t) => e.tags.includes(t)));
      const slurs = insensitiveEntries(language).map((e): LexiconEntry => ({ ...e, tags: ["negative", "insult"], confidence: "high" }));
      return { targets: by("target"), ignore: by("ignore"), vents: by("vent"), threats: by("threat"), cues: compileLexicon(cues, { stemmer }), slurs: compileLexicon(slurs) };
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
    const names = TARGET_NAMES[post.language];
    const ignored = m.ignore.find(post);
    const overlapsIgnored = (hit: PhraseHit<unknown>): boolean => ignored.some((g) => hit.first < g.last && g.first < hit.last);
    const quoted = (hit: PhraseHit<unknown>): boolean => isQuoted(post.text, hit.start, hit.end);
    // Only the people and the work: an opinion on the organization or its products is P10's
    // business (missing-disclaimer), so a bare "Northwind" is not a target.
    const targets = m.targets.find(post).filter((t) => !overlapsIgnored(t));

    // P8: an unmistakable threat is an error anywhere; a conditional one only in a post about work.
    const found = m.threats.find(post, { all: true }).filter((t) => !quoted(t) && (t.data.confidence === "high" || targets.length > 0));
    const strong = found.filter((t) => t.data.confidence === "high");
    // One finding per sentence, the unmistakable cue first: the message is about the sentence.
    const threats = (strong.length > 0 ? strong : found).filter((t, i, all) => all.findIndex((o) => post.tokens[o.first]?.sentence === post.tokens[t.first]?.sentence) === i);
    for (const t of threats) ctx.report({ messageId: "threat", range: [t.start, t.end], severity: "error", clause: "P8" });
    if (threats.length > 0) return;

    const vent = m.vents.find(post).find((v) => !quoted(v));
    if (vent) {
      ctx.report({ messageId: "venting", range: [vent.start, vent.end], data: { target: names[kindOf(vent.data)] }, clause: "P6" });
      return;
    }
    if (targets.length === 0) return;
    const sentiment = await loadSentiment(post.language);
    const cues = [...m.cues.find(post), ...m.slurs.find(post)];
    const skip = new Set(targets.flatMap((t) => Array.from({ length: t.last - t.first }, (_, i) => t.first + i)));
    const seen = new Set<number>();
    for (const target of targets) {
      if (quoted(target)) continue;
      const [from, to] = sentenceWindow(post, target.first, 1);
      if (seen.has(from)) continue;
      seen.add(from);
      const tone = toneOf({ post, from, to, cues, skip, sentiment });
      if (tone.negative > THRESHOLD || tone.score > THRESHOLD || !tone.worst) continue;
      const worst = tone.worst;
      const kind = kindOf(target.data);
      const audience = kind === "customer" || kind === "shareholder";
      const insult = worst.entry?.tags.includes("insult") ?? false;
      ctx.report({
        messageId: insult ? "hostility" : "venting",
        range: [worst.start, worst.end],
        data: { target: names[kind] },
        clause: insult ? (audience ? "P22" : "P7") : "P6",
      });
      return;
    }
  },
});
