import type { Language, LexiconEntry, PhraseHit, PhraseMatcher, Post } from "@postlint/core";
import { STAFF } from "./layoffs.js";
import { firstTokenAfter, firstTokenFrom } from "./token-search.js";

/**
 * Praise said as a sentence of its own after a complaint ("…at 4:55 on a Friday. Genius."): the
 * sentence is only that word or two. Inside a sentence the same words are praise ("she's a genius").
 */
const IRONIC: Record<Language, ReadonlySet<string>> = {
  en: new Set(["genius", "brilliant", "fantastic", "amazing", "lovely", "great", "wonderful", "classic", "anyway", "perfect", "superb", "marvellous", "marvelous", "funny that", "love it", "go team", "cool", "nice", "bravo", "well done", "inspiring", "visionary", "leadership", "true leadership", "fine", "it's fine", "all fine"]),
  nl: new Set(["geniaal", "briljant", "fantastisch", "prachtig", "heerlijk", "top", "klassiek", "enfin", "lekker dan", "goed bezig", "bravo", "mooi zo", "fijn", "super", "knap", "inspirerend", "visionair", "genie", "leiderschap", "prima", "prima hoor", "helemaal prima"]),
  da: new Set(["genialt", "fantastisk", "dejligt", "perfekt", "klassisk", "nå", "godt gået", "super", "flot", "bravo", "fint", "fedt", "skønt", "inspirerende", "visionært", "geni", "lederskab", "helt fint", "det er fint"]),
};

/** A span of the post, with the token it starts at. */
export interface Marker {
  start: number;
  end: number;
  first: number;
}

/** Hearts, pride and congratulations: a post that has them means its "Lovely." */
const SINCERE = /❤️|💙|💚|💛|🧡|💜|🥰|😍|🎉|\b(?:proud|grateful|congrat\w*|trots|dankbaar|gefeliciteerd|stolt|taknemmelig|tillykke)\b/iu;

/** Whether the post is sincerely pleased (then its praise and its quotes are meant). */
const sincere = (post: Post): boolean => SINCERE.test(post.text.slice(post.bodyStart));

/** A smile or a heart, and a wink, an eye-roll or a clown that would turn it ironic. */
const WARM_EMOJI = /😊|☺️|🥰|😍|🤗|🙏|❤️|💙|💚|💛|🧡|💜/u;
const IRONIC_EMOJI = /🙄|😒|🙃|😑|🤡|😏|😤|🤦/u;

/**
 * A word that can be sarcastic ("lovely", "real generous") followed in its sentence by a smile and
 * no eye-roll: "the same lovely old boy wanting to check his parcel 😊" means it. A heart before it
 * ("12 hour shift done 💙 … a lovely old farmer … just lush, thanks for that") says nothing about it.
 */
export function smilesSincerely(post: Post, at: { first: number; end: number }): boolean {
  const sentence = post.tokens[at.first]?.sentence ?? -1;
  if (!post.sentences[sentence]) return false;
  // The emoji may close the sentence or open the next line ("… still coming 😊 It was.").
  const text = post.text.slice(at.end, post.sentences[sentence + 1]?.start ?? post.text.length);
  return WARM_EMOJI.test(text) && !IRONIC_EMOJI.test(text);
}

/** Words that may lead ironic praise without changing it: "Truly a visionary.", "Et geni.", "Echt een held." */
const LEADING = new Set(["truly", "a", "an", "what", "such", "real", "absolute", "an", "true", "echt", "een", "wat", "zo", "et", "en", "sikke", "ægte", "virkelig", "sand"]);

/** Sentences of one or two words that are ironic praise: "Genius.", "Goed bezig.", "Godt gået.", "Truly a visionary." */
export function ironicSentences(post: Post): Marker[] {
  const words = IRONIC[post.language];
  const out: Marker[] = [];
  for (const sentence of post.sentences) {
    const [start, to] = sentence.tokens;
    let from = start;
    // Up to two leading words that only frame the praise ("truly a", "et", "echt een").
    while (from < to - 1 && from - start < 2 && LEADING.has(post.tokens[from]?.norm ?? "")) from++;
    // The first sentence is no reply to a complaint; three words or more is a sentence of its own.
    if (start === 0 || to - from < 1 || to - from > 2) continue;
    const phrase = post.tokens.slice(from, to).map((t) => t.norm).join(" ");
    const first = post.tokens[start];
    const last = post.tokens[to - 1];
    if (first && last && words.has(phrase)) out.push({ start: first.start, end: last.end, first: start });
  }
  return out;
}

/** "Translation:", "Vertaling:", "Læs:": the writer decodes what was just said. */
const DECODING = /(?<=^|[\s.!?)\p{Extended_Pictographic}])(?:translation|translated|in plain english|in english|vertaling|vertaald|in gewoon nederlands|lees|læs|oversat|oversættelse|på almindeligt dansk|på dansk)\s*:/giu;

/**
 * Corporate speak decoded ("Exciting journey to a leaner setup 🚀 Translation: half the team is
 * gone"): the decoding mocks the words before it. The same word with no corporate phrase in its
 * sentence or the one before is a real translation or a reading tip.
 */
export function decodedCorporate(post: Post, corporate: PhraseMatcher<LexiconEntry>): Marker[] {
  const phrases = corporate.find(post);
  if (phrases.length === 0) return [];
  const out: Marker[] = [];
  for (const m of post.text.matchAll(DECODING)) {
    const first = firstTokenFrom(post.tokens, m.index);
    const sentence = post.tokens[first]?.sentence ?? -9;
    const mocks = phrases.some((p) => p.start < m.index && sentence - (post.tokens[p.first]?.sentence ?? -9) <= 1);
    if (first >= 0 && mocks) out.push({ start: m.index, end: m.index + m[0].length, first });
  }
  return out;
}

/**
 * Double quotes around a short phrase, or single quotes that open after a space (so "can't" and
 * "it's" are not quotes): "exciting new chapter", 'quick sync'.
 */
const SCARE_QUOTES = /["“„]([^"“”„\n]{2,48})["”“]|(?<=^|[\s(])['‘]([^'‘’\n]{2,48})['’](?=[\s.,!?;:)]|$)/gu;

/**
 * Corporate phrases in scare quotes ("we're a family", 'quick sync', "updated") beside sarcasm: the
 * writer mocks the employer's words. The quotes alone are a title or someone's words; the
 * corporate phrase alone is the company's own news.
 */
export function scareQuotedCorporate(post: Post, corporate: PhraseMatcher<LexiconEntry>, sarcasm: readonly Marker[]): Marker | undefined {
  if (sarcasm.length === 0 || sincere(post)) return undefined;
  const phrases = corporate.find(post);
  if (phrases.length === 0) return undefined;
  const sentenceAt = (token: number): number => post.tokens[token]?.sentence ?? -9;
  for (const m of post.text.matchAll(SCARE_QUOTES)) {
    const start = m.index;
    const end = start + m[0].length;
    const inside = phrases.find((p: PhraseHit<LexiconEntry>) => p.start > start && p.end < end);
    if (!inside) continue;
    const s = sentenceAt(inside.first);
    // Sarcasm often closes the post ("… Thanks, leadership ✨"): two sentences either side. The
    // words inside the quotes are quoted: the message puts its own quotation marks around them.
    if (sarcasm.some((x) => Math.abs(sentenceAt(x.first) - s) <= 2)) return { start: start + 1, end: end - 1, first: inside.first };
  }
  return undefined;
}

/** Verbs of saying: a word quoted after them is what was said, not a deed doubted. */
const SAYING = /^(?:said|says|say|wrote|writes|typed|replied|called|asked|zei|zegt|zeggen|schreef|schrijft|vroeg|noemde|sagde|siger|skrev|skriver|spurgte|kaldte)$/u;

/**
 * What someone did, in scare quotes right after them: "my manager 'forgot' to submit my leave",
 * "HR 'lost' the form", "de planner 'vergat' het". The writer does not believe it. Only one or two
 * words, within two words of the person: longer quotes are someone's words.
 */
export function scareQuotedDeed(post: Post, people: readonly Pick<PhraseHit<unknown>, "last" | "end">[]): Marker[] {
  const out: Marker[] = [];
  for (const m of post.text.matchAll(SCARE_QUOTES)) {
    const inside = (m[1] ?? m[2] ?? "").trim();
    if (!/^[\p{L}'’-]+(?:\s[\p{L}'’-]+)?$/u.test(inside)) continue;
    const first = firstTokenAfter(post.tokens, m.index);
    const person = people.find((p) => first >= p.last && first - p.last <= 2);
    // "my manager said 'slay'": a word quoted after a verb of saying is what they said.
    if (!person || post.tokens.slice(person.last, first).some((t) => SAYING.test(t.norm))) continue;
    out.push({ start: m.index, end: m.index + m[0].length, first });
  }
  return out;
}

/** Pay and what is owed with it: overtime, a shift allowance, tips, holiday pay. */
const PAY = /^(?:pay|wages?|salary|overtime|bonus(?:es)?|tips|allowance|commission|loon|salaris|overuren|overwerk|toeslag|\p{L}*toeslag|fooi|fooien|vakantiegeld|bonus|løn|lønnen|overtid|overarbejde|tillæg|\p{L}*tillæg|drikkepenge|feriepenge)$/u;

/**
 * What the employer does with pay, in scare quotes: "my company 'rounds down' overtime", "ze
 * "vergeten" al drie maanden de ploegentoeslag uit te betalen", "de 'glemmer' vores tillæg". One or
 * two words, with pay named within six words after it: the writer calls it cheating without saying so.
 */
export function scareQuotedPay(post: Post): Marker | undefined {
  for (const m of post.text.matchAll(SCARE_QUOTES)) {
    const inside = (m[1] ?? m[2] ?? "").trim();
    if (!/^[\p{L}'’-]+(?:\s[\p{L}'’-]+)?$/u.test(inside)) continue;
    const first = firstTokenAfter(post.tokens, m.index);
    if (first < 0) continue;
    const sentence = post.tokens[first]?.sentence;
    const after = post.tokens.slice(first, first + 8).filter((t) => t.sentence === sentence && t.start >= m.index + m[0].length);
    if (after.slice(0, 6).some((t) => PAY.test(t.norm))) return { start: m.index, end: m.index + m[0].length, first };
  }
  return undefined;
}

/** The bill a customer writes on. */
const RECEIPT = /(?:^|[^\p{L}])(?:receipt|receipts|bill|slip|bon|bonnetje|rekening|kassabon|kvittering|kvitteringen|regningen|regning|nota)(?![\p{L}])/iu;
/** What a customer writes about the tip ("tip? get a real job", "fooi is voor mensen die hun best doen"). */
const TIP_NOTE = /(?:^|[^\p{L}])(?:tip|tips|tipping|fooi|fooitje|drikkepenge|service charge|servicegeld)(?![\p{L}])/iu;

/** Laughing at it or hanging it up: "😂", "🙃", "framed it", "hangt nu in de keuken", "hænger nu i køkkenet". */
const HELD_UP = /😂|🤣|🙃|🙄|😒|\bframed\b|\bon the (?:staff room )?(?:wall|fridge)\b|ingelijst|hangt nu|hænger nu|på væggen/iu;

/**
 * A customer's note on the bill, quoted for all to laugh at: "wrote 'tip? get a real job' on the
 * receipt", "schrijft op de bon 'fooi? ga lekker werken'", "skrev 'drikkepenge? find dig et
 * rigtigt job' på kvitteringen". The staff member mocks a customer in public (P22).
 */
export function mockedReceiptNote(post: Post): Marker | undefined {
  for (const m of post.text.matchAll(SCARE_QUOTES)) {
    const inside = (m[1] ?? m[2] ?? "").trim();
    if (!/\s/u.test(inside) || !TIP_NOTE.test(inside)) continue;
    const first = firstTokenAfter(post.tokens, m.index);
    const sentence = post.sentences[post.tokens[first]?.sentence ?? -1];
    // Held up for a laugh, not kept as a kind word ("'best tea in town, keep the tip' … made my week 🥹").
    const around = post.text.slice(sentence?.start ?? m.index, m.index + m[0].length + 160);
    if (sentence && RECEIPT.test(post.text.slice(sentence.start, Math.max(sentence.end, m.index + m[0].length + 40))) && HELD_UP.test(around)) return { start: m.index, end: m.index + m[0].length, first };
  }
  return undefined;
}

/** What customers give or ask for, named by the staff who serve them: "tip", "quick question", "urgent". */
const SERVICE_WORDS = /^(?:tip|tips|review|feedback|complaint|urgent|emergency|quick question|just a quick question|just one more|small favour|fooi|fooitje|klacht|recensie|dringend|spoed|even snel|drikkepenge|anmeldelse|klage|akut|hurtigt spørgsmål)$/iu;

/**
 * A customer's word in scare quotes beside an eye-roll: "this is what a 'tip' looks like
 * apparently 🙃", "Mrs "just a quick question" has rung 11 times". The writer mocks the customer.
 */
export function scareQuotedServiceWord(post: Post, rolls: readonly Marker[]): Marker | undefined {
  if (rolls.length === 0) return undefined;
  const sentenceAt = (token: number): number => post.tokens[token]?.sentence ?? -9;
  for (const m of post.text.matchAll(SCARE_QUOTES)) {
    if (!SERVICE_WORDS.test((m[1] ?? m[2] ?? "").trim())) continue;
    const first = firstTokenAfter(post.tokens, m.index);
    if (first >= 0 && rolls.some((r) => Math.abs(sentenceAt(r.first) - sentenceAt(first)) <= 1)) return { start: m.index, end: m.index + m[0].length, first };
  }
  return undefined;
}

/** Those who judge the business in public: reviewers and critics. */
const CRITICS = /^(?:reviewers?|critics?|food critics?|recensenten|recensent|critici|anmeldere|anmelder|anmelderne|kritikere)$/iu;
/** "so-called reviewers", "zogenaamde recensenten", "såkaldte anmeldere": the scare quotes said in words. */
const SO_CALLED = /\b(?:so-called|so called|self-styled|zogenaamde|zogenaamd|zgn\.|såkaldte|selvudnævnte)\s+(\p{L}+)/giu;
/** Speaking to them: "you", "jullie", "jer". */
const YOU = /^(?:you|your|you're|youre|ya|jullie|jij|je|u|jer|jeres|i|dig|din|du)$/u;

/**
 * Reviewers mocked as "reviewers" and spoken to: "To the so-called "reviewers" on this page: you
 * wouldn't know a decent sandwich if it bit you", "Aan de 'recensenten' hier: jullie hebben nog
 * nooit…", "Til jer "anmeldere" herinde". The business scorning its critics to their faces, which
 * is what brand pages that melted down at one-star reviews did.
 */
export function scornedCritics(post: Post): Marker | undefined {
  const sentenceAt = (token: number): number => post.tokens[token]?.sentence ?? -9;
  const spans: { start: number; end: number }[] = [];
  for (const m of post.text.matchAll(SCARE_QUOTES)) if (CRITICS.test((m[1] ?? m[2] ?? "").trim())) spans.push({ start: m.index + 1, end: m.index + m[0].length - 1 });
  for (const m of post.text.matchAll(SO_CALLED)) if (CRITICS.test(m[1] ?? "")) spans.push({ start: m.index, end: m.index + m[0].length });
  for (const span of spans) {
    const first = firstTokenAfter(post.tokens, span.start);
    if (first < 0) continue;
    // Danish "I" (you, plural) is written with a capital; English "I" is the writer.
    const addressed = post.tokens.some((t, i) => Math.abs(sentenceAt(i) - sentenceAt(first)) <= 1 && YOU.test(t.norm) && (t.norm !== "i" || (post.language === "da" && t.text === "I")));
    if (addressed) return { start: span.start, end: span.end, first };
  }
  return undefined;
}

/**
 * Gains at the top: a record year or profit, the best quarter ever, the boss's new car. Beside a
 * euphemism in scare quotes they make it a cut mocked ("a record half-year profit on Monday and
 * 'simplifying our structure' on Tuesday").
 */
const GAIN: Record<Language, RegExp> = {
  en: /\brecord(?:[- ]breaking)? (?:half-year |full-year |annual |quarterly )?(?:profits?|results|year|quarter|revenue|sales)\b|\b(?:best|strongest) (?:year|quarter) (?:ever|in (?:our|the company's) history)\b|\b(?:brand[- ]new|new) (?:hilux|prado|tesla|range rover|porsche|bmw|audi|merc|mercedes|yacht|boat|jet)\b/iu,
  nl: /\brecord(?:winst|omzet|jaar|kwartaal|resultaat)\b|\b(?:beste|sterkste) (?:jaar|kwartaal) ooit\b|\bhistorisch goede? (?:jaar|kwartaal|cijfers|resultaten?)\b|\bnieuwe (?:tesla|porsche|bmw|audi|mercedes|range rover|jacht|boot)\b/iu,
  da: /\brekord(?:overskud|år|året|kvartal|omsætning|resultat)\b|\bhistorisk (?:godt|stærkt) (?:år|kvartal|resultat)\b|\b(?:bedste|stærkeste) (?:år|kvartal) nogensinde\b|\bny (?:tesla|porsche|bmw|audi|mercedes|range rover|båd|yacht)\b/iu,
};

/** Losses below: pay held back, cuts, a new structure, jobs. */
const LOSS: Record<Language, RegExp> = {
  en: /\b(?:no (?:pay )?(?:rise|raise)|pay freeze|pay cuts?|cuts|cutbacks|\w*structur\w*|redundanc\w*|headcount|jobs|roles|talent)\b/iu,
  nl: /\b(?:geen (?:loons)?verhoging|loonbevriezing|bezuinig\w*|\w*structuur\w*|reorganisatie|banen|functies|talent)\b/iu,
  da: /\b(?:ingen lønstigning|lønstop|nedskæring\w*|besparelse\w*|\w*struktur\w*|omstrukturering|stillinger|talent)\b/iu,
};

/** Retiring is leaving too, and no layoff: a quoted nickname at a retirement is affection. */
const RETIRING = /\b(?:retir\w*|pension\w*|pensioen\w*|pensionist\w*)\b/iu;

const NUMBER = /^\d+$/u;

/**
 * A cut mocked with scare quotes: the employer's euphemism quoted where staff lose their jobs
 * ("we zijn één familie" … de halve afdeling eruit), quoted right before the people it hit
 * (at "frisætte" 40 kolleger), or quoted beside gains at the top (a record profit, the boss's
 * new car, the bonus) in a post about losses below (no raise, a new structure, jobs). A record
 * year thanked with "our 'Tuesday ladies'" has no loss in it. Short quotes only (one to five
 * words): longer ones are someone's words. A post with layoffs that is sincerely pleased quotes
 * sincerely ("proud of 'the Friday crew'"), and so does a retirement.
 */
export function scareQuotedCut(post: Post, context: { layoffs: number; bonus: boolean }): Marker | undefined {
  const body = post.text.slice(post.bodyStart);
  const gain = GAIN[post.language].exec(body);
  for (const m of post.text.matchAll(SCARE_QUOTES)) {
    if (m.index < post.bodyStart) continue;
    const inside = (m[1] ?? m[2] ?? "").trim();
    if (!/^[\p{L}'’-]+(?:\s[\p{L}'’-]+){0,4}$/u.test(inside)) continue;
    // "the 'Bakery Lane' site", "Project 'Blue Sky'": a name in quotes is no euphemism.
    if (/^\p{Lu}\S*(?:\s\p{Lu}\S*)+$/u.test(inside)) continue;
    const first = firstTokenAfter(post.tokens, m.index);
    const end = m.index + m[0].length;
    const next = firstTokenFrom(post.tokens, end);
    const after = next < 0 ? [] : post.tokens.slice(next, next + 3);
    const hitStaff = after.some((t, i) => NUMBER.test(t.norm) && STAFF[post.language].test(after[i + 1]?.norm ?? ""));
    const quotesGain = gain !== null && post.bodyStart + gain.index >= m.index && post.bodyStart + gain.index < end;
    const beside = ((gain !== null && !quotesGain) || context.bonus) && LOSS[post.language].test(body);
    if (hitStaff || beside || (context.layoffs > 0 && !sincere(post) && !RETIRING.test(body))) return { start: m.index + 1, end: end - 1, first };
  }
  return undefined;
}

/** Sympathy said outright: "sending love", "thinking of you all", *sterkte*, *tænker på jer*, 💔. */
const SYMPATHY: Record<Language, RegExp> = {
  en: /\b(?:sending (?:love|hugs|strength)|love to (?:all|everyone|every)|thinking of (?:you|them|everyone|all)|thoughts are with|all my love|much love|lots of love)\b|💔|🫂/iu,
  nl: /\b(?:sterkte|veel liefs|dikke knuffel|(?:we denken|ik denk) aan (?:jullie|je|jou|iedereen|alle)|ik leef mee|heel veel liefde)\b|💔|🫂/iu,
  da: /\b(?:masser af kærlighed|kæmpe knus|tænker på (?:jer|dig|dem|alle)|al min kærlighed|styrke til|sender kærlighed)\b|💔|🫂/iu,
};

/**
 * A sarcasm word in a sentence of sympathy ("they told the night shift it's their last month 💔
 * Sending love to everyone"): the stemmed "lovely" finds "love" there, and it is meant.
 */
export function saidInSympathy(post: Post, at: { first: number }): boolean {
  const sentence = post.tokens[at.first]?.sentence ?? -1;
  const s = post.sentences[sentence];
  if (!s) return false;
  const text = post.text.slice(s.start, post.sentences[sentence + 1]?.start ?? post.text.length);
  return SYMPATHY[post.language].test(text) && !IRONIC_EMOJI.test(text);
}
