import { compileLexicon, isMasked, isNegated, isQuoted, loadSentiment, maskedMatch, sentenceWindow, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post, type Report } from "@postlint/core";
import { curseAtTarget, curseInsults, curseToldToSomeone } from "./curse-insult.js";
import { curseWords } from "./curses.js";
import { insensitiveEntries } from "./insensitive.js";
import { findLayoffs } from "./layoffs.js";
import { cursedWorkHashtag } from "./cursed-hashtag.js";
import { petJoke } from "./pet-joke.js";
import { overlapsAnyOf } from "./token-search.js";
import { tokenAt } from "./figures.js";
import { conceptMatcher } from "./lexicon.js";
import { decodedCorporate, ironicSentences, mockedReceiptNote, saidInSympathy, scareQuotedCorporate, scareQuotedCut, scareQuotedDeed, scareQuotedPay, scareQuotedServiceWord, scornedCritics, type Marker } from "./sarcasm.js";
import { twistedName } from "./twisted-name.js";
import { toneOf } from "./tone.js";
import { listItemWindow, overlaps, sentenceText } from "./window.js";
import { countEcho, happyCount, REPEAT_TODAY } from "./counting.js";
import { seatsAndRooms } from "./served.js";
import { addressesSomeone } from "./addressed.js";
import { findHurtful } from "./hurtful.js";
import { mentionedNotUsed, quotedInSentence, reportedSentences } from "./reported.js";
import { deniedOutright, takenBack } from "./retracted.js";

const TARGET_KINDS = ["boss", "colleague", "customer", "shareholder", "work"] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

/** A negative attitude toward someone or something at work, before a rule words it. */
interface Attitude {
  kind: "venting" | "hostility";
  range: Report["range"];
  /** P6 for venting, P7 for insults at people inside, P22 for insults at customers or shareholders. */
  clause: "P6" | "P7" | "P22";
  target: TargetKind;
  /** The concept entry that decided it, when a lexicon word did. */
  entry?: LexiconEntry;
}

export interface Attitudes {
  /** Workplace targets in the post (not inside a `not-target` phrase). */
  targets: PhraseHit<LexiconEntry>[];
  /** At most one: the first venting phrase, or the first target whose window reads negative. */
  attitudes: Attitude[];
}

export const targetKindOf = (entry: LexiconEntry): TargetKind => TARGET_KINDS.find((k) => entry.tags.includes(k)) ?? "work";

export interface AttitudeOptions {
  /**
   * Mentions of the organization itself (from config). They count as a target only for name-calling
   * and accusations ("Northwind are crooks"): an opinion on the organization is P10's business.
   */
  organization?: readonly { first: number; last: number; start: number; end: number }[];
  /** The organization's name and aliases (from config), to recognise it twisted ("NorthWASTE", "Shitwind"). */
  names?: readonly string[];
  /** Mentions of competitors (from config): "Contoso management" is their management, not the writer's. */
  competitors?: readonly { first: number; last: number }[];
}

/** Venting is P6; hostility is P7 at people inside and P22 at customers or shareholders. */
const clauseFor = (hostile: boolean, target: TargetKind): Attitude["clause"] => (!hostile ? "P6" : target === "customer" || target === "shareholder" ? "P22" : "P7");

/** Emoji that say the opposite of the words (the phrase matcher sees words only). */
const SARCASTIC_EMOJI = /🙃|🙄|🤡|😒|🤦/gu;
/** The same, for a yes-or-no test (a global regex keeps its place between tests). */
const SARCASTIC_EMOJI_ONE = new RegExp(SARCASTIC_EMOJI.source, "u");

/** A sarcastic emoji in the sentence, the one before or the one after, as a hit-like range. */
function sarcasticEmoji(post: Post, sentence: number): { start: number; end: number } | undefined {
  const { text, start } = sentenceText(post, sentence - 1, sentence + 1);
  for (const m of text.matchAll(SARCASTIC_EMOJI)) return { start: start + m.index, end: start + m.index + m[0].length };
  return undefined;
}

/** Whether a word starts with a curse and goes on with a word of its own (`kut|manager`, `lorte|kunden`). */
function cursePrefixed(word: string, curses: ReadonlySet<string>): boolean {
  const masked = isMasked(word);
  for (let cut = 3; cut <= word.length - 4; cut++) {
    const head = word.slice(0, cut);
    if (curses.has(head)) return true;
    // `k*tmanager`: the curse itself disguised.
    if (masked) for (const curse of curses) if (maskedMatch(head, curse)) return true;
  }
  return false;
}

/**
 * "die nieuwe" and "den nye" are the new colleague only on their own: followed by a noun ("die
 * nieuwe belasting", "den nye skat") the new thing is that noun.
 */
export function adjectiveBeforeNoun(post: Post, hit: PhraseHit<unknown>): boolean {
  const last = post.tokens[hit.last - 1];
  const next = post.tokens[hit.last];
  if (!last || !next || next.sentence !== last.sentence || !/^(?:nieuwe|nye|new)$/u.test(last.norm)) return false;
  // A noun in lower case, or a compound led by an acronym or a number ("CO2-afgift", "IT-chef").
  return /^\s+$/u.test(post.text.slice(last.end, next.start)) && /^(?:\p{Ll}+|\p{Lu}{2}[\p{L}\d]*|\p{Lu}\d[\p{L}\d]*|\d[\p{L}\d]*)$/u.test(next.text) && !/^(?:is|was|er|var|heeft|har|has|die|der|who|that|en|og|and|i|in|on|at|from|op|bij|van|uit|på|hos|fra|ved)$/u.test(next.norm) && !AUXILIARY.test(next.norm);
}

/** "Den nye kunne ikke engang …", "the new one can't": a verb after "the new", so "the new" is the person. */
const AUXILIARY = /^(?:kan|kunne|skal|skulle|vil|ville|må|måtte|havde|kon|konden|moet|moest|wil|wou|zal|zou|had|can|could|should|would|will|won't|can't|did|does|didn't|doesn't)$/u;

const OPENING_QUOTE = /['"\u2018\u201c\u201e«]/u;
/** Giving someone a name: "called my colleague …", "noemde haar …", "kaldte ham …". */
const CALLED = /\b(?:called|calls|calling|noemde|noemt|noemden|uitgemaakt\s+voor|uitschold|kaldte|kalder|kaldt)\b/iu;
/** A word quoted after "called": the name someone else gave ("called my colleague 'terrorist'"). */
const nameSomeoneGave = (text: string, start: number, end: number): boolean => mentionedNotUsed(text, start, end) && CALLED.test(text.slice(Math.max(0, start - 40), start));
/** Emoji of a writer who has had enough. */
const FED_UP_EMOJI = /🙄|😤|😡|🤬|😒|🤦/u;
/**
 * An eye-roll, a facepalm or a sideways look: brushing off whoever is addressed. One set for both
 * uses: brand-voice's `dismissive` and the brand's reply to a customer below.
 */
export const EYE_ROLL = /🙄|🤦|😒/u;
/** In the brand's reply an upside-down smile is sarcasm at the customer too ("maybe move house 🙃"). */
const SMIRK = /🙃/u;
/** Laughing at whoever is addressed: mockery only beside talking down ("calm down … 😂"). */
const LAUGHING = /😂|🤣|😆|😹/u;
/** "31 times", "9 keer", "fem gange": counting how often someone did it. */
const COUNT: Record<Language, RegExp> = {
  en: /\b(?:[4-9]|\d\d+|four|five|six|seven|eight|nine|ten|twenty|fifty|hundred)\s+times\b/iu,
  nl: /\b(?:[4-9]|\d\d+|vier|vijf|zes|zeven|acht|negen|tien|twintig|vijftig|honderd)\s+keer\b/iu,
  da: /(?:^|\s)(?:[4-9]|\d\d+|fire|fem|seks|syv|otte|ni|ti|tyve|halvtreds|hundrede)\s+gange(?=\s|[.,!?]|$)/iu,
};

/**
 * "Min 8.b i dag… som at snakke til en flok hegnspæle. Ingen af dem gider noget. Håbløse er de.":
 * the name-calling comes after the window, about "them". The sentences right after the window that
 * keep pointing at people ("them", "de", "ze") or are only the insult ("Idiot lah."), up to two, are
 * about the same target: an insult in one of them is aimed at it.
 */
function nameCalledLater(post: Post, to: number, cues: readonly PhraseHit<LexiconEntry>[], pronouns: PhraseMatcher<LexiconEntry>): Pick<Attitude, "kind" | "range" | "entry"> | undefined {
  const first = post.tokens[to]?.sentence;
  if (first === undefined) return undefined;
  const pointing = new Set(pronouns.find(post).map((p) => post.tokens[p.first]?.sentence));
  // A sentence that is only the name-calling ("Idiot lah.", "Hopeless.") points back by itself.
  const short = (sentence: number): boolean => {
    const range = post.sentences[sentence]?.tokens;
    return range !== undefined && range[1] - range[0] <= 2;
  };
  for (let sentence = first; sentence < first + 2 && (pointing.has(sentence) || short(sentence)); sentence++) {
    const insult = cues.find((c) => post.tokens[c.first]?.sentence === sentence && c.data.tags.includes("insult") && c.data.confidence !== "low" && !isNegated(post, c.first, 2));
    if (insult) return { kind: "hostility", range: [insult.start, insult.end], entry: insult.data };
  }
  return undefined;
}

/**
 * Praise right before the target or naming it ("toppers van collega's", "best crew", "great
 * colleagues"): a positive cue ending at most two words before it, with no punctuation between.
 */
function praisedTarget(post: Post, target: PhraseHit<LexiconEntry>, cues: readonly PhraseHit<LexiconEntry>[]): boolean {
  return cues.some((c) => c.data.tags.includes("positive") && c.last <= target.last && c.last >= target.first - 2 && c.first <= target.first && !/[,.;:!?]/u.test(post.text.slice(c.end, Math.max(c.end, target.start))) && !isNegated(post, c.first));
}

/**
 * "dag 4 op mn nieuwe baan … ik ga hier dood van verveling": a new job is not a target (it is news),
 * but boredom at it is boredom at work.
 */
const NEW_JOB = /\b(?:my new job|the new job|new job at|mn nieuwe baan|mijn nieuwe baan|m'n nieuwe baan|nieuwe baan bij|mit nye job|det nye job|nyt job hos|min nye stilling)\b/iu;

/** Both the negative words and the whole window must reach this to read as venting. */
const THRESHOLD = -2;

interface Matchers {
  mockery: PhraseMatcher<LexiconEntry>;
  contact: PhraseMatcher<LexiconEntry>;
  targets: PhraseMatcher<LexiconEntry>;
  ignore: PhraseMatcher<LexiconEntry>;
  vents: PhraseMatcher<LexiconEntry>;
  grievances: PhraseMatcher<LexiconEntry>;
  workContext: PhraseMatcher<LexiconEntry>;
  family: PhraseMatcher<LexiconEntry>;
  pets: PhraseMatcher<LexiconEntry>;
  corporate: PhraseMatcher<LexiconEntry>;
  boredom: PhraseMatcher<LexiconEntry>;
  cues: PhraseMatcher<LexiconEntry>;
  slurs: PhraseMatcher<LexiconEntry>;
  firstPerson: PhraseMatcher<LexiconEntry>;
  dismissive: PhraseMatcher<LexiconEntry>;
  talkingDown: PhraseMatcher<LexiconEntry>;
  pronouns: PhraseMatcher<LexiconEntry>;
}

const cache = new Map<Language, Promise<Matchers>>();
async function build(language: Language): Promise<Matchers> {
  const [mockery, contact, targets, ignore, vents, grievances, workContext, corporate, boredom, cues, firstPerson, dismissive, family, pets, talkingDown, pronouns] = await Promise.all([
    conceptMatcher(language, ["sarcasm", "bonus"]),
    conceptMatcher(language, ["contact"], { stem: false }),
    conceptMatcher(language, ["target"]),
    conceptMatcher(language, ["not-target"]),
    conceptMatcher(language, ["venting"]),
    conceptMatcher(language, ["grievance"]),
    conceptMatcher(language, ["work-context"]),
    conceptMatcher(language, ["corporate-speak"]),
    conceptMatcher(language, ["boredom"]),
    conceptMatcher(language, ["negative", "positive", "neutral", "exasperation"]),
    conceptMatcher(language, ["first-person"]),
    conceptMatcher(language, ["dismissive"], { stem: false }),
    conceptMatcher(language, ["family"], { stem: false }),
    conceptMatcher(language, ["pet"], { stem: false }),
    conceptMatcher(language, ["talking-down"], { stem: false }),
    conceptMatcher(language, ["people-pronoun"], { stem: false }),
  ]);
  // Slurs, disability insults and stereotypes: hostility when aimed at work.
  // A job advert's bias is about applicants, not colleagues; a clinical name ("spastic paraplegia")
  // is matched whole only so that its word is not read as the insult.
  const slurs = compileLexicon(
    insensitiveEntries(language)
      .filter((e) => !e.tags.includes("hiring-bias"))
      .map((e): LexiconEntry => ({ ...e, tags: e.tags.includes("insensitive-ok") ? ["neutral"] : ["negative", "insult"], confidence: "high" })),
  );
  return { mockery, contact, targets, ignore, vents, grievances, workContext, corporate, boredom, cues, slurs, firstPerson, dismissive, family, pets, talkingDown, pronouns };
}

/**
 * The post is about the writer's work: a workplace target, the organization or a work-context word
 * ("my team") anywhere in it. With `teams: false`, "my team" does not count: bored watching "my
 * team" lose is football.
 */
const aboutWork = (post: Post, m: Pick<Matchers, "workContext" | "ignore">, targets: readonly unknown[], organization: readonly unknown[], teams = true): boolean => {
  if (targets.length > 0 || organization.length > 0) return true;
  // A workplace word inside a phrase that says the writer is not at work there ("the hospital's
  // waiting room") is no work context.
  const notWork = m.ignore.find(post);
  return m.workContext.find(post).some((w) => (teams || !/team/iu.test(w.text)) && !notWork.some((n) => n.first <= w.first && w.last <= n.last));
};

/** Every sarcastic emoji in the post, at the token it stands beside. */
function sarcasticEmojis(post: Post): Marker[] {
  if (post.tokens.length === 0) return [];
  return [...post.text.matchAll(SARCASTIC_EMOJI)].map((e) => ({ start: e.index, end: e.index + e[0].length, first: tokenAt(post.tokens, e.index) }));
}

/**
 * "took the credit for my plan", "underpaid", "our night manager is a bully": an accusation of
 * unfair treatment is about work whenever the post is (a target or the organization anywhere in it).
 * These sit in list items and threads, far from "my manager", so the sentence window would miss them.
 * Not when negated ("never took the credit") or the second half of a word ("anti-bullying").
 */
function findGrievance(post: Post, m: Pick<Matchers, "grievances" | "workContext" | "ignore">, targets: readonly PhraseHit<LexiconEntry>[], organization: readonly { first: number }[]): Attitude | undefined {
  const hit = m.grievances.find(post).find((g) => !isQuoted(post.text, g.start, g.end) && !isNegated(post, g.first) && !post.tokens[g.first]?.joined);
  if (!hit || !aboutWork(post, m, targets, organization)) return undefined;
  // Who the accusation is about: the nearest target in its sentence ("our night manager is a
  // bully"), else the work itself ("targets got quietly moved"), not a colleague three lines up.
  const sentence = post.tokens[hit.first]?.sentence;
  const nearest = targets.filter((t) => post.tokens[t.first]?.sentence === sentence).sort((a, b) => Math.abs(a.first - hit.first) - Math.abs(b.first - hit.first))[0];
  const target = nearest ? targetKindOf(nearest.data) : "work";
  const insult = hit.data.tags.includes("insult");
  return { kind: insult ? "hostility" : "venting", range: [hit.start, hit.end], clause: clauseFor(insult, target), target, entry: hit.data };
}

/**
 * Target × negative attitude: a venting phrase anywhere, or the writer's negative tone (curated
 * cues, negation-aware, emoji) within a workplace target's sentence and the next. Config-free, so
 * every rule and linter shares the matchers.
 */
export async function findAttitudes(post: Post, options: AttitudeOptions = {}): Promise<Attitudes> {
  let pending = cache.get(post.language);
  if (!pending) cache.set(post.language, (pending = build(post.language)));
  const m = await pending;
  const ignored = m.ignore.find(post);
  const quoted = (hit: Pick<PhraseHit<unknown>, "start" | "end">): boolean => isQuoted(post.text, hit.start, hit.end);
  // Only the people and the work: an opinion on the organization or its products is P10's
  // business (missing-disclaimer), so a bare "Northwind" is not a target.
  const pets = m.pets.find(post);
  const found = [...m.targets.find(post), ...seatsAndRooms(post)];
  const isIgnored = overlapsAnyOf(ignored);
  const theirs = (t: PhraseHit<unknown>): boolean => (options.competitors ?? []).some((c) => c.last === t.first);
  const targets = found.filter((t) => !isIgnored(t) && !adjectiveBeforeNoun(post, t) && !petJoke(post, t, pets) && !theirs(t));
  // "Worst boss ever" about the cat: the boss word inside a venting phrase is the pet's too. The
  // pets' targets are found once, not again for every venting phrase.
  let petTargets: PhraseHit<LexiconEntry>[] | undefined;
  const aboutPet = (v: PhraseHit<LexiconEntry>): boolean => (petTargets ??= found.filter((t) => petJoke(post, t, pets))).some((t) => v.first <= t.first && t.last <= v.last);
  // "People ask if I hate my boss. No.": asked, and denied; "Ik heb geen hekel aan mijn werk":
  // denied outright; "Worst job in the world. (It isn't.": taken back.
  const vent = m.vents.find(post).find((v) => !quoted(v) && !aboutPet(v) && !takenBack(post, v.first) && !deniedOutright(post, v.first));
  if (vent) {
    // "stealing our wages", "kutbedrijf": name-calling or an accusation with the employer in it.
    const insult = vent.data.tags.includes("insult");
    return { targets, attitudes: [{ kind: insult ? "hostility" : "venting", range: [vent.start, vent.end], clause: insult ? "P7" : "P6", target: targetKindOf(vent.data), entry: vent.data }] };
  }
  const grievance = findGrievance(post, m, targets, options.organization ?? []);
  if (grievance) return { targets, attitudes: [grievance] };
  const mockery = m.mockery.find(post);
  // Sarcasm markers: "love how", "🙃", and praise as a sentence of its own ("Genius.").
  // Markers that are sarcasm whatever the words around them; "great job" and "love how" are often meant.
  const people = targets.filter((t) => ["boss", "colleague"].includes(targetKindOf(t.data)));
  const irony = mockery.filter((h) => h.data.tags.includes("irony") && !quoted(h)).map((h): Marker => ({ start: h.start, end: h.end, first: h.first }));
  const plainSarcasm: Marker[] = [...sarcasticEmojis(post), ...ironicSentences(post), ...decodedCorporate(post, m.corporate), ...scareQuotedDeed(post, people), ...irony];
  const sarcasm: Marker[] = [...mockery.filter((h) => h.data.tags.includes("sarcasm") && !quoted(h)), ...plainSarcasm];
  // Layoffs with sarcasm or the bosses' bonus beside them ("love how they fire 200 people and give
  // the CEO a bonus 🙃"): mocking the employer's decision, not sharing news.
  const layoffs = await findLayoffs(post);
  for (const layoff of layoffs) {
    const sentence = post.tokens[layoff.first]?.sentence ?? -1;
    // Sympathy beside the news is meant ("… their last month 💔 Sending love to everyone").
    const mock = [...mockery, ...sarcasm].find((h) => Math.abs((post.tokens[h.first]?.sentence ?? -9) - sentence) <= 1 && !saidInSympathy(post, h)) ?? sarcasticEmoji(post, sentence);
    if (mock && !quoted(layoff)) return { targets, attitudes: [{ kind: "venting", range: [Math.min(mock.start, layoff.start), Math.max(mock.end, layoff.end)], clause: "P6", target: "work" }] };
  }
  const cut = scareQuotedCut(post, { layoffs: layoffs.length, bonus: mockery.some((h) => h.data.tags.includes("bonus")) });
  if (cut && aboutWork(post, m, targets, options.organization ?? [])) return { targets, attitudes: [{ kind: "venting", range: [cut.start, cut.end], clause: "P6", target: "work" }] };
  // "love how they announce an "exciting new chapter" at 4:55 on a friday 🙃": the employer's own
  // words in scare quotes, mocked, in a post about work.
  const mocked = scareQuotedCorporate(post, m.corporate, sarcasm);
  if (mocked && aboutWork(post, m, targets, options.organization ?? [])) return { targets, attitudes: [{ kind: "venting", range: [mocked.start, mocked.end], clause: "P6", target: "work" }] };
  // "my company 'rounds down' overtime", "ze "vergeten" de ploegentoeslag uit te betalen": pay
  // withheld, said with scare quotes, is an accusation about work by itself.
  const pay = scareQuotedPay(post);
  if (pay) return { targets, attitudes: [{ kind: "venting", range: [pay.start, pay.end], clause: "P6", target: "work" }] };
  // "this is what a 'tip' looks like apparently 🙃": a customer's word mocked with an eye-roll.
  const served = scareQuotedServiceWord(post, sarcasticEmojis(post));
  if (served && !m.family.find(post).length) return { targets, attitudes: [{ kind: "venting", range: [served.start + 1, served.end - 1], clause: "P6", target: "customer" }] };
  // "wrote 'tip? get a real job' on the receipt. framed it for the staff room": a customer's note
  // on the bill held up for a laugh.
  const note = mockedReceiptNote(post);
  if (note && !m.family.find(post).length) return { targets, attitudes: [{ kind: "venting", range: [note.start, note.end], clause: "P22", target: "customer" }] };
  // "To the so-called "reviewers" on this page: you wouldn't know a decent sandwich": critics scorned to their faces.
  const critics = scornedCritics(post);
  if (critics) return { targets, attitudes: [{ kind: "hostility", range: [critics.start, critics.end], clause: "P22", target: "customer" }] };
  // "called 9 times this morning. NINE. 🙄", "emailed support 31 times 😤", "stop ringing the bell
  // 😡": someone getting in touch, counted or told to stop, with the writer fed up.
  const contact = m.contact.find(post);
  const echo = countEcho(post);
  // "My toddler has asked why 47 times. FORTY SEVEN.": counted by family, not by a customer.
  const family = targets.length === 0 && m.family.find(post).length > 0;
  if (echo && !family && !happyCount(post, echo.first, m.cues.find(post).filter((c) => !targets.some((t) => overlaps(t, c))), await loadSentiment(post.language)) && (targets.length > 0 || contact.some((c) => c.first < echo.first && !writerGotInTouch(post, c)))) {
    // Whom the count is about: the target named ("called my manager nine times"), else the customer.
    const about = targets.find((t) => t.first < echo.first);
    return { targets, attitudes: [{ kind: "venting", range: [echo.start, echo.end], clause: "P6", target: about ? targetKindOf(about.data) : "customer" }] };
  }
  // "fella asks me does this bus go to town … fourth one today 🙃": asked again and again, counted
  // by the day, with the writer fed up.
  const repeat = REPEAT_TODAY[post.language].exec(post.text.slice(post.bodyStart));
  if (repeat && !family) {
    const at = post.bodyStart + repeat.index;
    const sentence = post.tokens[tokenAt(post.tokens, at)]?.sentence ?? 0;
    const { text } = sentenceText(post, sentence, sentence + 1);
    if (contact.some((c) => c.start < at) && (FED_UP_EMOJI.test(text) || SARCASTIC_EMOJI_ONE.test(text))) {
      return { targets, attitudes: [{ kind: "venting", range: [at, at + repeat[0].length], clause: "P6", target: "customer" }] };
    }
  }
  if (contact.length > 0) {
    const fedUp = m.cues.find(post).filter((c) => c.data.tags.includes("exasperation"));
    for (const c of contact) {
      if (targets.length === 0 && writerGotInTouch(post, c)) continue;
      const index = post.tokens[c.first]?.sentence ?? -1;
      if (!post.sentences[index]) continue;
      const { text, start } = sentenceText(post, index);
      const angry = FED_UP_EMOJI.exec(text);
      const counted = COUNT[post.language].test(text);
      const told = fedUp.some((f) => post.tokens[f.first]?.sentence === index);
      if (angry && (counted || told)) return { targets, attitudes: [{ kind: "venting", range: [c.start, start + angry.index + angry[0].length], clause: "P6", target: "customer" }] };
    }
  }
  const organization = options.organization ?? [];
  // "#fuckthisjob", "#fuckthispostoffice", "#kutwerk": a hashtag that curses the work.
  const cursedTag = cursedWorkHashtag(post, curseWords(post.language));
  if (cursedTag) return { targets, attitudes: [{ kind: "venting", range: cursedTag, clause: "P6", target: "work" }] };
  // "Kut-Northwind", "Lorte-Northwind": a curse glued to the organization's name.
  const curses = curseWords(post.language);
  for (const mention of organization) {
    const before = post.tokens[mention.first - 1];
    if (before && post.tokens[mention.first]?.joined && curses.has(before.norm)) {
      return { targets, attitudes: [{ kind: "hostility", range: [before.start, mention.end], clause: "P7", target: "work" }] };
    }
  }
  // "teringNorthwind", "NorthWASTE", "Shitwind": the name itself twisted into an insult.
  const twisted = options.names ? twistedName(post, options.names, curses) : undefined;
  if (twisted && !isQuoted(post.text, twisted.start, twisted.end)) return { targets, attitudes: [{ kind: "hostility", range: [twisted.start, twisted.end], clause: "P7", target: "work" }] };
  // "kutmanager", "klotebaan", "lortekunden": a curse written into the target's own word.
  const cursed = targets.find((t) => t.last - t.first === 1 && !quoted(t) && cursePrefixed(post.tokens[t.first]?.norm ?? "", curses));
  if (cursed) {
    const kind = targetKindOf(cursed.data);
    const people = kind !== "work";
    return { targets, attitudes: [{ kind: people ? "hostility" : "venting", range: [cursed.start, cursed.end], clause: clauseFor(people, kind), target: kind }] };
  }
  // A reply ("@marta …") addresses a customer even without a target word (see the brush-off below);
  // so does the brand account greeting someone by name ("Hi Gareth,", "Beste Henk,", "Kære Bente.").
  const replyTo = post.tokens[0]?.prefix === "@" || (post.meta.account === "official" && addressesSomeone(post.text.slice(post.bodyStart), options.names ?? []));
  // "Dag vijf van dozen tellen in de koelcel. Ik verveel me kapot": boredom in a post about work,
  // wherever the work is named in it; checked after the targets' own tone, which quotes better.
  const boredom = (): Attitude | undefined => {
    const bored = m.boredom.find(post).find((b) => !quoted(b) && !isNegated(post, b.first));
    return bored && (aboutWork(post, m, targets, organization, false) || NEW_JOB.test(post.text)) ? { kind: "venting", range: [bored.start, bored.end], clause: "P6", target: "work", entry: bored.data } : undefined;
  };
  // "nine years at Northwind … get absolutely fuuucked, the lot of ya", "working all night … burn
  // in hell you": a curse told to people, in a post about work.
  const toldAtWork = (): Attitude | undefined => {
    const told = curseToldToSomeone(post);
    return told && !quoted(told) && aboutWork(post, m, targets, organization) ? { kind: "hostility", range: [told.start, told.end], clause: "P7", target: "colleague" } : undefined;
  };
  // "nieuwe collega-chauffeur is een vrouw 😂 … vrouwen en vrachtwagens gaat gewoon niet samen",
  // "Mænd kan altså ikke passe småbørn. Vores nye medhjælper har lige bevist det igen": a gender
  // said to be unable, about someone the writer works with, is hostility at work (P7).
  const stereotyped = await sexismAtWork(post, targets);
  if (stereotyped) return { targets, attitudes: [stereotyped] };
  if (targets.length === 0 && organization.length === 0 && !replyTo) {
    const atWork = toldAtWork() ?? boredom();
    return { targets, attitudes: atWork ? [atWork] : [] };
  }
  const sentiment = await loadSentiment(post.language);
  // A word that names the target is not also a cue about it ("patients" is not "patient", praise).
  const allCues = m.cues.find(post);
  // Someone else's words quoted in a report ("carers say managers "treat staff like furniture"") are not the writer's tone.
  const reported = await reportedSentences(post);
  const othersWords = (c: PhraseHit<unknown>): boolean => {
    const sentence = post.tokens[c.first]?.sentence ?? -1;
    return reported.has(sentence) && quotedInSentence(post, sentence, c.start, c.end);
  };
  // An insult or slur mentioned rather than used ("someone called my colleague a “spastic”", "why
  // 'mongool' is still a slur") is someone else's word, or the subject: not the writer's tone.
  const slurs = m.slurs.find(post);
  // So is any negative word quoted after "called".
  const mentioned = (c: PhraseHit<LexiconEntry>): boolean =>
    ((c.data.tags.includes("insult") || slurs.includes(c)) && mentionedNotUsed(post.text, c.start, c.end)) || (c.data.tags.includes("negative") && nameSomeoneGave(post.text, c.start, c.end));
  const cues = [...allCues, ...slurs, ...curseInsults(post, targets)].filter((c) => !targets.some((t) => t.first <= c.first && c.last <= t.last) && !othersWords(c) && !mentioned(c));
  const firstPerson = m.firstPerson.find(post, { all: true });
  const skip = new Set(targets.flatMap((t) => Array.from({ length: t.last - t.first }, (_, i) => t.first + i)));
  // A word quoted after "called" weighs nothing in the tone either (the sentiment lexicon's "terrorist").
  post.tokens.forEach((t, i) => {
    if (OPENING_QUOTE.test(post.text[t.start - 1] ?? "") && nameSomeoneGave(post.text, t.start, t.end)) skip.add(i);
  });
  const seen = new Set<number>();
  for (const target of targets) {
    if (quoted(target)) continue;
    const [from, to] = listItemWindow(post, target.first);
    if (seen.has(from)) continue;
    // "Wat een gekkenhuis vandaag, maar wat een toppers van collega's": the people praised where
    // they are named are not what the negative word is about (another target in the window may be).
    if (praisedTarget(post, target, allCues) && !sarcasm.some((h) => h.first >= from && h.first < to)) continue;
    seen.add(from);
    // A complaint closed with sarcasm ("…no lunch, and he found time to moan. Love it here."):
    // any negative word counts then, with the sarcasm in the window or the sentence after it. So
    // does what went wrong ("a rota app that crashes … Genius stuff 🙃") when the sarcasm is plain.
    const lastSentence = post.tokens[to - 1]?.sentence ?? -1;
    const inWindow = (h: Marker): boolean => h.first >= from && (post.tokens[h.first]?.sentence ?? -9) <= lastSentence + 1;
    const mocked = sarcasm.some(inWindow);
    const own = toneOf({ post, from, to, cues, skip, sentiment, attitude: { firstPerson } });
    const tone = own.negative === 0 && plainSarcasm.some(inWindow) ? toneOf({ post, from, to, cues, skip, sentiment, attitude: { firstPerson, events: true } }) : own;
    const kind = targetKindOf(target.data);
    const later = (): Attitudes | undefined => {
      const called = nameCalledLater(post, to, cues, m.pronouns);
      return called && { targets, attitudes: [{ ...called, clause: clauseFor(true, kind), target: kind }] };
    };
    if (!tone.worst) {
      // "…and cut our breaks. not bitter at all 🙂": irony said outright is the verdict itself.
      const ironic = irony.find(inWindow);
      if (ironic) return { targets, attitudes: [{ kind: "venting", range: [ironic.start, ironic.end], clause: "P6", target: kind }] };
      const called = later();
      if (called) return called;
      continue;
    }
    const insult = tone.worst.entry?.tags.includes("insult") ?? false;
    // Praise elsewhere in the sentence does not make up for calling someone a name.
    const hostile = insult && tone.worst.weight <= -3;
    const sarcastic = mocked && tone.negative < 0;
    if (!hostile && !sarcastic && (tone.negative > THRESHOLD || tone.score > THRESHOLD)) {
      const called = later();
      if (called) return called;
      continue;
    }
    return {
      targets,
      attitudes: [{ kind: insult ? "hostility" : "venting", range: [tone.worst.start, tone.worst.end], clause: clauseFor(insult, kind), target: kind, ...(tone.worst.entry ? { entry: tone.worst.entry } : {}) }],
    };
  }
  // "this job is s h i t", "this place is sh!t": swearing about the work or the people there,
  // after the targets' own tone, which quotes the insult ("a fucking clown") rather than the curse.
  const swornAt = curseAtTarget(post, targets.filter((t) => !quoted(t)));
  if (swornAt && !isQuoted(post.text, swornAt.hit.start, swornAt.hit.end)) {
    const kind = targetKindOf(swornAt.target.data);
    const people = kind !== "work";
    return { targets, attitudes: [{ kind: people ? "hostility" : "venting", range: [swornAt.hit.start, swornAt.hit.end], clause: clauseFor(people, kind), target: kind }] };
  }
  // "Northwind is a shitshow from the top down", "Northwind er noget lort": a curse said of the
  // organization by name is dragging its name through the mud (P7), as the same curse said of "this
  // place" is. An opinion in milder words stays missing-disclaimer's.
  // "Northwind is fucking brilliant": the curse is an intensifier of praise, not a name.
  const swornAtOrganization = curseAtTarget(post, organization.filter((o) => !isQuoted(post.text, o.start, o.end)));
  const praised = (hit: PhraseHit<LexiconEntry>): boolean => {
    const next = post.tokens[hit.last];
    return next !== undefined && next.sentence === post.tokens[hit.first]?.sentence && ((sentiment?.([next.norm]) ?? 0) > 0 || allCues.some((c) => c.first === hit.last && c.data.tags.includes("positive")));
  };
  // Said of it, after the name: a curse before it ("for helvede #Northwind") is an exclamation, and
  // one glued to it ("Kut-Northwind") was read above.
  const saidOf = swornAtOrganization && swornAtOrganization.hit.first >= swornAtOrganization.target.last;
  if (swornAtOrganization && saidOf && !isQuoted(post.text, swornAtOrganization.hit.start, swornAtOrganization.hit.end) && !praised(swornAtOrganization.hit)) {
    return { targets, attitudes: [{ kind: "hostility", range: [swornAtOrganization.hit.start, swornAtOrganization.hit.end], clause: "P7", target: "work" }] };
  }
  const told = toldAtWork();
  if (told) return { targets, attitudes: [told] };
  const boredAtWork = boredom();
  if (boredAtWork) return { targets, attitudes: [boredAtWork] };
  // "@marta maybe read the manual before leaving a one-star review 🙄": brushing off a customer who
  // is addressed (a reply) or named, in public (P22).
  for (const d of m.dismissive.find(post)) {
    if (quoted(d)) continue;
    const sentence = post.tokens[d.first]?.sentence ?? -1;
    const customer = targets.some((t) => targetKindOf(t.data) === "customer" && Math.abs((post.tokens[t.first]?.sentence ?? -9) - sentence) <= 1);
    if (replyTo || customer) return { targets, attitudes: [{ kind: "hostility", range: [d.start, d.end], clause: "P22", target: "customer" }] };
  }
  // The brand account answering a customer with an eye-roll ("@dave if you can't work a kettle
  // that's on you 🙄"): whatever the words, the company is rolling its eyes at a customer (P22).
  if (replyTo && post.meta.account === "official") {
    const body = post.text.slice(post.bodyStart);
    // "@kez calm down, it's a kettle 😂 give the instructions a read": a laugh at the customer while
    // telling them off is the same eye-roll.
    const talkingDown = LAUGHING.test(body) ? m.talkingDown.find(post).find((h) => !quoted(h)) : undefined;
    if (talkingDown) return { targets, attitudes: [{ kind: "hostility", range: [talkingDown.start, talkingDown.end], clause: "P22", target: "customer" }] };
    const roll = EYE_ROLL.exec(body) ?? SMIRK.exec(body);
    if (roll) return { targets, attitudes: [{ kind: "hostility", range: [post.bodyStart + roll.index, post.bodyStart + roll.index + roll[0].length], clause: "P22", target: "customer" }] };
  }
  // The organization named beside an accusation ("Northwind scams its customers"): dragging its
  // name through the mud (P7). Other insults near the name are too often self-directed ("no clue").
  for (const mention of organization) {
    if (isQuoted(post.text, mention.start, mention.end)) continue;
    const [from, to] = sentenceWindow(post, mention.first, 1);
    const tone = toneOf({ post, from, to, cues, sentiment, attitude: { firstPerson } });
    const worst = tone.worst;
    if (worst?.entry?.tags.includes("cheating") && worst.weight <= -3) {
      return { targets, attitudes: [{ kind: "hostility", range: [worst.start, worst.end], clause: "P7", target: "work", entry: worst.entry }] };
    }
  }
  return { targets, attitudes: [] };
}

/**
 * A gender-ability stereotype with a colleague in its sentence or the next: the writer's verdict on
 * the people they work with. Customers and strangers are insensitive-language's
 * alone ("Kvinder og trailere … en dame har bakket ind i min låge").
 */
async function sexismAtWork(post: Post, targets: readonly PhraseHit<LexiconEntry>[]): Promise<Attitude | undefined> {
  // A colleague named, not the workplace alone: "women and forklifts have never been a good mix.
  // third dent in the racking" is a stereotype (insensitive-language), not a quarrel with anyone.
  const colleagues = targets.filter((t) => targetKindOf(t.data) === "colleague");
  if (colleagues.length === 0) return undefined;
  const hurt = (await findHurtful(post)).find((h) => h.kind === "genderAbility");
  if (!hurt) return undefined;
  const sentence = post.tokens[tokenAt(post.tokens, hurt.range[0])]?.sentence ?? -9;
  const near = (h: PhraseHit<unknown>): boolean => Math.abs((post.tokens[h.first]?.sentence ?? -9) - sentence) <= 1;
  return colleagues.some(near) ? { kind: "hostility", range: hurt.range, clause: "P7", target: "colleague" } : undefined;
}

/** "my", "m'n", "mit": whose the one called is. */
const MY = new Set(["my", "mijn", "m'n", "mn", "min", "mit", "mine"]);
/** Words between the contact and whom it reached ("called my provider", "gebeld met m'n", "ringet til mit"). */
const TO = new Set(["to", "with", "up", "met", "naar", "til", "op", "efter"]);

/**
 * The writer got in touch with their own provider, insurer or bank, or with the council ("Called
 * my broadband provider six times this week. SIX.", "Vijf keer gebeld met m'n zorgverzekeraar",
 * "Har ringet til kommunen SEKS gange"): the writer is the fed-up customer or resident here, not
 * someone at work.
 */
function writerGotInTouch(post: Post, contact: PhraseHit<unknown>): boolean {
  const sentence = post.tokens[contact.first]?.sentence;
  let i = contact.last;
  while (TO.has(post.tokens[i]?.norm ?? "")) i++;
  if (MY.has(post.tokens[i]?.norm ?? "") && post.tokens[i]?.sentence === sentence) return true;
  // "rang the council about the bins FOUR times", "de gemeente gebeld", "ringet til kommunen":
  // an authority or a company's service desk called, a few words either side of the verb.
  const near = post.tokens.slice(Math.max(0, contact.first - 3), contact.last + 4);
  return near.some((t) => t.sentence === sentence && AUTHORITY.test(t.norm));
}

/** Whom a resident or a customer calls: the council, the bank, the landlord, a service desk. */
const AUTHORITY = /^(?:council|councils|hmrc|dvla|landlord|letting|helpdesk|helpline|gemeente|gemeentes|belastingdienst|huisbaas|verhuurder|verzekeraar|zorgverzekeraar|energieleverancier|provider|klantenservice|kommunen|kommune|udlejer|udlejeren|forsikringsselskab|forsikringsselskabet|teleselskab|teleselskabet|skat|banken|kundeservice)$/u;
