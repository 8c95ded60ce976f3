import type { LintMessage } from "../types.js";
import { relativePath } from "./paths.js";
import type { Formatter } from "./types.js";

/**
 * JUnit XML, as ESLint's `junit` formatter writes it: one test suite per post, one failing test
 * case per finding, and one passing case for a clean post, so CI dashboards (Jenkins, GitLab,
 * Azure DevOps) count posts checked as well as problems found.
 */
export const formatJunit: Formatter = (results, context) => {
  const out = ['<?xml version="1.0" encoding="utf-8"?>', "<testsuites>"];
  for (const result of results) {
    const file = xml(relativePath(result.filePath, context.cwd));
    const count = Math.max(result.messages.length, 1);
    out.push(`  <testsuite package="postlint" time="0" tests="${count}" errors="${result.messages.length}" name="${file}">`);
    if (result.messages.length === 0) out.push(`    <testcase time="0" name="postlint" classname="${file}" />`);
    for (const m of result.messages) {
      out.push(`    <testcase time="0" name="postlint.${xml(m.ruleId ?? "input")}" classname="${file}">`);
      out.push(`      <failure message="${xml(m.message)}">${xml(detail(m))}</failure>`);
      out.push("    </testcase>");
    }
    out.push("  </testsuite>");
  }
  out.push("</testsuites>");
  return `${out.join("\n")}\n`;
};

function detail(m: LintMessage): string {
  const level = m.severity === "error" ? "Error" : "Warning";
  return `line ${m.line}, col ${m.column}, ${level} - ${m.message}${m.policy ? ` (${m.policy})` : ""}${m.ruleId ? ` (${m.ruleId})` : ""}`;
}

/**
 * Escapes text for an XML attribute or element. Control characters that XML 1.0 cannot hold at
 * all (a post may contain terminal escapes) become visible `\uXXXX` text instead of breaking the file.
 */
function xml(text: string): string {
  return text
    .replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&apos;" })[c] ?? c)
    // eslint-disable-next-line no-control-regex -- matching control characters is the point
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
