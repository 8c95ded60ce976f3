import type { LexiconEntry, PhraseHit, Post } from "@postlint/core";

/** Possessives that make a boss word the writer's real one ("my manager", "mijn baas", "min chef"). */
const POSSESSIVE = new Set(["my", "our", "mijn", "m'n", "onze", "ons", "min", "mit", "vores"]);

/**
 * "Onze kat heeft de leiding overgenomen op mijn thuiswerkplek. Slechte baas", "Hunden har
 * overtaget hjemmekontoret og er en frygtelig chef": a pet named a few words before a workplace
 * word (or, for a boss word, anywhere in that sentence or the one before) is what the joke is
 * about, not a workplace. "My manager" with a
 * possessive stays the writer's manager, whatever the dog did.
 */
export function petJoke(post: Post, target: PhraseHit<LexiconEntry>, pets: readonly PhraseHit<LexiconEntry>[]): boolean {
  if (pets.length === 0) return false;
  const before = post.tokens[target.first - 1];
  if (POSSESSIVE.has(post.tokens[target.first]?.norm ?? "") || (before && POSSESSIVE.has(before.norm))) return false;
  const sentence = post.tokens[target.first]?.sentence ?? -1;
  const boss = target.data.tags.includes("boss");
  return pets.some((p) => {
    const at = post.tokens[p.first]?.sentence ?? -9;
    return p.first < target.first && ((at === sentence && target.first - p.first <= 6) || (boss && at >= sentence - 1));
  });
}
