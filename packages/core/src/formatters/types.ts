import type { LintResult, RuleMeta } from "../types.js";

export interface RuleInfo {
  id: string;
  meta: Pick<RuleMeta, "description" | "policy" | "defaultSeverity" | "docsUrl" | "languages">;
}

export interface FormatContext {
  /** Paths in the output are relative to this folder. */
  cwd: string;
  color: boolean;
  rules: readonly RuleInfo[];
  /** Source text per file, to show the flagged line. */
  sources?: ReadonlyMap<string, string>;
  version?: string;
}

export type Formatter = (results: readonly LintResult[], context: FormatContext) => string;

export const FORMAT_NAMES = ["stylish", "json", "sarif", "github", "gitlab", "junit"] as const;
export type FormatName = (typeof FORMAT_NAMES)[number];
