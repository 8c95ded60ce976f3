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
    const terms = [...new Set(entry.terms.flatMap((term) => expandTerm(term, values)))];
    if (terms.length === 0) continue;
    // Terms left as they were keep their array: a pack's index of first words knows an entry by it
    // (lexicon-index.ts), so a matcher of the filled entries need not read their phrases again.
    const same = terms.length === entry.terms.length && terms.every((term, i) => term === entry.terms[i]);
    out.push({ ...entry, terms: same ? entry.terms : terms });
  }
  return out;
}

function expandTerm(term: string, values: Readonly<Record<string, readonly string[]>>): string[] {
  const match = /\{([\p{L}\p{N}_]+)\}/u.exec(term);
  if (!match) return [term];
  const name = match[1] ?? "";
  const replacements = values[name] ?? [];
  return replacements.flatMap((value) => expandTerm(term.slice(0, match.index) + value + term.slice(match.index + match[0].length), values));
}

/**
 * Word classes inside lexicon data. An entry tagged `class:NAME` lists the members of NAME (its
 * terms, one or more words each), and `{NAME}` in any other term stands for one of them:
 *
 * ```yaml
 * - terms: [he, she, "that guy"]
 *   tags: ["class:person"]
 * - terms: ["know where {person} lives"]   # know where he lives, … she lives, … that guy lives
 *   tags: [threat]
 * ```
 *
 * NAME is letters, digits and `_`. Class entries are left out of the result. A member may use another class. Placeholders that name
 * no class (`{org}`, filled from config by `expandPlaceholders`) are kept as they are. Run it once,
 * before compiling: a term with several classes becomes every combination of their members.
 */
export function expandWordClasses(entries: readonly LexiconEntry[]): LexiconEntry[] {
  const classes = new Map<string, string[]>();
  for (const entry of entries) {
    for (const tag of entry.tags) if (tag.startsWith("class:")) classes.set(tag.slice(6), [...(classes.get(tag.slice(6)) ?? []), ...entry.terms]);
  }
  if (classes.size === 0) return [...entries];
  const expand = (term: string, depth: number): string[] => {
    // The first placeholder that names a class; others (`{org}`) stay for expandPlaceholders.
    const match = [...term.matchAll(/\{([\p{L}\p{N}_]+)\}/gu)].find((m) => classes.has(m[1] ?? ""));
    if (!match || depth > 4) return [term];
    const head = term.slice(0, match.index);
    const tail = term.slice(match.index + match[0].length);
    return (classes.get(match[1] ?? "") ?? []).flatMap((member) => expand(head + member + tail, member.includes("{") ? depth + 1 : depth));
  };
  const out: LexiconEntry[] = [];
  for (const entry of entries) {
    if (entry.tags.some((tag) => tag.startsWith("class:"))) continue;
    out.push({ ...entry, terms: [...new Set(entry.terms.flatMap((term) => expand(term, 0)))] });
  }
  return out;
}
