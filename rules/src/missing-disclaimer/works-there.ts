import type { Language, Post } from "@postlint/core";

/**
 * Words that only a job explains when the writer says them of themselves: "my colleagues", "mit
 * nye job", "ik ben … begonnen", "jeg er ansat", "werk ik daar". Not "work" as a noun of effort
 * alone ("my work on the garden"): the verb forms and the job's people and places.
 */
const JOB: Record<Language, RegExp> = {
  en: /^(?:work|works|worked|working|job|employer|colleagues?|co-?workers?|workmates?|employed|employee|hired|joined|payslip)$/u,
  nl: /^(?:werk|werkte|werken|gewerkt|werkgever|collega|collega's|collegas|baan|begonnen|gestart|aangenomen|dienst|dienstverband|loonstrook)$/u,
  da: /^(?:arbejder|arbejdede|arbejdet|ansat|ansættelse|job|jobbet|kollega|kollegaer|kolleger|kollegerne|arbejdsplads|arbejdspladsen|arbejdsgiver|startede|begyndte|lønseddel)$/u,
};
/** The writer in the first person singular (the brand's and the customers' "we" is anyone's). */
const ME: Record<Language, RegExp> = {
  en: /^(?:i|i'm|im|i've|ive|me|my)$/u,
  nl: /^(?:ik|'k|me|mij|mijn|m'n|mn)$/u,
  da: /^(?:jeg|mig|min|mit|mine)$/u,
};
/** Years served, counted, beside the organization: "a good first year for me at Northwind" ("the best buy of the year" counts none). */
const COUNTED = /^(?:\d{1,2}|first|second|third|two|three|four|five|six|seven|eight|nine|ten|eerste|tweede|derde|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|første|andet|tredje|to|tre|fire|fem|seks|syv|otte|ni|ti)$/u;
const YEAR: Record<Language, RegExp> = {
  en: /^(?:year|years)$/u,
  nl: /^(?:jaar|jaren)$/u,
  da: /^(?:år|året|halvår|halvåret)$/u,
};
/** A sentence that says the opposite, or is about getting a job, not having one. */
const NOT_EMPLOYED: Record<Language, RegExp> = {
  en: /^(?:not|never|don't|dont|didn't|didnt|no|n't|ex|former|formerly|applied|apply|applying|interview|application|offer|offered|customer|customers|client)$/u,
  nl: /^(?:niet|nooit|geen|nie|ex|voormalig|voormalige|gesolliciteerd|solliciteer|sollicitatie|sollicitatiegesprek|aanbod|klant|klanten)$/u,
  da: /^(?:ikke|aldrig|ingen|tidligere|ansøgt|ansøger|ansøgning|jobsamtale|samtale|tilbud|jobtilbud|kunde|kunder)$/u,
};

/**
 * The writer says, in a sentence of their own, that they have a job where the post's organization
 * is named: "(Jeg er ansat i butikken i Svendborg.)", "Fire år har jeg været ansat her", "ik ben na
 * de zomer bij Northwind begonnen", "a good first year for me at Northwind". An employee disclosure
 * (P11) in words no list of phrases keeps up with: the first person and a word only a job explains
 * in one sentence, or years said beside the organization's name. `mentions` are the first tokens of
 * the organization's and its products' names.
 */
export function saysWorksThere(post: Post, mentions: readonly number[]): boolean {
  const lang = post.language;
  if (mentions.length === 0) return false;
  for (const sentence of post.sentences) {
    const words = post.tokens.slice(sentence.tokens[0], sentence.tokens[1]);
    if (!words.some((t) => ME[lang].test(t.norm)) || words.some((t) => NOT_EMPLOYED[lang].test(t.norm))) continue;
    if (words.some((t) => JOB[lang].test(t.norm))) return true;
    const [from, to] = sentence.tokens;
    const counted = words.some((t, i) => YEAR[lang].test(t.norm) && [i - 1, i - 2].some((j) => COUNTED.test(words[j]?.norm ?? "")));
    if (counted && mentions.some((m) => m >= from && m < to)) return true;
  }
  return false;
}
