import type { Linter } from "@postlint/core";
import type { RuleInfo } from "../responses.js";

export function describeRules(linter: Linter): RuleInfo[] {
  return linter.rules.map(({ rule, configured }) => ({
    id: rule.id,
    description: rule.meta.description,
    policy: [...rule.meta.policy],
    languages: [...rule.meta.languages],
    level: configured ?? "default",
    defaultSeverity: rule.meta.defaultSeverity,
    ...(rule.meta.accounts ? { accounts: [...rule.meta.accounts] } : {}),
    fixable: rule.meta.fixable ?? false,
    ...(rule.meta.docsUrl ? { docsUrl: rule.meta.docsUrl } : {}),
  }));
}
