import { isQuoted, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post } from "@postlint/core";
import { nearFamily } from "./family.js";
import { tokenAt } from "./figures.js";
import { conceptMatcher } from "./lexicon.js";
import { patternHits, sentenceOf, sentenceText } from "./window.js";
import { tragedyMisused } from "./tragedy-misused.js";
import { perPost } from "./per-post.js";

/** What the combination says: the kinds insensitive-language reports, and brand-voice on the brand account. */
type HurtfulKind = "dehumanising" | "violence" | "hatred" | "cursedGroup" | "genderAbility" | "stereotype" | "tragedyJoke" | "newsjacking" | "tragedyMisused" | "conditionMocked";

export interface Hurtful {
  kind: HurtfulKind;
  /** The span to quote: from the first to the last concept hit that made it. */
  range: [number, number];
}

interface Matchers {
  group: PhraseMatcher<LexiconEntry>;
  violence: PhraseMatcher<LexiconEntry>;
  hatred: PhraseMatcher<LexiconEntry>;
  dehumanising: PhraseMatcher<LexiconEntry>;
  gender: PhraseMatcher<LexiconEntry>;
  skill: PhraseMatcher<LexiconEntry>;
  incapable: PhraseMatcher<LexiconEntry>;
  ageGroup: PhraseMatcher<LexiconEntry>;
  disaster: PhraseMatcher<LexiconEntry>;
  humour: PhraseMatcher<LexiconEntry>;
  rejoicing: PhraseMatcher<LexiconEntry>;
  sales: PhraseMatcher<LexiconEntry>;
  donation: PhraseMatcher<LexiconEntry>;
  hardship: PhraseMatcher<LexiconEntry>;
  dwelling: PhraseMatcher<LexiconEntry>;
  pronoun: PhraseMatcher<LexiconEntry>;
  extermination: PhraseMatcher<LexiconEntry>;
}

const cache = new Map<Language, Promise<Matchers>>();
async function build(language: Language): Promise<Matchers> {
  const [group, violence, hatred, dehumanising, gender, skill, incapable, disaster, humour, rejoicing, sales, donation, hardship, extermination] = await Promise.all(
    (["group", "violence", "hatred", "dehumanising", "gender", "skill", "incapable", "disaster", "humour", "rejoicing", "sales-call", "donation", "hardship", "extermination"] as const).map((n) =>
      conceptMatcher(language, [n]),
    ),
  );
  const [dwelling, pronoun, ageGroup] = await Promise.all([conceptMatcher(language, ["dwelling"], { possessive: true }), conceptMatcher(language, ["people-pronoun"], { stem: false }), conceptMatcher(language, ["age-group"], { stem: false })]);
  return { group, violence, hatred, dehumanising, gender, skill, incapable, disaster, humour, rejoicing, sales, donation, hardship, dwelling, pronoun, extermination, ageGroup } as Matchers;
}

/** "and", "en", "og", "&", "+", "vs": two things paired in one breath. */
const PAIRING = /^\s*(?:and|en|og|&|\+|vs\.?|versus)\s*$/iu;

/** Whether `hit` is paired with something else ("women and X", "X and the female brain"). */
function pairedWith(post: Post, hit: PhraseHit<unknown>): boolean {
  const between = (a: number, b: number): string => post.text.slice(post.tokens[a]?.end ?? 0, post.tokens[b]?.start ?? 0);
  const next = post.tokens[hit.last];
  const after = next && next.sentence === post.tokens[hit.first]?.sentence && (PAIRING.test(next.norm) || PAIRING.test(between(hit.last - 1, hit.last)));
  // Before it: "… and women", "… and the female brain" (a determiner may come between).
  let before = hit.first - 1;
  if (/^(?:the|a|de|het|een|den|det|en)$/u.test(post.tokens[before]?.norm ?? "")) before--;
  const prev = post.tokens[before];
  const leading = prev !== undefined && prev.sentence === post.tokens[hit.first]?.sentence && (PAIRING.test(prev.norm) || PAIRING.test(between(before, before + 1)));
  return Boolean(after) || leading;
}

/** A verdict whose last word points at the skill ("not cut out for", "niet geschikt voor", "ikke egnet til"). */
const FOR_WHAT = /\b(?:for|voor|til)$/iu;
const APE = /🐒|🐵|🦍|🦧|\b(?:monkey|monkeys|ape|apes|aap|apen|abe|aber|aberne)\b/iu;
const APE_WITH = /🍌|\b(?:banana|bananas|banaan|bananen|banan|bananer)\b|\b(?:back (?:home )?in the trees|in the trees|the jungle|from the jungle|swinging|in de bomen|uit de jungle|oerwoud|i træerne|fra junglen|junglen)\b/iu;
const APE_AT = /\b(?:player|players|striker|winger|keeper|goalie|defender|midfielder|number \d+|no\.? ?\d+|our \d+|he|him|his|she|her|speler|spits|hij|hem|zijn|spiller|spilleren|angriber|han|ham|hans)\b/iu;
const APE_NOT = /\b(?:zoo|zoos|safari|little monkey|my son|my daughter|the kids|my kids|grandson|granddaughter|mijn zoon|mijn dochter|de kinderen|min søn|min datter|børnene|dierentuin|zoologisk|zoologiske|monkey bars|monkey business|cheeky monkey|grease monkey|code monkey|wildlife|sanctuary|reservaat|gibbons?)\b/iu;
/** The ape trope at a person: a monkey with a banana or the trees, and a player or "he" in the post. */
function apeTrope(post: Post): [number, number] | undefined {
  const body = post.text.slice(post.bodyStart);
  const ape = APE.exec(body);
  if (!ape || !APE_WITH.test(body) || !APE_AT.test(body) || APE_NOT.test(body)) return undefined;
  return [post.bodyStart + ape.index, post.bodyStart + ape.index + ape[0].length];
}

/** Someone else as a verdict's subject: "I", "we", "you" in the three languages. */
const PERSON = /^(?:i|we|you|ik|wij|jij|je|u|jeg|vi|du)$/u;
const REPORTED = /\b(?:told (?:me|us)|said|says|claims|zei|zegt|beweerde|sagde|siger|påstod)\b/iu;

/** "but", "or" and "and" between the pair and the verdict: the verdict is about something else ("wine and whisky don't mix"). */
const OTHER_CLAUSE = new Set(["and", "en", "og", "but", "maar", "men", "or", "of", "eller"]);
const otherPairing = (post: Post, from: number, to: number): boolean => post.tokens.slice(from, to).some((t) => OTHER_CLAUSE.has(t.norm));

/** Deaths, and killings ("shot", "vermoord", "skudt"): rejoicing beside these reads as gladness that someone died. */
const DEATH = /\b(died|dies|death|deathbed|dying|killed|passed away|dead|shot (?:dead|and killed|last night|yesterday|this morning|in the head)|stabbed|gunned down|murdered|assassinated|doodgeschoten|neergeschoten|doodgestoken|neergestoken|vermoord|geliquideerd|omgebracht|skudt (?:ned|og dræbt|i nat|i går|i aftes|i morges|i hovedet|på åben gade)|dræbt|myrdet|likvideret|stukket ned|slået ihjel|kicked the bucket|croaked|snuffed it|popped (?:his|her|their) clogs|bit the dust|six feet under|overleden|gestorven|dood|omgekomen|het loodje gelegd|de pijp uit|de pijp aan maarten|døde|død|omkom|omkommet|gået bort|kradset af|stillet træskoene|sterfbed|stervende|dødsleje|døende)\b/iu;

// Emoji are not words, so the phrase matchers never see them.
/** Remembering someone with a toast is mourning, not gladness ("raised a glass to a life well lived"). */
const MEMORIAL = /life well lived|in (?:his|her|their) memory|raised? a glass to|rest in peace|\bRIP\b|rust zacht|in memoriam|hvil i fred|æret være (?:hans|hendes) minde/iu;

/**
 * A percentage off ("20% off", "30 % korting", "15% rabat"). The tokenizer drops the "%", so a
 * lexicon phrase "% off" would match every "off" ("signed off another billion for that war"). A
 * percentage for a span of days is an offer too ("20% i hele weekenden", "15% all weekend").
 */
const PERCENT_OFF = /(?:^|\s)[-−]\s?\d{1,2}\s?%|\d\s?%\s?(?:off|korting|rabat|afgeprijsd|billigere|voordeliger|goedkoper|on everything|op alles|på alt|på alle)\b|\d\s?%\s+(?:\p{L}+\s+){0,2}(?:all\s+weekend|this\s+weekend|the\s+whole\s+weekend|today\s+only|dit\s+weekend|het\s+hele\s+weekend|heel\s+het\s+weekend|alleen\s+vandaag|weekenden|hele\s+ugen|kun\s+i\s+dag)\b/giu;

/**
 * A price offer in figures: "2 for £3", "2 voor €5", "2 for 20 kr.", "3 for 2", "now only £4.99",
 * "nu maar €2,50", "kun 39 kr." Read beside a tragedy, it is the sales pitch whatever words sell.
 */
const PRICE_OFFER = /\b\d+\s?(?:for|voor)\s?(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:kr\b|kroner|euro|eur\b|pounds|quid)|\d\b)|\b(?:only|just|now|nu|maar|slechts|kun|blot)\s(?:[£$€]\s?\d+(?:[.,]\d+)?|\d+(?:[.,]\d+)?\s?(?:kr\b|kroner|euro|eur\b|,-))/giu;

/**
 * People counted dead ("drie doden", "three dead.", "tre døde og", "has killed 300", "har dræbt 40"): a
 * tragedy whatever caused it.
 * In English and Danish "dead" must end the phrase: "four dead batteries" are no deaths.
 */
const DEATH_COUNT: Record<Language, RegExp> = {
  en: /\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|dozens of|hundreds of)\s+(?:people\s+)?(?:dead|killed)(?=\s*(?:[.,;:!?)…]|$)|\s+(?:and|in|at|on|after|as|with|from|so|including)\b)|(?:has|have|'s|already)\s+killed\s+(?:\d+|dozens|hundreds|thousands)\b/giu,
  nl: /\b(?:\d+|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|tientallen|honderden)\s+(?:doden|dodelijke slachtoffers|mensen het leven gekost|levens geëist)\b/giu,
  da: /\b(?:\d+|to|tre|fire|fem|seks|syv|otte|ni|ti|snesevis af|hundredvis af)\s+(?:døde|dræbte|omkomne)(?=\s*(?:[.,;:!?)…]|$)|\s+(?:og|i|ved|på|efter|som|med|fra|så)\b)|\bhar\s+(?:allerede\s+)?(?:dræbt|kostet)\s+(?:\d+|hundredvis|tusindvis)\b/giu,
};
const DISASTER_ENTRY: LexiconEntry = { terms: [], tags: ["disaster"], confidence: "high" };
const deathCount = (post: Post): PhraseHit<LexiconEntry>[] => patternHits(post, DEATH_COUNT[post.language], DISASTER_ENTRY);

const HUMOUR_EMOJI = /😂|🤣|😆|😹|💀|☠️/u;
const REJOICING_EMOJI = /🎉|🥳|🍾|🥂|🎊|🙌/u;

function emojiHit(text: string, offset: number, re: RegExp): { start: number; end: number } | undefined {
  const m = re.exec(text);
  return m ? { start: offset + m.index, end: offset + m.index + m[0].length } : undefined;
}

/** Words that may stand between hating and the group ("hate all these", "haat al die", "hader alle de"). */
const DETERMINERS = new Set(["all", "these", "those", "the", "al", "alle", "die", "deze", "de", "het", "disse", "dem", "de", "sådan", "zulke"]);

/** Curses that make a slur of the group word they are glued to (`kut|joden`, `lorte|indvandrere`). */
const CURSE_PREFIX: Record<Language, RegExp> = {
  en: /^(?:fucking|fuckin|shit|bloody|dirty)-?(\p{L}{4,})$/u,
  nl: /^(?:kut|kanker|klote|tering|tyfus|vieze|smerige|hoere|pleuris)-?(\p{L}{4,})$/u,
  da: /^(?:lorte|pisse|møg|fucking|skide|satans|beskidte|klamme)-?(\p{L}{4,})$/u,
};

/** Plural and collective group words a curse can be glued to, per language. */
const GROUP_HEADS: Record<Language, ReadonlySet<string>> = {
  en: new Set(["immigrants", "migrants", "foreigners", "refugees", "muslims", "jews", "gays", "gypsies", "blacks", "asians", "poles", "romanians"]),
  nl: new Set(["joden", "jood", "moslims", "moslim", "marokkanen", "marokkaan", "turken", "turk", "polen", "buitenlanders", "buitenlander", "allochtonen", "allochtoon", "vluchtelingen", "asielzoekers", "zigeuners", "homo's", "homos", "negers", "surinamers", "antillianen", "roemenen", "bulgaren", "arabieren", "afrikanen", "chinezen", "wijven", "vrouwen"]),
  da: new Set(["muslimer", "muslim", "jøder", "jøde", "indvandrere", "indvandrer", "perkere", "flygtninge", "udlændinge", "sigøjnere", "bøsser", "polakker", "rumænere", "arabere", "somaliere", "tyrkere", "kvinder", "kællinger"]),
};

function cursedGroup(post: Post): [number, number] | undefined {
  const prefix = CURSE_PREFIX[post.language];
  const heads = GROUP_HEADS[post.language];
  for (const t of post.tokens) {
    const m = prefix.exec(t.norm);
    if (m && heads.has(m[1] ?? "") && !isQuoted(post.text, t.start, t.end)) return [t.start, t.end];
  }
  return undefined;
}

/** Pests by name: a post about real ones is not comparing people to them. */
const PESTS = new Set(["squirrels", "rabbits", "moles", "magpies", "crows", "geese", "eekhoorns", "konijnen", "mollen", "eksters", "kraaien", "ganzen", "egern", "egernene", "kaniner", "kaninerne", "muldvarpe", "duerne", "mågerne", "ræven", "rævene", "skader", "krager", "gæs", "rats", "rat", "mice", "pigeons", "seagulls", "gulls", "foxes", "slugs", "wasps", "ants", "cockroaches", "bedbugs", "flies", "mosquitoes", "ratten", "muizen", "duiven", "meeuwen", "vossen", "slakken", "wespen", "mieren", "kakkerlakken", "muggen", "rotter", "rotterne", "mus", "duer", "måger", "ræve", "snegle", "hvepse", "myrer", "kakerlakker", "locusts", "lice", "fleas", "maggots", "monkeys", "apes", "sprinkhanen", "luizen", "vlooien", "maden", "apen", "græshopper", "græshopperne", "lus", "lopper", "maddiker", "aber"]);

/** The writer as the subject ("I'm dead", "ik ben dood", "jeg er død"). */
const FIRST_PERSON = new Set(["i", "i'm", "im", "ik", "jeg", "we're", "we", "wij", "vi"]);
/** The writer as the object ("bury me", "begraaf me", "begrav mig"). */
const ME = new Set(["me", "mij", "mig"]);

/** "like rats", "als kakkerlakken", "net kakkerlakken", "som rotter": a comparison, so what it is said of is not vermin. */
const SIMILE = /\b(?:like|as|als|net|zoals|som|ligesom)\b/iu;
/** The writer ("they treat us like cattle", "we zaten als ratten opgesloten"). */
const WRITER = new Set([...FIRST_PERSON, ...ME, "us", "my", "our", "ons", "mijn", "onze", "os", "min", "mit", "vores"]);

/**
 * Vermin similes about people who are not named but pointed at: "Town centre's crawling with them
 * again, like cockroaches", "Die dagjesmensen zijn net kakkerlakken, ze kruipen overal in",
 * "Som græshopper, de æder alt". The simile, and a pronoun for people in that sentence or the next
 * (what the vermin do is said of "them"). Where the post says where they live or pour in, that is
 * enough; without it the writer and the writer's family must be out of it ("they treat us like
 * cattle", "my kids are like locusts, they empty the fridge").
 */
async function unnamedGroup(post: Post, m: Pick<Matchers, "dehumanising" | "dwelling" | "pronoun">, s: (h: PhraseHit<unknown>) => number): Promise<[number, number] | undefined> {
  const comparison = (h: PhraseHit<unknown>): boolean => SIMILE.test(h.text) || SIMILE.test(post.tokens[h.first - 1]?.norm ?? "");
  const similes = m.dehumanising.find(post).filter((h) => comparison(h) && !isQuoted(post.text, h.start, h.end));
  // Real pests in the post ("our street has rats again"): the simile may be about them.
  if (similes.length === 0 || post.tokens.some((t, i) => PESTS.has(t.norm) && !similes.some((h) => h.first <= i && i < h.last))) return undefined;
  const pronouns = m.pronoun.find(post);
  const dwellings = m.dwelling.find(post);
  const family = await nearFamily(post);
  for (const h of similes) {
    const p = pronouns.find((x) => s(x) === s(h) || s(x) === s(h) + 1);
    if (!p) continue;
    const d = dwellings.find((x) => s(x) === s(h) || s(x) === s(h) - 1);
    // The writer before the simile is the one compared or wronged; after it ("like locusts, they'll
    // strip the place bare, and we're told to be welcoming") the writer is only telling.
    // Danish "i" is "in" ("Krydstogtturisterne i Nyhavn er som kakerlakker"), not the writer.
    const writer = post.tokens.slice(post.sentences[s(h)]?.tokens[0] ?? 0, h.first).some((t) => WRITER.has(t.norm) && !(post.language === "da" && t.norm === "i"));
    // Quote the comparison itself ("net sprinkhanen", "som lus"), not the pronoun it is said of.
    const like = SIMILE.test(h.text) ? undefined : post.tokens[h.first - 1];
    if (d || (!writer && !family(s(h)))) return [like?.start ?? h.start, h.end];
  }
  return undefined;
}

/**
 * The work handed to men: "leave the soldering to the men", "laat het solderen maar aan de mannen
 * over", "det er derfor, vi har mænd i økonomiafdelingen". After women or girls, the verdict that
 * they cannot do it, said by giving it to someone else. "Leave it to the men to moan about the ref"
 * is the idiom for "trust them to", not a job handed over.
 */
const TO_THE_MEN: Record<Language, RegExp> = {
  en: /\b(?:leave|leaving|left)\s+(?:it|that|this|them|the\s+\w+)\s+to\s+(?:the\s+)?(?:men|lads|guys|blokes|boys)\b(?!(?:\s+[\w'’]+){0,4}?\s+to\s+\w)|\b(?:that's|that is)\s+(?:why|what)\s+(?:we\s+have|we've\s+got|you\s+need)\s+(?:men|blokes|lads|guys)\b|\b(?:a\s+)?job\s+for\s+(?:the\s+)?(?:men|lads|blokes|boys)\b/iu,
  nl: /\baan\s+de\s+(?:mannen|heren|jongens|kerels)\s+over\b|\bdaar(?:om|voor)\s+(?:hebben\s+we|zijn\s+er)\s+(?:mannen|kerels)\b|\bklus\s+voor\s+(?:de\s+)?(?:mannen|kerels)\b/iu,
  da: /\b(?:overlade|overlad|lad)\s+\w+(?:\s+\w+)?\s+til\s+(?:mændene|drengene|fyrene|gutterne)\b|\b(?:derfor|det\s+er\s+derfor),?\s+(?:vi\s+har|har\s+vi)\s+mænd\b|\bjob\s+for\s+mænd\b/iu,
};

/** A day for mothers or women ("Mother's Day", "Moederdag", "kvindernes kampdag"). */
const WOMENS_DAY: Record<Language, RegExp> = {
  en: /mother'?s day|mothering sunday|women'?s day/iu,
  nl: /moederdag|vrouwendag/iu,
  da: /mors dag|morsdag|kvindernes (?:internationale )?kampdag|kvindedag/iu,
};
/** Housework and its tools. */
const CHORES: Record<Language, RegExp> = {
  en: /\b(?:kitchen|stand mixers?|irons?|ironing boards?|ironing|vacuums?|vacuum cleaners?|hoovers?|mops?|dishwashers?|washing machines?|cleaning|laundry)\b/iu,
  nl: /strijkplank|strijkijzer|stofzuiger|dweil|keuken|keukenmachine|wasmachine|vaatwasser|schoonmaak|strijken|de was\b/iu,
  da: /støvsuger|strygebræt|strygejern|gulvmoppe|køkken|røremaskine|køkkenmaskine|vaskemaskine|opvaskemaskine|rengøring|vasketøj/iu,
};
/** Saying it is where she belongs or what she really wants: "she's happiest in the kitchen anyway", "daar staat ze toch het liefst achter", "noget, hun virkelig bruger". */
const WHERE_SHE_BELONGS = /happiest|belongs|where she|what she really|she loves|het liefst|hoort|echt gebruikt|virkelig bruger|altid bruger|hører til|elsker at|😉/iu;

/** Where a hit is: enough to place it in a sentence and quote it. */
type Spot = Pick<PhraseHit<unknown>, "first" | "start" | "end">;

/**
 * People told they behave like a herd of animals: "stop behaving like a herd of warthogs",
 * "stopt mee u te gedragen gelijk ne bende bavianen", "hold op med at opføre jer som en flok
 * vildsvin". Whatever the animal, the herd makes it people compared to beasts; children at a party
 * are the family's own joke.
 */
const HERD: Record<Language, RegExp> = {
  en: /\b(?:behav(?:e|es|ed|ing)|act(?:s|ed|ing)?)\s+like\s+(?:a\s+)?(?:herd|pack|troop|bunch|flock|horde|pen|sty)\s+of\s+\p{L}+/giu,
  nl: /\b(?:gedragen|gedraagt|gedraag|gedroeg|gedroegen)\s+(?:als|gelijk|zoals)\s+(?:een|ne|nen|'n)\s+(?:stel|bende|kudde|troep|horde|hoop)\s+\p{L}+/giu,
  da: /\bopfør(?:e|er|te)?\s+(?:jer|sig|dig)\s+som\s+(?:en\s+)?(?:flok|bande|horde|hjord|flok\s+vilde)\s+\p{L}+/giu,
};
async function herdOfAnimals(post: Post): Promise<[number, number] | undefined> {
  const hit = [...post.text.matchAll(HERD[post.language])].find((x) => !isQuoted(post.text, x.index, x.index + x[0].length));
  if (!hit) return undefined;
  const family = await nearFamily(post);
  const sentence = sentenceOf(post, tokenAt(post.tokens, hit.index));
  // "My two were behaving like a pack of wolves at the party": the writer's own lot.
  const own = post.tokens.some((t) => t.sentence === sentence && t.end <= hit.index && MINE.has(t.norm));
  return family(sentence) || own ? undefined : [hit.index, hit.index + hit[0].length];
}
const MINE = new Set(["my", "mijn", "m'n", "mn", "min", "mit", "mine"]);

/** Words that compare: "are like rats", "zijn net ratten", "er som kakerlakker". */
const LIKE = new Set(["like", "as", "net", "als", "zoals", "som", "ligesom"]);
/** Copulas before the comparison ("just" may come between). */
const COPULA = new Set(["are", "were", "is", "was", "zijn", "waren", "er", "var", "just", "gewoon", "echt", "bare", "jo"]);

/**
 * People said to be vermin and then to be got rid of: "the agency lot on nights are like rats, you
 * get rid of one and three more turn up", "Die hangjongeren zijn net ratten. Gewoon het hele
 * zooitje wegspuiten", "pusherne er som kakerlakker. Man burde sprøjte hele stedet". A copula and a
 * comparison before the vermin word, and extermination in that sentence or the next: whoever the
 * subject is, the post wishes people gone like pests. No group word needed.
 */
function verminToBeRidOf(post: Post, m: Pick<Matchers, "dehumanising" | "extermination">, s: (h: PhraseHit<unknown>) => number): [number, number] | undefined {
  const rid = m.extermination.find(post);
  for (const h of m.dehumanising.find(post)) {
    if (isQuoted(post.text, h.start, h.end)) continue;
    const like = LIKE.has(post.tokens[h.first]?.norm ?? "") ? h.first : h.first - 1;
    if (!LIKE.has(post.tokens[like]?.norm ?? "") || !COPULA.has(post.tokens[like - 1]?.norm ?? "")) continue;
    // "The squirrels are like rats, you can't get rid of them": real animals compared to vermin.
    const from = post.sentences[s(h)]?.tokens[0] ?? 0;
    if (post.tokens.slice(from, like).some((t) => PESTS.has(t.norm))) continue;
    if (rid.some((x) => (s(x) === s(h) || s(x) === s(h) + 1) && !(x.first < h.last && h.first < x.last))) return [post.tokens[like]?.start ?? h.start, h.end];
  }
  return undefined;
}

/**
 * Vermin the post says are not animals: "the estate's crawling with rats, and I don't mean the
 * rodents", "trekt alleen maar ongedierte aan, en dan bedoel ik niet de muizen", "Gellerup er fuld
 * af kakerlakker, og jeg snakker ikke om insekterne"; or that do what only people do: arrested,
 * deported, "opgepakt", "anholdt". Either way the vermin are people, whoever they are.
 */
const NOT_ANIMALS: Record<Language, RegExp> = {
  en: /\b(?:(?:do\s*n[o']?t|not|am\s+not|'m\s+not|ain'?t)\s+(?:mean(?:ing)?|talking\s+about|on\s+about)\s+(?:the\s+)?(?:insects?|bugs|animals?|rodents?|mice|critters|furry\s+ones|ones\s+with\s+tails)|two-legged|the\s+human\s+kind)\b/iu,
  nl: /(?:bedoel\s+ik\s+niet|ik\s+bedoel\s+niet|heb\s+het\s+niet\s+over|praat\s+niet\s+over)\s+(?:de\s+|die\s+)?(?:muizen|insecten|beestjes|dieren|knaagdieren|beesten\s+met\s+(?:zes|vier)\s+poten)|tweebenig/iu,
  da: /(?:snakker|taler|mener|tænker)\s+ikke\s+(?:om|på)\s+(?:insekterne|dyrene|musene|gnaverne|dem\s+med\s+(?:seks|fire)\s+ben)|tobenede/iu,
};
const ONLY_PEOPLE: Record<Language, RegExp> = {
  en: /\b(?:arrested|nicked\s+by|deported|locked\s+up|sent\s+back|on\s+benefits|voting)\b/iu,
  nl: /\b(?:opgepakt|aangehouden|uitgezet|teruggestuurd|opgesloten|in\s+de\s+bijstand|stemmen)\b/iu,
  da: /(?:^|[^\p{L}])(?:anholdt|anholdte|udvist|udvises|sendt\s+hjem|på\s+kontanthjælp|stemmer)(?![\p{L}])/iu,
};
function verminNotAnimals(post: Post, m: Pick<Matchers, "dehumanising">, s: (h: PhraseHit<unknown>) => number): [number, number] | undefined {
  for (const h of m.dehumanising.find(post)) {
    if (isQuoted(post.text, h.start, h.end)) continue;
    const here = post.sentences[s(h)];
    const next = post.sentences[s(h) + 1];
    const sentence = here ? post.text.slice(here.start, here.end) : "";
    if (NOT_ANIMALS[post.language].test(sentence + " " + (next ? post.text.slice(next.start, next.end) : "")) || ONLY_PEOPLE[post.language].test(sentence)) return [h.start, h.end];
  }
  return undefined;
}

// Someone is in hospital ("the old king's back in hospital"), not the writer was ("after two weeks
// in hospital, leg day: hope it hurts").
const ILL: Record<Language, RegExp> = {
  en: /\b(?:'s|’s|is|was|are|were|been|gone|rushed|taken)\s+(?:back\s+|now\s+|still\s+)?(?:in|into|to)\s+(?:hospital|intensive care|the icu)\b|\b(?:has|got)\s+cancer\b|\bon life support\b|\bterminally ill\b|\bon (?:his|her|their) deathbed\b/iu,
  nl: /(?:ligt|lag|is|zit|wordt)\s+(?:weer\s+|nog\s+|nu\s+)?(?:in het ziekenhuis|op de ic|op de intensive care|aan de beademing)|heeft kanker|terminaal ziek|op (?:zijn|haar|z'n) sterfbed/iu,
  da: /(?:er|blev|ligger|lå)\s+(?:igen\s+|nu\s+|stadig\s+)?(?:indlagt|på hospitalet|på sygehuset|på intensiv|i respirator)|har kræft|uhelbredeligt syg|på (?:sit|sin) dødsleje/iu,
};
const PAIN_WISHED: Record<Language, RegExp> = {
  en: /\bhope (?:it's|it is|its) (?:slow|painful|long)|\bhope (?:it|every minute of it|he|she|they) (?:hurts|suffers|suffer)\b/iu,
  nl: /\bhoop (?:dat|da) (?:het|hij|ze|zij) (?:pijn doet|lijdt|lang duurt|lang lijdt)/iu,
  da: /\bhåber (?:det|han|hun|de) (?:gør ondt|lider|tager lang tid|gør rigtig ondt)/iu,
};
/**
 * Pain wished on someone ill: "hear the old king's back in hospital. hope it's slow and hope it
 * hurts", "ligt weer in het ziekenhuis. Ik hoop dat het pijn doet", "er indlagt igen. Håber det gør
 * ondt". The illness in the wish's sentence or the one before.
 */
function painWishedOnTheIll(post: Post): [number, number] | undefined {
  const wish = PAIN_WISHED[post.language].exec(post.text);
  if (!wish) return undefined;
  const s = sentenceOf(post, tokenAt(post.tokens, wish.index));
  const around = sentenceText(post, Math.max(0, s - 1), s);
  return ILL[post.language].test(around.text) ? [wish.index, wish.index + wish[0].length] : undefined;
}

/**
 * Someone else's disability or illness laughed at: "claims he couldn't type because of his
 * disability 🤣", "demens kan sgu være sjovt 😂", "is echt gehandicapt bezig 😂". The condition and a
 * laughing emoji in one sentence, about someone other than the writer or the writer's family ("if
 * my signing is as bad as my darts, the deaf club are in for a treat 😂" laughs at the writer).
 * "Blind" and "deaf" are left out: "swore blind", "a blind date", "fell on deaf ears".
 */
const CONDITION: Record<Language, RegExp> = {
  en: /\b(?:disabilit(?:y|ies)|disabled|wheelchairs?|stammer(?:s|ing)?|stutter(?:s|ing)?|dementia|alzheimer'?s|autism|autistic|tourette'?s|dyslexi[ac]|down'?s syndrome|epilep(?:sy|tic)|hearing aids?|mobility scooters?|crutches)\b/iu,
  nl: /(?:^|[^\p{L}])(?:handicap|gehandicapt\p{L}*|rolstoel\p{L}*|stotter\p{L}*|dementie|dement(?:e|er)?|alzheimer|autisme|autistisch\p{L}*|dyslect\p{L}*|epilepsie|gehoorapparaat|scootmobiel\p{L}*|krukken)(?![\p{L}])/iu,
  da: /(?:^|[^\p{L}])(?:handicap\p{L}*|kørestol\p{L}*|stammer|stammen|demens|dement(?:e)?|alzheimer|autisme|autistisk\p{L}*|ordblind\p{L}*|epilepsi|høreapparat\p{L}*|krykker)(?![\p{L}])/iu,
};
const LAUGH = /😂|🤣|😆|😹/u;
/** The writer's own condition: "my dyslexia", "I'm autistic", "ik ben dyslectisch", "jeg er ordblind". */
const OWN: Record<Language, ReadonlySet<string>> = {
  en: new Set(["i", "i'm", "im", "my", "me", "i've"]),
  nl: new Set(["ik", "mijn", "m'n", "mn", "me", "mij"]),
  da: new Set(["jeg", "min", "mit", "mine", "mig"]),
};

async function conditionMocked(post: Post): Promise<[number, number] | undefined> {
  const family = await nearFamily(post);
  for (const [index, sentence] of post.sentences.entries()) {
    const text = post.text.slice(sentence.start, sentence.end);
    // The laugh first: few sentences have one, and V8 compiles CONDITION (case-insensitive
    // `\p{L}`) on its first run, 2–10 ms of a one-file run that has no laughing emoji at all.
    if (!LAUGH.test(text)) continue;
    const condition = CONDITION[post.language].exec(text);
    if (!condition || family(index)) continue;
    const start = sentence.start + condition.index + (condition[0].length - condition[0].trimStart().length);
    // A first person within four words before the condition owns it.
    const at = tokenAt(post.tokens, start);
    if (post.tokens.slice(Math.max(sentence.tokens[0], at - 4), at).some((t) => OWN[post.language].has(t.norm))) continue;
    return [start, sentence.start + condition.index + condition[0].length];
  }
  return undefined;
}

/**
 * Hurtful combinations of concepts in one sentence (or the next, for a joke or a sales call after
 * the news): dehumanising words about a group, a gender said to be unable at a skill, a joke or
 * gladness about a disaster or a death, and selling on the back of one (newsjacking).
 */
export const findHurtful = perPost(hurtfulIn);

async function hurtfulIn(post: Post): Promise<Hurtful[]> {
  let pending = cache.get(post.language);
  if (!pending) cache.set(post.language, (pending = build(post.language)));
  const m = await pending;
  const out: Hurtful[] = [];
  const s = (h: Spot): number => sentenceOf(post, h.first);
  const span = (...hits: Spot[]): [number, number] => [Math.min(...hits.map((h) => h.start)), Math.max(...hits.map((h) => h.end))];
  const unquoted = <T>(hits: PhraseHit<T>[]): PhraseHit<T>[] => hits.filter((h) => !isQuoted(post.text, h.start, h.end));

  // A cue about a group, with the group where `fits` says: the first such pair is the finding.
  let groups: PhraseHit<LexiconEntry>[] | undefined;
  const aboutGroup = (kind: HurtfulKind, cues: PhraseMatcher<LexiconEntry>, fits: (cue: PhraseHit<unknown>, group: PhraseHit<unknown>) => boolean): void => {
    const hits = unquoted(cues.find(post));
    if (hits.length === 0) return;
    groups ??= m.group.find(post);
    for (const h of hits) {
      const g = groups.find((x) => fits(h, x));
      if (g) {
        out.push({ kind, range: span(g, h) });
        return;
      }
    }
  };
  // The group in the sentence or the one before, not inside the cue: "…a coach of tourists. They
  // swarm like locusts"; "En die moslims: knuppel ze of schiet ze het land uit".
  const sameOrBefore = (h: PhraseHit<unknown>, x: PhraseHit<unknown>): boolean => (s(x) === s(h) || s(x) === s(h) - 1) && !(x.first < h.last && h.first < x.last);
  // "Myrer i hele køkkenet igen. De er en plage": real pests named in the sentence or the one
  // before are what "they" are.
  const pestNear = (h: PhraseHit<unknown>): boolean => post.tokens.some((t, i) => PESTS.has(t.norm) && (i < h.first || i >= h.last) && s(h) - sentenceOf(post, i) <= 1 && sentenceOf(post, i) <= s(h));
  aboutGroup("dehumanising", m.dehumanising, (h, x) => sameOrBefore(h, x) && !pestNear(h));
  if (!out.some((h) => h.kind === "dehumanising")) {
    const unnamed = (await unnamedGroup(post, m, s)) ?? verminToBeRidOf(post, m, s) ?? verminNotAnimals(post, m, s) ?? (await herdOfAnimals(post));
    if (unnamed) out.push({ kind: "dehumanising", range: unnamed });
  }
  // The racist ape trope at a person (football's most common abuse online): a monkey or ape with a
  // banana or the trees and jungle, about a player or someone named ("our number 9 🐒🍌 … back home in
  // the trees"). Not at a zoo or with a pet.
  if (!out.some((h) => h.kind === "dehumanising")) {
    const ape = apeTrope(post);
    if (ape) out.push({ kind: "dehumanising", range: ape });
  }
  aboutGroup("violence", m.violence, sameOrBefore);
  // "I hate black people", "ik haat al die buitenlanders": the group right after it, or after a
  // determiner; "I hate seeing old people lonely" hates the loneliness.
  aboutGroup("hatred", m.hatred, (h, x) => s(x) === s(h) && x.first >= h.last && x.first - h.last <= 2 && post.tokens.slice(h.last, x.first).every((t) => DETERMINERS.has(t.norm)));
  // "Kutjoden", "kankermarokkanen", "lorteindvandrere": a curse glued to a group of people.
  const cursed = cursedGroup(post);
  if (cursed) out.push({ kind: "cursedGroup", range: cursed });

  const incapable = m.incapable.find(post);
  if (incapable.length > 0) {
    const genders = m.gender.find(post);
    const skills = m.skill.find(post);
    // "Girls just aren't built for coding"; "Meiden en techniek? Ze snappen er niks van." (the
    // gender and the skill together, the verdict in that sentence or the next).
    for (const i of incapable) {
      const g = genders.find((x) => s(x) === s(i) || s(x) === s(i) - 1);
      const k = skills.find((x) => g !== undefined && s(x) === s(g) && !(x.first < i.last && i.first < x.last)) ?? skills.find((x) => s(x) === s(i) && !(x.first < i.last && i.first < x.last));
      if (g && k) {
        out.push({ kind: "genderAbility", range: span(g, i, k) });
        break;
      }
      // "Vrouwen en Excel-macro's, dat gaat nooit goed", "3am on-call and the female brain don't
      // mix": a gender paired with anything and a verdict that the two don't go together. The
      // pairing names the skill, so it need not be in the skill list.
      // "women just don't have the head for tax law", "ikke egnet til": a verdict that ends in "for"
      // names the skill right after it, so the skill need not be in the list.
      // Someone else's words passed on ("my boss told me that women don't have the head for …") are not the writer's.
      const forWhat = FOR_WHAT.test(i.text) ? genders.find((x) => s(x) === s(i) && x.last <= i.first && !REPORTED.test(post.text.slice(post.sentences[s(x)]?.start ?? 0, x.start))) : undefined;
      if (forWhat) {
        out.push({ kind: "genderAbility", range: span(forWhat, i) });
        break;
      }
      const paired = i.data.tags.includes("mismatch") ? genders.find((x) => (s(x) === s(i) || s(x) === s(i) - 1) && pairedWith(post, x) && !otherPairing(post, x.last + 1, i.first)) : undefined;
      if (paired) {
        out.push({ kind: "genderAbility", range: span(paired, i) });
        break;
      }
    }
  }
  // "Dem over 55 fatter jo ikke en computer", "the over-60s just don't get it": an age group said to
  // be unable, in the verdict's sentence or the one before (not someone else's words passed on).
  if (incapable.length > 0 && !out.some((h) => h.kind === "genderAbility")) {
    const ages = m.ageGroup.find(post);
    // The group is the verdict's subject: before it, with nobody else ("jeg", "we", "you") between
    // ("snyd med gamle mennesker 🤮 Jeg kan ikke sove" is the writer who cannot).
    const subjectBetween = (a: PhraseHit<unknown>, i: PhraseHit<unknown>): boolean => post.tokens.slice(a.last, i.first).some((t) => PERSON.test(t.norm));
    const aged = incapable
      .map((i) => ({ i, a: ages.find((x) => (s(x) === s(i) || s(x) === s(i) - 1) && x.last <= i.first && !subjectBetween(x, i) && !REPORTED.test(post.text.slice(post.sentences[s(x)]?.start ?? 0, x.start))) }))
      .find((p) => p.a !== undefined);
    if (aged?.a) out.push({ kind: "stereotype", range: span(aged.a, aged.i) });
  }
  if (!out.some((h) => h.kind === "genderAbility")) {
    const handed = TO_THE_MEN[post.language].exec(post.text.slice(post.bodyStart));
    if (handed) {
      const at = post.bodyStart + handed.index;
      const sentence = sentenceOf(post, tokenAt(post.tokens, at));
      // Men named beside women only: the women word is not the men word itself.
      const women = m.gender.find(post).find((g) => (s(g) === sentence || s(g) === sentence - 1) && g.end <= at);
      if (women) out.push({ kind: "genderAbility", range: [women.start, at + handed[0].length] });
    }
  }
  // "Mother's Day sorted 💐 she's happiest in the kitchen anyway. 20% off stand mixers": a day for
  // women sold as housework, with a word that it is where she belongs.
  if (WOMENS_DAY[post.language].test(post.text)) {
    const body = post.text.slice(post.bodyStart);
    const chore = CHORES[post.language].exec(body);
    const belongs = chore ? WHERE_SHE_BELONGS.exec(body) : null;
    if (chore && belongs) {
      const a = post.bodyStart + Math.min(chore.index, belongs.index);
      const b = post.bodyStart + Math.max(chore.index + chore[0].length, belongs.index + belongs[0].length);
      out.push({ kind: "stereotype", range: [a, b] });
    }
  }
  // "Jeg er død. Begrav mig i merch", "I'm dead 💀": the writer dead of laughter or delight.
  // Only a death can be the writer's own: "we remember", "zijn we twee minuten stil" are not.
  const ownDeath = (h: PhraseHit<unknown>): boolean =>
    ME.has(post.tokens[h.last]?.norm ?? "") || (DEATH.test(h.text) && [h.first - 1, h.first].some((i) => FIRST_PERSON.has(post.tokens[i]?.norm ?? "") && !(post.language === "da" && post.tokens[i]?.norm === "i")));
  const disasters = [...unquoted(m.disaster.find(post)).filter((h) => !ownDeath(h)), ...deathCount(post)];
  // A storm or a power cut is no tragedy to joke about, but selling on it is still newsjacking.
  const hardships = unquoted(m.hardship.find(post));
  if (disasters.length > 0 || hardships.length > 0) {
    const humour = m.humour.find(post);
    const rejoicing = m.rejoicing.find(post);
    const sales: Spot[] = [...m.sales.find(post)];
    for (const pattern of [PERCENT_OFF, PRICE_OFFER]) {
      for (const p of post.text.matchAll(pattern)) sales.push({ first: tokenAt(post.tokens, p.index), start: p.index, end: p.index + p[0].length });
    }
    const donations = m.donation.find(post);
    for (const d of [...disasters, ...hardships]) {
      const near = (x: Spot): boolean => s(x) === s(d) || s(x) === s(d) + 1;
      const text = sentenceText(post, s(d), s(d) + 1);
      const tragedy = d.data.tags.includes("disaster");
      // A joke marker inside the tragedy's own words is no joke ("gone too soon" holds "too soon").
      const apart = (x: Spot): boolean => x.end <= d.start || x.start >= d.end;
      const joke = tragedy ? (humour.find((x) => near(x) && apart(x)) ?? emojiHit(text.text, text.start, HUMOUR_EMOJI)) : undefined;
      // Gladness may come a beat later ("…is overleden. Eerlijk? Ik proost erop"): two sentences on.
      const soonAfter = (x: Spot): boolean => s(x) >= s(d) && s(x) <= s(d) + 2;
      const glad = tragedy && DEATH.test(text.text) && !MEMORIAL.test(sentenceText(post, s(d), s(d) + 2).text) ? (rejoicing.find(soonAfter) ?? emojiHit(text.text, text.start, REJOICING_EMOJI)) : undefined;
      const why = joke ?? glad;
      if (why) {
        out.push({ kind: "tragedyJoke", range: [Math.min(d.start, why.start), Math.max(d.end, why.end)] });
        break;
      }
      // The pitch may close the post ("… sound amazing. Link in bio."): up to two sentences on.
      const sale = sales.find((x) => s(x) >= s(d) - 1 && s(x) <= s(d) + 2);
      if (sale && !donations.some((x) => Math.abs(s(x) - s(d)) <= 1)) {
        out.push({ kind: "newsjacking", range: span(d, sale) });
        break;
      }
    }
  }
  if (!out.some((h) => h.kind === "tragedyJoke")) {
    const pain = painWishedOnTheIll(post);
    const mocked = pain ? undefined : await conditionMocked(post);
    if (pain) out.push({ kind: "tragedyJoke", range: pain });
    else if (mocked) out.push({ kind: "conditionMocked", range: mocked });
  }
  // The brand account joining an abuse survivors' hashtag with a wink, or posting a disaster's
  // photo as scenery: no tragedy word beside a joke, but the tragedy used all the same.
  if (post.meta.account === "official" && !out.some((h) => h.kind === "tragedyJoke" || h.kind === "newsjacking")) {
    const selling = m.sales.find(post).length > 0 || [PERCENT_OFF, PRICE_OFFER].some((p) => new RegExp(p.source, "iu").test(post.text));
    const misused = tragedyMisused(post, disasters, selling);
    if (misused) out.push({ kind: "tragedyMisused", range: misused });
  }
  return out;
}
