import type { Language, Post } from "@postlint/core";

/**
 * Words that point a slur or insult at someone: a pronoun, an article ("a retard", "een mongool",
 * "en spasser") or an intensifier that only goes with people ("proper", "sikke", "echt een").
 */
const BEFORE: Record<Language, ReadonlySet<string>> = {
  en: new Set(["you", "you're", "youre", "ur", "u", "he", "she", "he's", "she's", "hes", "shes", "him", "her", "they're", "theyre", "a", "an", "such", "what", "proper", "total", "complete", "absolute", "bunch", "little", "bloody", "fucking"]),
  nl: new Set(["je", "jij", "jou", "hij", "zij", "ze", "hem", "haar", "die", "een", "zo'n", "echt", "wat", "stelletje", "vuile", "vieze", "kleine", "vuil"]),
  da: new Set(["du", "dig", "han", "hun", "ham", "hende", "den", "en", "et", "sikke", "fandme", "sgu", "lille", "din", "dit", "jeres"]),
};

/** A person noun right after the word ("the autistic guy", "die debiele collega"). */
const AFTER: Record<Language, ReadonlySet<string>> = {
  en: new Set(["guy", "guys", "girl", "girls", "bloke", "woman", "women", "man", "men", "lady", "colleague", "colleagues", "boss", "kid", "customer", "customers", "people"]),
  nl: new Set(["vent", "gozer", "meid", "meisje", "collega", "collega's", "wijf", "man", "vrouw", "klant", "klanten", "baas", "mensen"]),
  da: new Set(["fyr", "pige", "dame", "kvinde", "mand", "kollega", "kunde", "kunder", "chef", "folk", "mennesker"]),
};

/** The words `[first, last)` are aimed at a person: a pointer word close before them, in the same sentence, or a person noun after. */
export function aimedAtPerson(post: Pick<Post, "tokens" | "language">, first: number, last: number, window = 4): boolean {
  const tokens = post.tokens;
  const sentence = tokens[first]?.sentence;
  const before = BEFORE[post.language];
  for (let i = first - 1; i >= 0 && i >= first - window; i--) {
    const t = tokens[i];
    if (!t || t.sentence !== sentence) break;
    if (before.has(t.norm)) return true;
  }
  const next = tokens[last];
  return next !== undefined && next.sentence === sentence && AFTER[post.language].has(next.norm);
}
