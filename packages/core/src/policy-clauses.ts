import { localize } from "./custom-rules/index.js";
import type { ClauseTitles, Language, ResolvedConfig } from "./types.js";

/** The organization's clause titles (`policy.clauses`), in the shape packs use, for the `policy` field. */
export function clauseTitlesOf(config: ResolvedConfig): ClauseTitles {
  const out: ClauseTitles = {};
  for (const c of config.policy?.clauses ?? []) {
    const title = (l: Language) => localize(c.title, l) ?? c.id;
    out[c.id] = { en: title("en"), nl: title("nl"), da: title("da") };
  }
  return out;
}

/** The clause a rule's findings cite by default: `policy.map`, else the rule's own main clause. */
export function clauseOfRule(config: ResolvedConfig, ruleId: string, ruleClauses: readonly string[]): string | undefined {
  return config.policy?.map[ruleId] ?? ruleClauses[0];
}
