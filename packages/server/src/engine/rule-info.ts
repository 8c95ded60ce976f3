import type { Linter } from "@postlint/core";
import type { RuleInfo } from "../responses.js";

export function describeRules(linter: Linter): RuleInfo[] {
  return linter.rules.map(({ rule, configured }) => ({
    id: rule.id,
    description: rule.meta.description,
    // The organization's clause (`policy.map`) when it has one, else the default policy's.
    policy: linter.config.policy?.map[rule.id] ? [linter.config.policy.map[rule.id] as string] : [...rule.meta.policy],
    languages: [...rule.meta.languages],
    level: configured ?? "default",
    defaultSeverity: rule.meta.defaultSeverity,
    ...(rule.meta.accounts ? { accounts: [...rule.meta.accounts] } : {}),
    fixable: rule.meta.fixable ?? false,
    ...(rule.meta.docsUrl ? { docsUrl: rule.meta.docsUrl } : {}),
  }));
}
