import type { Language, Post } from "@postlint/core";

/**
 * Working somewhere: "werk ik nou al bij", "har arbejdet tre år hos", "I've worked for"; or running
 * part of it: "I head sales at Northwind", "ik leid de verkoop bij", "jeg styrer lageret hos".
 */
const WORK: Record<Language, RegExp> = {
  en: /^(?:work|worked|working|employed|head|headed|run|ran|lead|led|manage|managed)$/u,
  nl: /^(?:werk|werkte|gewerkt|werkzaam|leid|leidde|beheer|run|manage)$/u,
  da: /^(?:arbejder|arbejdet|arbejdede|ansat|leder|ledede|styrer|styrede|driver)$/u,
};
/** Being something there: "ben ik productmanager voor", "jeg nu er softwareudvikler på", "I'm a designer at". */
const AM: Record<Language, RegExp> = {
  en: /^(?:i'm|im|am)$/u,
  nl: /^(?:ben)$/u,
  da: /^(?:er)$/u,
};
/** The writer: "ik", "jeg", Jutlandic "a" ("A har no arbejdet tre år hos …"). */
const I: Record<Language, RegExp> = {
  en: /^(?:i|i'm|i've|im|ive|me)$/u,
  nl: /^(?:ik|'k)$/u,
  da: /^(?:jeg|a|æ)$/u,
};
/** Where: "at", "bij", "hos", and Danish "i" and "på" ("otte år i det lorte-Northwind", "på Project Kestrel"). */
const AT: Record<Language, RegExp> = {
  en: /^(?:at|for|with|on)$/u,
  nl: /^(?:bij|voor|op)$/u,
  da: /^(?:hos|for|i|ved|på)$/u,
};
/** "As" before a title, and what ties the title to the organization ("of", "van", "i"). */
const AS: Record<Language, RegExp> = {
  en: /^(?:as)$/u,
  nl: /^(?:als)$/u,
  da: /^(?:som)$/u,
};
const ROLE_OF: Record<Language, RegExp> = {
  en: /^(?:of|at|for)$/u,
  nl: /^(?:van|bij|voor)$/u,
  da: /^(?:af|i|hos|for)$/u,
};
/** A team or department: "the finance team", "de inkoopafdeling", "salgsteamet". */
const TEAM = /(?:team|teams|department|dept|afdeling|afdelingen|teamet|holdet)$/u;
/** Relationships that are not a job: customers, fans, shareholders, members. */
const NOT_A_JOB = /^(?:customer|customers|client|fan|user|shopper|shareholder|investor|member|supplier|partner|klant|gebruiker|aandeelhouder|belegger|lid|leverancier|kunde|bruger|aktionær|investor|medlem|leverandør)$/u;
/** Years served: "acht jaar", "otte år", "three years". */
const YEARS: Record<Language, RegExp> = {
  en: /^(?:years?)$/u,
  nl: /^(?:jaar|jaren)$/u,
  da: /^(?:år|året)$/u,
};
const COUNT = /^(?:\d{1,2}|two|three|four|five|six|seven|eight|nine|ten|twee|drie|vier|vijf|zes|zeven|acht|negen|tien|to|tre|fire|fem|seks|syv|otte|ni|ti)$/u;

/**
 * The writer says they work for the organization, in whatever words come between: "acht jaar werk
 * ik nou al bij dat Northwind-kutbedrijf", "A har no arbejdet tre år hos Luder-Northwind", "ben ik
 * productmanager voor Project Kestrel", "otte år i det lorte-Northwind". `mentions` are the first
 * tokens of the organization's and its products' names. An employee disclosure (P11), as "I work at
 * Northwind" is, though the words around the name are not the lexicon's.
 */
export function statesEmployment(post: Post, mentions: readonly number[]): boolean {
  const lang = post.language;
  const norm = (i: number): string => post.tokens[i]?.norm ?? "";
  return mentions.some((k) => {
    const sentence = post.tokens[k]?.sentence;
    const same = (i: number): boolean => i >= 0 && post.tokens[i]?.sentence === sentence;
    for (let p = k - 1; p >= k - 4 && same(p); p--) {
      if (!AT[lang].test(norm(p))) continue;
      const before = Array.from({ length: 6 }, (_, d) => p - 1 - d).filter(same);
      const writer = before.some((i) => I[lang].test(norm(i)));
      if (before.some((i) => WORK[lang].test(norm(i))) && writer) return true;
      // "ben ik productmanager voor", "I am a designer at".
      if (before.some((i) => AM[lang].test(norm(i)) && [i - 2, i - 1, i + 1, i + 2].some((j) => same(j) && I[lang].test(norm(j))))) return true;
      // "I'm in the finance team at Northwind" holds its "I"; "I'm at Northwind for the sale" or
      // "I'm a customer at" is no job, so a team must be named between.
      if (before.some((i) => AM[lang].test(norm(i)) && I[lang].test(norm(i)) && post.tokens.slice(i + 1, p).some((t) => TEAM.test(t.norm)))) return true;
      if (before.some((i) => YEARS[lang].test(norm(i)) && COUNT.test(norm(i - 1)))) return true;
    }
    // A role stated as a title: "Als bedrijfsleider van de Northwind-winkel in Zwolle:", "As store
    // manager of Northwind Leeds", "Som butikschef i Northwind Vejle".
    for (let p = k - 1; p >= k - 4 && same(p); p--) {
      if (!ROLE_OF[lang].test(norm(p))) continue;
      const as = [p - 2, p - 3].find((i) => same(i) && AS[lang].test(norm(i)));
      // A title between ("als bij Northwind" compares); "As a customer of Northwind" is no job.
      if (as !== undefined && !post.tokens.slice(as + 1, p).some((t) => NOT_A_JOB.test(t.norm))) return true;
    }
    return false;
  });
}
