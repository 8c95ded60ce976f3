// The one way rule tests turn a result into short strings for `toEqual`: each test's own
// `findings()` sets up its linter and post, then picks the rules and fields it asserts on here.
import type { LintMessage, LintResult } from "@postlint/core";

/** `position` is `line:column`, `span` is `line:column-endColumn`; a missing `text` shows as "". */
export type FindingField = "ruleId" | "severity" | "messageId" | "text" | "position" | "span";

const FIELDS: Record<FindingField, (m: LintMessage) => string> = {
  ruleId: (m) => String(m.ruleId),
  severity: (m) => m.severity,
  messageId: (m) => String(m.messageId),
  text: (m) => m.text ?? "",
  position: (m) => `${m.line}:${m.column}`,
  span: (m) => `${m.line}:${m.column}-${m.endColumn}`,
};

/** The messages of `rules` (every rule when absent), each as its `fields` joined by spaces: `["severity", "text"]` → "warn damn". */
export function findingsOf(result: LintResult, rules: string | readonly string[] | undefined, fields: readonly FindingField[]): string[] {
  const wanted = rules === undefined ? undefined : new Set(typeof rules === "string" ? [rules] : rules);
  return result.messages.filter((m) => !wanted || (m.ruleId !== null && wanted.has(m.ruleId))).map((m) => fields.map((f) => FIELDS[f](m)).join(" "));
}
