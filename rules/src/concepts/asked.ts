import type { Language, Post } from "@postlint/core";

/** Asking: "people keep asking if", "vragen of", "spørger, om". */
const ASK: Record<Language, ReadonlySet<string>> = {
  en: new Set(["ask", "asks", "asked", "asking", "wonder", "wonders", "wondered", "wondering"]),
  nl: new Set(["vraagt", "vragen", "vroeg", "vroegen", "afvragen"]),
  da: new Set(["spørger", "spurgte", "spørge", "undrer", "undrede"]),
};
const IF: Record<Language, ReadonlySet<string>> = {
  en: new Set(["if", "whether"]),
  nl: new Set(["of"]),
  da: new Set(["om"]),
};
/** The answer that denies it: "No.", "Honestly? No.", "Nee hoor", "Nej da!", "Echt niet!". */
const DENIAL: Record<Language, ReadonlySet<string>> = {
  en: new Set(["no", "nope", "nah", "never"]),
  nl: new Set(["nee", "neen", "nope", "niet", "nooit"]),
  da: new Set(["nej", "næh", "aldrig"]),
};

/**
 * A word inside a question someone asks ("People keep asking if I hate the new job", "Folk spørger,
 * om jeg hader det nye job") that the writer then answers with a no in the next sentence or the
 * one after ("Honestly? No.", "Nej da!"): the complaint is what was asked, and denied. Dutch puts
 * the verb last ("vragen of ik mijn baan bij de thuiszorg haat"), so the "if" may be eight words back. "My mum asks
 * whether I hate my boss. I do." keeps it.
 */
export function askedAndDenied(post: Pick<Post, "tokens" | "sentences" | "language">, index: number): boolean {
  const { tokens, language } = post;
  const sentence = tokens[index]?.sentence;
  if (sentence === undefined) return false;
  let asked = false;
  for (let i = index - 1; i >= 0 && i >= index - 8 && tokens[i]?.sentence === sentence; i--) {
    if (!IF[language].has(tokens[i]?.norm ?? "")) continue;
    asked = [i - 1, i - 2, i - 3].some((k) => k >= 0 && tokens[k]?.sentence === sentence && ASK[language].has(tokens[k]?.norm ?? ""));
    if (asked) break;
  }
  if (!asked) return false;
  return [sentence + 1, sentence + 2].some((s) => {
    const range = post.sentences[s]?.tokens;
    return range !== undefined && tokens.slice(range[0], Math.min(range[1], range[0] + 3)).some((t) => DENIAL[language].has(t.norm));
  });
}
