import type { LintMessage } from "../types.js";
import { relativePath } from "./paths.js";
import type { Formatter } from "./types.js";

/**
 * GitLab Code Quality (the `codequality` report artifact): a JSON array of issues that GitLab
 * shows in merge requests. A finding's fingerprint must stay the same while the finding does, so
 * it is made of what the finding is (file, rule, message id, flagged words and how many times the
 * same words were flagged before in that file), not of its line, which moves with every edit.
 */
export const formatGitlab: Formatter = (results, context) => {
  const issues: object[] = [];
  for (const result of results) {
    const path = relativePath(result.filePath, context.cwd);
    const seen = new Map<string, number>();
    for (const m of result.messages) {
      const identity = [path, m.ruleId ?? "input", m.messageId ?? "", m.text ?? m.message].join("\u0000");
      const occurrence = seen.get(identity) ?? 0;
      seen.set(identity, occurrence + 1);
      issues.push({
        type: "issue",
        check_name: m.ruleId ?? "postlint/input",
        description: m.policy ? `${m.message} (${m.policy})` : m.message,
        categories: ["Style"],
        severity: severityOf(m),
        fingerprint: fingerprint(`${identity}\u0000${occurrence}`),
        location: { path, lines: { begin: m.line, end: m.endLine } },
      });
    }
  }
  return `${JSON.stringify(issues, null, 2)}\n`;
};

/** GitLab's scale is info, minor, major, critical, blocker. */
function severityOf(m: LintMessage): string {
  if (m.fatal) return "blocker";
  return m.severity === "error" ? "major" : "minor";
}

/**
 * 64 bits of FNV-1a, twice with different offsets: unique enough to tell findings apart, and pure
 * JavaScript, because core's formatters also run in the browser where node:crypto is missing.
 */
function fingerprint(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193);
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}
