import type { Language, Post } from "@postlint/core";
import { conceptEntries } from "./lexicon.js";
import { twistedName } from "./twisted-name.js";

const curseCache = new Map<Language, Set<string>>();
/** One-word curses that can be glued to a name ("kut", "klote", "lorte", "shit"). */
export function curseWords(language: Language): Set<string> {
  let set = curseCache.get(language);
  if (!set) {
    set = new Set(conceptEntries(language, ["curse-prefix", "profanity"]).flatMap((e) => e.terms).filter((t) => !/[\s*]/.test(t)).map((t) => t.toLowerCase()));
    for (const extra of CURSE_PREFIXES[language]) set.add(extra);
    curseCache.set(language, set);
  }
  return set;
}
/** Curse prefixes that are not curse words on their own. */
const CURSE_PREFIXES: Record<Language, readonly string[]> = {
  en: ["shit", "crap", "fucking", "fuck", "bloody", "wank", "piss"],
  nl: ["kut", "klote", "rot", "tering", "kanker", "tyfus", "hoere", "hoeren", "pleuris", "kolere"],
  da: ["lorte", "pisse", "møg", "fucking", "skide", "satans", "helvedes", "hore"],
};

/**
 * The organization's name cursed: a curse glued or hyphened to it ("Pisse-Northwind",
 * "teringNorthwind") or swapped in for part of it ("Shitwind", "Northwank"). Only curse words, not
 * the milder insults `twistedName` also knows ("NorthWASTE"): this is swearing.
 */
export function cursedName(post: Post, names: readonly string[], mentions: readonly { first: number; start: number; end: number }[]): { start: number; end: number } | undefined {
  const curses = curseWords(post.language);
  for (const mention of mentions) {
    const before = post.tokens[mention.first - 1];
    if (before && post.tokens[mention.first]?.joined && curses.has(before.norm)) return { start: before.start, end: mention.end };
  }
  return names.length > 0 ? twistedName(post, names, curses, { insults: false }) : undefined;
}
