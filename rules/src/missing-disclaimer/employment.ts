import type { Language, Post } from "@postlint/core";

/**
 * Working somewhere: "werk ik nou al bij", "har arbejdet tre år hos", "I've worked for"; or running
 * part of it: "I head sales at Northwind", "ik leid de verkoop bij", "jeg styrer lageret hos".
 */
const WORK: Record<Language, RegExp> = {
  en: /^(?:work|worked|working|employed|head|headed|run|ran|lead|led|manage|managed|grafted|slogged|slaved|toiled)$/u,
  nl: /^(?:werk|werkte|gewerkt|werkzaam|leid|leidde|beheer|run|manage|gebikkeld|geploeterd|gezwoegd|zwoeg|ploeter|bikkel)$/u,
  da: /^(?:arbejder|arbejdet|arbejdede|ansat|leder|ledede|styrer|styrede|driver|knokler|knoklet|slider|slidt|slæber|slæbt)$/u,
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
/** Hiring the writer, after the name: "Northwind just offered me the job", "Northwind heeft me aangenomen", "Northwind har lige tilbudt mig jobbet". */
const HIRES: Record<Language, RegExp> = {
  en: /^(?:offered|offers|hired|hires|hiring|took)$/u,
  nl: /^(?:aangenomen|bood|biedt|neemt|nam)$/u,
  da: /^(?:tilbudt|tilbød|tilbyder|ansat|ansætter|ansatte)$/u,
};
const ME: Record<Language, RegExp> = {
  en: /^(?:me)$/u,
  nl: /^(?:me|mij)$/u,
  da: /^(?:mig)$/u,
};
/** Speaking to the organization: "your customers", "jullie schappen", "jeres kunder". */
const YOUR: Record<Language, RegExp> = {
  en: /^(?:your|you)$/u,
  nl: /^(?:jullie|uw|je|jouw)$/u,
  da: /^(?:jeres|jer|din|dine|dit)$/u,
};
/** The organization named before, referred back to: "for them", "voor ze", "for dem". */
const THEM: Record<Language, RegExp> = {
  en: /^(?:them)$/u,
  nl: /^(?:ze|hen|hun)$/u,
  da: /^(?:dem)$/u,
};
/** A letter's salutation: "Dear @northwind_ceo,", "Beste directie van Northwind,", "Kære ledelse i Northwind,". */
const SALUTATION = /^(?:dear|beste|geachte|lieve|kære|to)$/u;
/** The organization's leadership, addressed: "Dear management", "Beste directie", "Kære direktion". */
const LEADERSHIP = /^(?:ceo|management|board|leadership|directors|directie|bestuur|ledelse|ledelsen|direktion|direktionen|bestyrelse|bestyrelsen)$/u;
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
  if (writesToEmployer(post, mentions)) return true;
  // "Lorte-Northwind har igen glemt … Tre år har jeg knoklet for dem": the organization named, then
  // worked for as "them".
  const first = Math.min(...mentions);
  const them = post.tokens.flatMap((t, i) => (i > first && THEM[lang].test(t.norm) ? [i] : []));
  return [...mentions, ...them].some((k) => {
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
    // The organization hiring the writer states the relationship as plainly as working there does.
    for (let h = k + 1; h <= k + 5 && same(h); h++) {
      if (HIRES[lang].test(norm(h)) && [h - 2, h - 1, h + 1, h + 2].some((j) => same(j) && ME[lang].test(norm(j)))) return true;
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

/**
 * An open letter to the organization's leadership from someone who works there: "Dear
 * @northwind_ceo, I answer your customers' returns emails …", "Beste directie van Northwind, ik vul
 * jullie schappen …". The salutation opens the post and names the organization or its leadership,
 * and the writer speaks as "I" to "you": no reader takes it for the organization speaking, and the
 * letter says whom the writer works for.
 */
function writesToEmployer(post: Post, mentions: readonly number[]): boolean {
  const lang = post.language;
  const opening = post.tokens.slice(0, 5);
  const salutation = opening.findIndex((t) => SALUTATION.test(t.norm));
  if (salutation === -1) return false;
  const line = post.tokens[salutation]?.sentence;
  const addressed = post.tokens.slice(salutation + 1, salutation + 5).some((t, d) => t.sentence === line && (LEADERSHIP.test(t.norm) || mentions.includes(salutation + 1 + d) || t.prefix === "@"));
  return addressed && post.tokens.some((t) => I[lang].test(t.norm)) && post.tokens.some((t) => YOUR[lang].test(t.norm));
}
