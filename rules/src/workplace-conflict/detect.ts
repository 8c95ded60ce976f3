import { compileLexicon, compileMentions, expandWordClasses, isNegated, isQuoted, loadStemmer, sentenceWindow, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post, type Report, type ResolvedConfig, languageCache } from "@postlint/core";
import { conceptMatcher, exposedCustomer, findAttitudes, mockedMemberOfPublic, nearFamily, organizationNames, targetKindOf, type TargetKind } from "../concepts/index.js";
import { lexiconFor } from "../lexicons.js";


/** A finding of workplace-conflict, before it is worded: what the words are about and how bad. */
interface Conflict {
  messageId: "venting" | "hostility" | "threat";
  range: Report["range"];
  clause: string;
  target: TargetKind;
}

/**
 * The findings, and whether the post is about a competitor's people rather than the writer's
 * ("Contoso management has no clue"): then no workplace is named, and the learned model, which
 * reads "management" as anyone's, is not asked either.
 */
export interface Conflicts {
  found: Conflict[];
  aboutCompetitor: boolean;
  /** Phrases that look like a threat and are not ("find out what happens next"): the learned model, which learned threats' words, is not asked about their sentence. */
  lookAlikes: [number, number][];
}

interface Matchers {
  threats: PhraseMatcher<LexiconEntry>;
  /** Phrases that look like a threat and are not ("find out what happens next"). */
  notThreats: PhraseMatcher<LexiconEntry>;
}

/** Laughing, or a mock-cross face, at the end of a joke. */
const LAUGH = /😂|🤣|😆|😜|😝|😤|\blol\b|\bhaha/iu;
/** Neighbours, the other people a playful threat is often made to. */
const NEIGHBOUR = /\b(?:neighbou?rs?|next-door|buurman|buurvrouw|buren|nabo|naboen|naboer|genbo)\b/iu;
const familyInPost = async (post: Post): Promise<boolean> => {
  const near = await nearFamily(post);
  return post.sentences.some((_, i) => near(i));
};

/** A threat phrase that is the condition of one: "if he … once more", "hvis han … en gang til", "als hij …". */
const CONDITION = /^(?:if|hvis|als)\b/iu;

/** A weapon beside a veiled threat ("ik weet waar zijn fiets staat 🔪") leaves no doubt about it. */
const WEAPON_EMOJI = /🔪|🗡|🔫|🪓|💣|⚰/u;

/**
 * Threats first (P8, this rule's own lexicon), then the concept layer's target × negative attitude
 * (venting phrases, negative tone around a workplace target).
 */
export function compileConflicts(config: Pick<ResolvedConfig, "organization" | "products">): (post: Post) => Promise<Conflicts> {
  const mentions = compileMentions(config);
  const names = organizationNames(config);
  const matchersFor = languageCache(async (language: Language): Promise<Matchers> => {
    const stemmer = await loadStemmer(language);
    // Word classes (`{person}`, `{poss}`) let one threat pattern cover every pronoun.
    const entries = expandWordClasses(lexiconFor("workplace-conflict", language));
    const by = (tag: string): PhraseMatcher<LexiconEntry> => compileLexicon(entries.filter((e) => e.tags.includes(tag)), { stemmer });
    return { threats: by("threat"), notThreats: by("not-threat") };
  });
  return async (post) => {
    const m = await matchersFor(post.language);
    // "Ik praat hier niet namens Northwind, gewoon als forens: …": the organization named only to
    // say the post is not its business is no sign that the post is about work.
    // The name in or right after the disclaiming phrase, as unauthorized-spokesperson reads it.
    const disclaimed = (await conceptMatcher(post.language, ["voice-disclaimed"], { stem: false })).find(post, { all: true });
    const mentioned = mentions.find(post);
    const organization = mentioned.filter((h) => h.data.kind === "organization" && !disclaimed.some((d) => d.first <= h.first && h.first <= d.last + 1));
    const competitors = mentioned.filter((h) => h.data.kind === "competitor");
    const { targets, attitudes } = await findAttitudes(post, { organization, names, competitors });
    const quoted = (hit: PhraseHit<unknown>): boolean => isQuoted(post.text, hit.start, hit.end);

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
    // "Watch your back, Dad … 😂", "I know where you live. I'm your next-door neighbour 😂": a
    // threat made in fun to family or a neighbour, with no one at work in the post, is a joke.
    const homely = targets.length === 0 && found.length > 0 && LAUGH.test(post.text.slice(post.bodyStart)) && (NEIGHBOUR.test(post.text) || (await familyInPost(post)));
    if (homely) found.length = 0;
    const strong = found.filter((t) => t.data.confidence === "high");
    // One per sentence, the unmistakable cue first: the message is about the sentence.
    const sentenceOf = (hit: PhraseHit<unknown>): number | undefined => post.tokens[hit.first]?.sentence;
    // A condition ("Hvis formanden … én gang til") is what sets the threat off, not the threat: the
    // words that threaten go first when a sentence has both.
    const conditionLast = (strong.length > 0 ? strong : found).slice().sort((a, b) => Number(CONDITION.test(a.text)) - Number(CONDITION.test(b.text)) || a.start - b.start);
    const threats = conditionLast.filter((t, i, all) => all.findIndex((o) => sentenceOf(o) === sentenceOf(t)) === i).sort((a, b) => a.start - b.start);
    const aboutCompetitor = competitors.length > 0 && targets.length === 0 && organization.length === 0;
    const lookAlikes = harmless.map((h): [number, number] => [h.start, h.end]);
    if (threats.length > 0) return { aboutCompetitor, lookAlikes, found: threats.map((t) => ({ messageId: "threat", range: [t.start, t.end], clause: "P8", target: targets[0] ? targetKindOf(targets[0].data) : "work" })) };
    if (attitudes.length > 0) return { aboutCompetitor, lookAlikes, found: attitudes.map((a) => ({ messageId: a.kind, range: a.range, clause: a.clause, target: a.target })) };
    // "Zwartrijder van de dag 😂": someone the writer served, made the day's joke; or their phone
    // number posted for readers to use ("if anyone knows the bloke on 07700 …").
    const mocked = mockedMemberOfPublic(post) ?? exposedCustomer(post);
    return { aboutCompetitor, lookAlikes, found: mocked && !isQuoted(post.text, mocked[0], mocked[1]) ? [{ messageId: "hostility", range: mocked, clause: "P22", target: "customer" }] : [] };
  };
}
