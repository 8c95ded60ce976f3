import type { Language, Post } from "@postlint/core";

/** Words that twist a name into an insult when glued to part of it ("North|WASTE", "Shit|wind"). */
const INSULTS: Record<Language, readonly string[]> = {
  en: ["waste", "worst", "hell", "dump", "joke", "scam", "mess", "fail", "rot", "pit", "crook", "crooks", "thief", "thieves", "clown", "clowns", "circus", "liar", "liars", "greed", "cheat", "cheats", "trash", "rubbish", "sucks", "slave", "slaves", "wrong", "wank", "wanks", "crap", "shame", "sham", "farce", "loser", "losers", "hole", "pits", "worse", "lies", "liars", "greedy", "broke", "bust", "fraud", "sinking", "doom", "gloom"],
  nl: ["zooi", "bende", "puinhoop", "rotzooi", "schijt", "hel", "oplichters", "boeven", "dieven", "graai", "slaven", "uitbuiters", "clowns", "circus", "bagger", "drama", "ramp", "prut", "faal", "nep", "zwendel", "fout", "kut", "klote", "tering"],
  da: ["lort", "pis", "røv", "svin", "rod", "helvede", "svindlere", "tyve", "slaver", "grådige", "klovne", "cirkus", "møg", "fup", "skod", "svindel", "fiasko", "fejl", "kaos", "lorte"],
};

/** The letters of a name word, lower-cased; words shorter than six letters are too common to twist. */
const nameWords = (names: readonly string[]): string[] =>
  [...new Set(names.flatMap((n) => n.toLowerCase().split(/[^\p{L}]+/u)).filter((w) => w.length >= 6))];

/**
 * The organization's name twisted into an insult, glued into one word: a curse before or after it
 * ("teringNorthwind", "Northwindshit"), or one part of the name swapped for an insult
 * ("NorthWASTE", "Shitwind"). `curses` are the language's curse words; `names` the organization's
 * name and aliases; `insults: false` keeps to the curses. Swapping needs four letters of the name kept, so "Northwest" and "Tailwind"
 * (no insult) stay names of their own.
 */
export function twistedName(post: Post, names: readonly string[], curses: ReadonlySet<string>, { insults = true } = {}): { start: number; end: number } | undefined {
  const words = nameWords(names);
  if (words.length === 0) return undefined;
  const bad = new Set([...curses, ...(insults ? INSULTS[post.language] : [])]);
  const isBad = (part: string): boolean => part.length >= 3 && bad.has(part);
  for (const token of post.tokens) {
    const t = token.norm;
    if (t.length < 7 || !/^\p{L}+$/u.test(t)) continue;
    for (const w of words) {
      if (t === w) continue;
      if ((t.startsWith(w) && isBad(t.slice(w.length))) || (t.endsWith(w) && isBad(t.slice(0, t.length - w.length)))) return token;
      for (let k = 4; k <= w.length - 3; k++) {
        const head = w.slice(0, k);
        const tail = w.slice(k);
        if (t.startsWith(head) && isBad(t.slice(k)) && t.slice(k) !== tail) return token;
        if (t.endsWith(tail) && tail.length >= 4 && isBad(t.slice(0, t.length - tail.length)) && t.slice(0, t.length - tail.length) !== head) return token;
      }
    }
  }
  return undefined;
}
