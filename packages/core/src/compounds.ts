import type { LexiconEntry } from "./lexicon.js";

/**
 * Danish and Dutch write compounds as one word: `lortejob`, `klotebaas`, `pissefirma`,
 * `Northwindfirmaet`. A lexicon entry says how its words combine, with a tag:
 * - `compound:head`: its words also match as the end of a longer word (`baas` → klotebaas);
 * - `compound:modifier`: its words also match as the start of a longer word (`lorte` → lortejob).
 * The phrase matcher does the matching (`*baas`, `lorte*`); this adds those patterns, once, when a
 * lexicon is compiled. Only single words of four letters or more take part: shorter ones end or
 * start too many unrelated words.
 */
const COMPOUND_HEAD = "compound:head";
const COMPOUND_MODIFIER = "compound:modifier";
const MIN_PART = 4;

/** Which compound forms `tags` ask for (0 none, 1 head, 2 modifier, 3 both): entries of the same terms and kind have the same phrases. */
export const compoundKind = (tags: readonly string[]): number => (tags.includes(COMPOUND_HEAD) ? 1 : 0) + (tags.includes(COMPOUND_MODIFIER) ? 2 : 0);

export function compoundTerms(entry: Pick<LexiconEntry, "terms" | "tags">): string[] {
  const head = entry.tags.includes(COMPOUND_HEAD);
  const modifier = entry.tags.includes(COMPOUND_MODIFIER);
  if (!head && !modifier) return entry.terms;
  const out = [...entry.terms];
  for (const term of entry.terms) {
    if (!isPart(term)) continue;
    if (head) out.push(`*${term}`);
    if (modifier) out.push(`${term}*`);
  }
  return out;
}

/** A configured name as the first part of a compound (`Northwindfirmaet`, `Auroraen`), as a pattern. */
export function asModifier(name: string): string | undefined {
  return isPart(name) && name.length > MIN_PART ? `${name}*` : undefined;
}

const isPart = (term: string): boolean => term.length >= MIN_PART && /^\p{L}+$/u.test(term);
