/**
 * Whom a brand post speaks to. A post that greets someone by name or names them at the end of its
 * first sentence is a reply to that person, a customer, even without a customer word in it.
 */

/** A greeting to someone by name at the start of a post: "Hi Gareth,", "Beste Henk,", "Kære Bente.", "Meneer Bakker,". */
const SALUTATION = /^\s*(?:(?:[Hh]i|[Hh]ey|[Hh]ello|[Dd]ear|[Bb]este|[Hh]oi|[Hh]allo|[Gg]eachte|[Kk]ære|[Hh]ej|[Gg]oddag|[Aa]h|[Oo]h|[Tt]ja|[Nn]å)\s+(?:(?:Mr|Mrs|Ms|[Mm]eneer|[Mm]evrouw|[Hh]r|[Ff]ru)\.?\s+)?|(?:Mr|Mrs|Ms|Meneer|Mevrouw|Hr|Fru)\.?\s+)(?:\p{Lu}[\p{L}'-]+|@[\p{L}\d_.]+)[,.!:]/u;

/** The first sentence closing on a name: "Thanks for the lecture on manners, Gareth.", "Tak for belæringen, Lise." */
const VOCATIVE = /^[^.!?\n]{3,120}?,\s+(\p{Lu}[\p{Ll}'-]+)[.!?]/u;

/** The brand's post speaks to someone by name in its first sentence (not to the organization itself). */
function addressedByName(body: string, names: readonly string[]): boolean {
  const m = VOCATIVE.exec(body);
  return m !== null && !names.some((n) => n.toLowerCase() === (m[1] ?? "").toLowerCase());
}

/** The post opens with a greeting to someone or names someone in its first sentence. */
export const addressesSomeone = (body: string, names: readonly string[]): boolean => SALUTATION.test(body) || addressedByName(body, names);
