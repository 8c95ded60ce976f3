import type { Language, Post } from "@postlint/core";

/** Work nouns a cursing hashtag ends in ("#fuckthisjob", "#kutwerk", "#lortejob"). */
const WORK_TAIL: Record<Language, RegExp> = {
  en: /(?:job|work|shift|office|place|boss|manager|company|rota|store|shop|warehouse|depot|postoffice|callcentre|callcenter|customers)$/u,
  nl: /(?:baan|werk|dienst|kantoor|tent|baas|manager|bedrijf|rooster|winkel|magazijn|klanten|zaak)$/u,
  da: /(?:job|arbejde|arbejdet|vagt|kontor|sted|chef|firma|vagtplan|butik|lager|kunder)$/u,
};

/**
 * A hashtag that starts with a curse and ends in a work noun ("#fuckthisjob", "#fuckthispostoffice",
 * "#kutwerk", "#lortejob"): the writer swearing at their work, where a profanity list sees only the
 * curse. Its span, or undefined.
 */
export function cursedWorkHashtag(post: Post, curses: ReadonlySet<string>): [number, number] | undefined {
  const hashtags = post.tokens.filter((t) => t.prefix === "#" && t.norm.length >= 7);
  if (hashtags.length === 0) return undefined;
  const prefixes = [...curses].filter((c) => c.length >= 3);
  for (const t of hashtags) {
    const curse = prefixes.find((c) => t.norm.startsWith(c));
    if (curse && t.norm.length > curse.length + 2 && WORK_TAIL[post.language].test(t.norm.slice(curse.length))) return [t.start - 1, t.end];
  }
  return undefined;
}
