import type { Language, Post } from "@postlint/core";
import { sentenceTester } from "./line-test.js";

/** A site's closure, said with when it happens: where to quote it and whose the site is. */
export interface ClosureHit {
  first: number;
  last: number;
  start: number;
  end: number;
  /**
   * The site is the writer's organization's: "our store", "onze Northwind-winkel", "vores butik",
   * the organization named in the sentence, or "we" doing the closing ("vi lukker til sommer").
   * "They're closing the Leeds depot" passes a decision on; "our Leeds depot will close" states it.
   */
  owned: boolean;
}

/** Places a business closes: a shop, a depot, a department (Danish and Dutch with their definite forms). */
const SITE: Record<Language, RegExp> = {
  en: /^(?:store|stores|shop|shops|branch|branches|site|depot|warehouse|office|plant|factory|centre|center|hub|outlet|location|restaurant|café|cafe|bakery|mill|lab|department|division)$/u,
  nl: /^(?:winkel|winkels|filiaal|filialen|vestiging|vestigingen|distributiecentrum|dc|magazijn|kantoor|fabriek|afdeling|locatie|hub|callcenter|klantenservice|zaak|webwinkel|bakkerij|werkplaats)$/u,
  da: /^(?:butik|butikken|butikker|butikkerne|filial|filialen|lager|lageret|afdeling|afdelingen|kontor|kontoret|fabrik|fabrikken|center|centret|centeret|distributionscenter|distributionscentret|kundeservice|lokation|bageri|bageriet|værksted|værkstedet)$/u,
};

/**
 * Closing for good, as a verb form that can carry a date: "will close", "is closing", "gaat dicht",
 * "dichtgaat", "lukker", "nedlægges". A past closure ("closed last year") is no news to leak.
 */
const CLOSING: Record<Language, RegExp> = {
  en: /^(?:close|closes|closing|shut|shuts|shutting|shutter|shuttering)$/u,
  nl: /^(?:dicht|dichtgaat|dichtgaan|sluit|sluiten|opgeheven|opheffen|dichtdoen)$/u,
  da: /^(?:lukker|lukkes|lukke|nedlægges|nedlægger|nedlægge|nedlukkes)$/u,
};

/**
 * The bare forms that are also something else need a helper verb before them: "close to the
 * station" and "dicht bij huis" are places, "will close" and "gaat dicht" closures.
 */
const NEEDS_HELPER: Record<Language, RegExp> = {
  en: /^(?:close|shut|shutter)$/u,
  nl: /^(?:dicht|sluiten|opheffen|dichtdoen)$/u,
  da: /^(?:lukke|nedlægge)$/u,
};
const HELPER: Record<Language, RegExp> = {
  en: /^(?:will|'ll|to|going|gonna|set|shall|would|could|might|may|must)$/u,
  nl: /^(?:gaat|gaan|zal|zullen|moet|moeten|wil|willen|te)$/u,
  da: /^(?:skal|vil|at|må|kommer)$/u,
};
/** "closing time", "closing-down sale", "dicht bij": the closing word as part of something else. */
const NOT_A_CLOSURE = /^(?:time|shift|shifts|sale|ceremony|bell|date|dinner|party|remarks|by|to|enough|deal|bij|langs|tegen|op)$/u;

/** "we", "wij", "vi" closing: the writer's organization, even with no site named ("vi lukker til sommer"). */
const WE = /^(?:we|we're|wij|vi)$/u;
/** Whose the site is: the writer's side's ("our store", "onze winkel", "ons distributiecentrum", "vores butik"). */
const OUR = /^(?:our|onze|ons|vores|vor|vort)$/u;

/** When: a month, a season, next year, the end of a period, a date ("31 januari", "1. april"). */
const WHEN: Record<Language, RegExp> = {
  // "May" only as a date ("in May", "by May", "31 May"): "we may close" is a maybe, not a month.
  en: /\b(?:january|february|march|april|june|july|august|september|october|november|december|spring|summer|autumn|fall|winter|new year|next (?:year|month)|end of (?:the )?(?:year|month|quarter)|(?:in|by|from|until|of|mid-|\d{1,2}(?:st|nd|rd|th)?)\s*may)\b/iu,
  nl: /(?:^|[^\p{L}])(?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|voorjaar|lente|zomer|najaar|herfst|winter|nieuwe jaar|volgend jaar|volgende maand|eind van het jaar|einde van het jaar|jaareinde)(?![\p{L}])/iu,
  da: /(?:^|[^\p{L}])(?:januar|februar|marts|april|maj|juni|juli|august|september|oktober|november|december|foråret|sommer|sommeren|efteråret|vinter|vinteren|nytår|næste år|næste måned|årets udgang|udgangen af året)(?![\p{L}])/iu,
};

/**
 * A closure for an hour, a day or the holidays, not for good: a clock time, "early", the holidays,
 * the weather, works ("closes at 2pm for the storm", "sluit om 16.00 op kerstavond", "lukker kl. 14").
 */
const TEMPORARY =
  /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(?:am|pm)\b|\bkl\.?\s?\d|\bom \d|\b(?:noon|midday|early|earlier|temporarily|for the day|for the holidays?|for christmas|over christmas|for easter|for renovations?|for refurbishment|for a week|for two weeks|storm|snow)\b|(?:^|[^\p{L}])(?:vroeg|vroeger|eerder|tijdelijk|kerst|kerstavond|oudjaar|feestdagen|verbouwing|middag|tidligt|tidligere|midlertidigt|jul|juleaften|nytårsaften|påske|helligdage|ombygning|renovering|stormen|sneen)(?![\p{L}])/iu;

/** How far apart the site and the closing may be in a sentence, in words. */
const REACH = 8;

/**
 * A site of the organization closing for good at a time to come, in one sentence: "our Northwind
 * store in Truro will close in February", "de vestiging in Sittard gaat na de zomer dicht",
 * "lageret i Padborg lukker til sommer", "Northwind has decided to close the Durban branch in
 * February". Shared by confidential-info (an unannounced decision) and unauthorized-spokesperson
 * (stating it for the organization). `orgTokens` are where the organization is named.
 */
export function findClosures(post: Post, orgTokens: ReadonlySet<number>): ClosureHit[] {
  const out: ClosureHit[] = [];
  const site = SITE[post.language];
  const closing = CLOSING[post.language];
  // Each sentence's text runs to the end of its line: tested in one pass a line, not one a sentence.
  const when = sentenceTester(post, WHEN[post.language]);
  const temporary = sentenceTester(post, TEMPORARY);
  post.sentences.forEach((sentence, index) => {
    const [from, to] = sentence.tokens;
    if (!when(index) || temporary(index)) return;
    for (let v = from; v < to; v++) {
      const verb = post.tokens[v];
      if (!verb || !closing.test(verb.norm) || NOT_A_CLOSURE.test(post.tokens[v + 1]?.norm ?? "")) continue;
      // The nearest helper verb up to five words before ("will close", "gaat per 1 april dicht").
      const helper = [1, 2, 3, 4, 5].map((d) => v - d).find((k) => k >= from && HELPER[post.language].test(post.tokens[k]?.norm ?? ""));
      if (NEEDS_HELPER[post.language].test(verb.norm) && helper === undefined) continue;
      // "we close", "we're closing", and with a helper first: "we gaan per 1 april dicht", "gaan we dicht".
      const weAt = [v - 1, v - 2, ...(helper === undefined ? [] : [helper - 1, helper - 2, helper + 1])];
      const weIndex = weAt.find((k) => k >= from && k < v && WE.test(post.tokens[k]?.norm ?? ""));
      const we = weIndex !== undefined;
      let s = -1;
      for (let k = Math.max(from, v - REACH); k < Math.min(to, v + REACH); k++) if (site.test(post.tokens[k]?.norm ?? "")) s = s === -1 || Math.abs(k - v) < Math.abs(s - v) ? k : s;
      if (s === -1 && !we) continue;
      // With no site named, quote from "we": "we gaan per 1 april dicht", not "dicht".
      const a = s === -1 ? Math.min(weIndex ?? v, v) : Math.min(s, v);
      const b = s === -1 ? v : Math.max(s, v);
      // "our store", "onze Northwind-winkel": the possessive up to three words before the site.
      const ours = s !== -1 && [s - 1, s - 2, s - 3].some((k) => k >= from && OUR.test(post.tokens[k]?.norm ?? ""));
      const named = [...orgTokens].some((k) => k >= from && k < to);
      out.push({ first: a, last: b + 1, start: post.tokens[a]?.start ?? 0, end: post.tokens[b]?.end ?? 0, owned: we || ours || named });
      return;
    }
  });
  return out;
}

/** Staff hearing news: "the team hear tonight", "vanavond horen de collega's", "får alle at vide". */
const STAFF_TOLD: Record<Language, RegExp> = {
  en: /\b(?:hear|hears|heard|are told|were told|being told|are being told|find out|finds out|found out)\b/iu,
  nl: /(?:^|[^\p{L}])(?:horen|hoort|hoorden|te horen krijgen|krijgen te horen|bekendgemaakt)(?![\p{L}])/iu,
  da: /(?:^|[^\p{L}])(?:får (?:\p{L}+ )*at vide|fik (?:\p{L}+ )*at vide|fået at vide|hører|hørte)(?![\p{L}])/iu,
};

/** The closure's sentence says its staff are hearing it now: the news is still internal. */
export function staffHearing(post: Post, closure: Pick<ClosureHit, "first">): boolean {
  const s = post.sentences[post.tokens[closure.first]?.sentence ?? -1];
  return s !== undefined && STAFF_TOLD[post.language].test(post.text.slice(s.start, s.end));
}
