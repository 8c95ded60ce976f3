import { asModifier } from "./compounds.js";
import { compilePhrases, type PhraseHit, type PhraseMatcher } from "./phrases.js";
import type { Post, ProductConfig, ResolvedConfig } from "./types.js";

export type MentionKind = "organization" | "competitor" | "product";

export interface Mention {
  kind: MentionKind;
  /** The configured canonical name (`Northwind Traders`, `Aurora Pro`). */
  name: string;
  product?: ProductConfig;
}

export interface MentionMatcher {
  find(post: Pick<Post, "text" | "tokens">): PhraseHit<Mention>[];
  /** Products not launched on `date` (`YYYY-MM-DD`); the launch day itself counts as launched. */
  unreleasedOn(date: string): (hit: PhraseHit<Mention>) => boolean;
}

/**
 * Mentions of the organization, its competitors and products, in possessive and compound forms
 * ("Northwind's", "Northwinds", "Northwind-medewerker", "Northwindfirmaet", "#northwind", "@northwind").
 */
export function compileMentions(config: Pick<ResolvedConfig, "organization" | "products">): MentionMatcher {
  const entries: { phrase: string; data: Mention }[] = [];
  const org = config.organization;
  for (const phrase of [org.name, ...org.aliases]) if (phrase) entries.push({ phrase, data: { kind: "organization", name: org.name ?? phrase } });
  for (const phrase of org.competitors) entries.push({ phrase, data: { kind: "competitor", name: phrase } });
  for (const product of config.products) {
    for (const phrase of [product.name, ...product.aliases].flatMap(inEachLanguage)) entries.push({ phrase, data: { kind: "product", name: product.name, product } });
  }
  // Single-word names start compounds too: "Northwindfirmaet", "Contosokunder".
  for (const { phrase, data } of [...entries]) {
    const modifier = asModifier(phrase);
    if (modifier) entries.push({ phrase: modifier, data });
  }
  const matcher: PhraseMatcher<Mention> = compilePhrases(entries, { possessive: true });
  return {
    find: (post) => matcher.find(post),
    unreleasedOn: (date) => (hit) => Boolean(hit.data.product?.launch && date < hit.data.product.launch),
  };
}

// A codename's "Project" is translated by whoever writes it: "Project Kestrel" is "Projekt Kestrel" in Danish.
const PROJECT = /^(project|projekt)(\s+\S.*)$/i;

/** The name as configured, and with its leading "Project" in the other languages' spelling. */
function inEachLanguage(phrase: string): string[] {
  const m = PROJECT.exec(phrase);
  if (!m) return [phrase];
  const rest = m[2] ?? "";
  return [phrase, ...["Project", "Projekt"].filter((word) => word.toLowerCase() !== m[1]?.toLowerCase()).map((word) => word + rest)];
}
