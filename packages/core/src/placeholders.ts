import type { LexiconEntry } from "./lexicon.js";

/**
 * Expands `{name}` placeholders in lexicon terms with configured values, one term per value:
 * `on behalf of {org}` with `{ org: ["Northwind", "@northwind"] }` becomes two terms. Lets lexicon
 * files (data, no organization names) describe phrases that name the organization from config.
 * A term whose placeholder has no values is dropped; an entry left without terms too.
 */
export function expandPlaceholders(entries: readonly LexiconEntry[], values: Readonly<Record<string, readonly string[]>>): LexiconEntry[] {
  const out: LexiconEntry[] = [];
  for (const entry of entries) {
    const terms = entry.terms.flatMap((term) => expandTerm(term, values));
    if (terms.length > 0) out.push({ ...entry, terms: [...new Set(terms)] });
  }
  return out;
}

function expandTerm(term: string, values: Readonly<Record<string, readonly string[]>>): string[] {
  const match = /\{(\w+)\}/.exec(term);
  if (!match) return [term];
  const name = match[1] ?? "";
  const replacements = values[name] ?? [];
  return replacements.flatMap((value) => expandTerm(term.slice(0, match.index) + value + term.slice(match.index + match[0].length), values));
}
