import type { LintMessage, LintResult, ResolvedConfig } from "@postlint/core";
import type { GateReason } from "./responses.js";

export type Decision = "allow" | "review" | "block";
export type GateThresholds = ResolvedConfig["gate"];

/**
 * Block on findings at or above `gate.block`, else review on findings at or above `gate.review`,
 * else allow. `never` turns a step off. A rule that crashed reports a fatal error, so an unchecked
 * post is blocked rather than waved through.
 */
export function decide(result: LintResult, gate: Pick<GateThresholds, "block" | "review">): { decision: Decision; reasons: GateReason[] } {
  const blocking = result.messages.filter((m) => reaches(m, gate.block));
  if (blocking.length) return { decision: "block", reasons: blocking.map(toReason) };
  const reviewing = result.messages.filter((m) => reaches(m, gate.review));
  if (reviewing.length) return { decision: "review", reasons: reviewing.map(toReason) };
  return { decision: "allow", reasons: [] };
}

function reaches(message: LintMessage, threshold: GateThresholds["block"]): boolean {
  if (threshold === "never") return false;
  return threshold === "warn" || message.severity === "error";
}

function toReason(m: LintMessage): GateReason {
  return { ruleId: m.ruleId, severity: m.severity, message: m.message, ...(m.policy ? { policy: m.policy } : {}), ...(m.suppressed ? { suppressed: true } : {}) };
}
