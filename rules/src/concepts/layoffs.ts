import type { Language, Post } from "@postlint/core";
import { conceptMatcher } from "./lexicon.js";
import { perPost } from "./per-post.js";

/** Where a layoff is said: enough to place it in a sentence and quote it. */
export interface LayoffHit {
  first: number;
  last: number;
  start: number;
  end: number;
}

/** People counted as staff: "35 kolleger", "25 colleagues", "twaalf collega's". */
export const STAFF: Record<Language, RegExp> = {
  en: /^(?:colleagues|coworkers|co-workers|staff|employees|workers|people|roles|jobs|positions|teammates|crew|team|department|floor|office|logistics|finance|accounts|marketing|sales|operations|ops|support|warehouse|shift|shifts)$/u,
  nl: /^(?:collega's|collegas|medewerkers|werknemers|mensen|banen|functies|arbeidsplaatsen|ploeg|team|\p{L}*afdeling|klantenservice|logistiek|financiën|inkoop|verkoop|administratie|magazijn|expeditie|productie|nachtploeg|dagploeg|nachtdienst)$/u,
  da: /^(?:kolleger|kollegaer|medarbejdere|ansatte|folk|mennesker|stillinger|job|arbejdspladser|holdet|teamet|afdelingen|kontoret|økonomi|kundeservice|lageret|logistik|indkøb|salg|marketing|skiftet|natholdet|dagholdet|produktionen|pakkeriet)$/u,
};
/** "us" after "of" ("60 of us", "35 van ons", "20 af os"): the writer's colleagues and the writer. */
const OF_US = /^(?:us|ons|os)$/u;
const OF = /^(?:of|van|af)$/u;

/**
 * Leaving or being let go: "goodbye", "skal stoppe", "moeten vertrekken", "mister"; and their site
 * closing ("30 kolleger har fået at vide, at lageret lukker").
 */
const LEAVING: Record<Language, RegExp> = {
  en: /^(?:goodbye|farewell|lose|losing|lost|cut|axed|redundant|elsewhere|closing|closes|shutting|shuts)$/u,
  nl: /^(?:afscheid|vertrekken|vertrekt|verlaten|verlaat|verliezen|verliest|kwijt|eruit|ontslagen|boventallig|geschrapt|elders|dichtgaat|dichtgaan)$/u,
  da: /^(?:farvel|stoppe|stopper|forlade|forlader|mister|miste|overflødige|nedlagt|nedlægges|færdige|andetsteds|lukker|lukkes)$/u,
};
/**
 * Going that is leaving the job only with the word after it ("leaving us", "gone by March") or a
 * "must" or a "let" before it ("moeten weg", "skal gå", "let half the floor go"): "leaving early
 * for the match" and "go home with a bonus" are no layoffs. Away is gone for good after "is"
 * ("half the team is gone", "halvdelen af teamet er væk", "de helft van het team is weg").
 */
const GOING: Record<Language, { word: RegExp; after?: RegExp; before?: RegExp }> = {
  en: { word: /^(?:leaving|leave|go|going|gone)$/u, after: /^(?:us|the|by|for)$/u, before: /^(?:let|letting|is|are|was|were)$/u },
  nl: { word: /^(?:weg|gaan|gaat)$/u, before: /^(?:moeten|moet|mogen|mag|zullen|is|zijn)$/u, after: /^(?:moeten|moet|mogen)$/u },
  da: { word: /^(?:gå|går|gået|væk)$/u, before: /^(?:skal|må|måtte|skulle|er|var)$/u },
};
/** "Whole", "entire", "hele": all of them counted ("let the whole insights team go", "hele lageret skal stoppe"). */
const WHOLE = /^(?:whole|entire|hele|gehele)$/u;
/** The site closing, among the leaving words. */
const SITE_CLOSING = /^(?:closing|closes|shutting|shuts|dichtgaat|dichtgaan|lukker|lukkes)$/u;
/** Away words that "is" may come before; "er gået hjem" (gone home) and "is going" are not gone for good. */
const AWAY = /^(?:gone|weg|væk)$/u;
const IS = /^(?:is|are|was|were|zijn|er|var)$/u;
/**
 * Leaving that is no layoff: a retirement (whatever the words), a holiday, a party, or a day out
 * of the office ("half the office is gone to the Christmas market", "de helft is weg met griep").
 */
const RETIRING = /retir|pension|pensioen/iu;
/** A farewell, not a dismissal, though the stemmer makes them one word. */
const FAREWELL = /^afsked(?:en)?$/iu;
// Whole words where a word could hide inside another: "marketingafdeling" is no market, "stripped" no trip.
const GLAD_LEAVING = /vacation|holiday|vakantie|ferie|\bpart(?:y|ies)\b|feest|fest|uitje|udflugt|\btrips?\b|\blunch|frokost|\b(?:christmas |kerst|jule)?(?:market|markt|marked)(?:et)?\b|conference|congres|konference|\bflu\b|griep|influenza|\bsick\b|\bziek|\bsyg|for the day|for vandaag|for i dag/iu;
/** Counts and shares: "35", "twaalf", "half", "most" ("half of logistics", "de helft van", "halvdelen af"). */
const NUMBER_WORD: Record<Language, RegExp> = {
  en: /^(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|dozens|hundreds|half|most|third|quarter)$/u,
  nl: /^(?:drie|vier|vijf|zes|zeven|acht|negen|tien|elf|twaalf|vijftien|twintig|dertig|veertig|vijftig|honderd|tientallen|honderden|helft|halve|meeste|derde|kwart)$/u,
  da: /^(?:tre|fire|fem|seks|syv|otte|ni|ti|elleve|tolv|femten|tyve|tredive|fyrre|halvtreds|hundrede|snesevis|hundredvis|halvdelen|halvdel|fleste|tredjedel|fjerdedel)$/u,
};

/**
 * Layoffs: the concept's words ("redundancies", "fyringsrunde"), and staff counted beside leaving
 * in one sentence, however the words are ordered ("35 kolleger på lageret skal desværre stoppe",
 * "vi siger farvel til 25 kolleger", "twaalf collega's moeten vertrekken"). A retirement in the
 * sentence is no layoff, nor is a count of staff off on a holiday or to a party.
 */
export const findLayoffs = perPost(layoffsIn);

async function layoffsIn(post: Post): Promise<LayoffHit[]> {
  const sentenceText = (i: number): string => {
    const s = post.sentences[post.tokens[i]?.sentence ?? -1];
    return s ? post.text.slice(s.start, s.end) : "";
  };
  // Stemmed, so "pakke sit skrivebord" finds "pakker deres skriveborde"; but Danish "afsked"
  // (a farewell, "tage afsked med Bent") shares its stem with "afskedige" (dismiss).
  const hits: LayoffHit[] = (await conceptMatcher(post.language, ["layoffs"])).find(post).filter((h) => !RETIRING.test(sentenceText(h.first)) && !FAREWELL.test(h.text));
  const staff = STAFF[post.language];
  const leaving = LEAVING[post.language];
  const number = NUMBER_WORD[post.language];
  for (const sentence of post.sentences) {
    const [from, to] = sentence.tokens;
    if (hits.some((h) => h.first >= from && h.first < to)) continue;
    let counted = -1;
    let whole = false;
    for (let i = from; i < to && counted < 0; i++) {
      // The writer's own lot counted: "60 of us", "35 van ons", "20 af os".
      const us = OF_US.test(post.tokens[i]?.norm ?? "") && OF.test(post.tokens[i - 1]?.norm ?? "");
      if (!us && !staff.test(post.tokens[i]?.norm ?? "")) continue;
      // The count up to four words before the staff word ("35 faste kolleger", "25 fra økonomi",
      // "half of logistics", "most of our Wakefield warehouse crew").
      const count = [i - 1, i - 2, i - 3, i - 4, i - 5].find((k) => k >= from && (/^\d{1,5}$/u.test(post.tokens[k]?.norm ?? "") || number.test(post.tokens[k]?.norm ?? "") || WHOLE.test(post.tokens[k]?.norm ?? "")));
      if (count !== undefined) [counted, whole] = [i, WHOLE.test(post.tokens[count]?.norm ?? "")];
    }
    if (counted < 0) continue;
    const going = GOING[post.language];
    const leaves = (i: number): boolean => {
      const t = post.tokens[i]?.norm ?? "";
      // "The whole team in Swansea … the café closes": the whole team goes with the site, which is
      // the closure's news (closures.ts), not people let go.
      if (leaving.test(t)) return !(whole && SITE_CLOSING.test(t));
      if (!going.word.test(t)) return false;
      const after = post.tokens[i + 1]?.norm ?? "";
      const before = post.tokens.slice(Math.max(from, i - 6), i).map((b) => b.norm);
      return (going.after?.test(after) ?? false) || before.some((b) => (going.before?.test(b) ?? false) && (!IS.test(b) || AWAY.test(t)));
    };
    const leave = Array.from({ length: to - from }, (_, k) => from + k).findIndex(leaves);
    if (leave < 0 || GLAD_LEAVING.test(sentenceText(from)) || RETIRING.test(sentenceText(from))) continue;
    const a = Math.min(counted, from + leave);
    const b = Math.max(counted, from + leave);
    hits.push({ first: a, last: b + 1, start: post.tokens[a]?.start ?? 0, end: post.tokens[b]?.end ?? 0 });
  }
  return hits;
}
