import type { Formatter } from "./types.js";
import { escapeControl } from "./control-chars.js";
import { relativePath } from "./paths.js";

// Workflow commands need %, CR, LF escaped in the message and also :, , in properties; the other
// control characters would reach the log as they are.
const escapeData = (s: string): string => escapeControl(s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A"));
const escapeProperty = (s: string): string => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions annotations: one `::error` / `::warning` line per finding. */
export const formatGithub: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    const file = relativePath(result.filePath, context.cwd);
    for (const m of result.messages) {
      const command = m.severity === "error" ? "error" : "warning";
      const title = m.ruleId ? `postlint(${m.ruleId})` : "postlint";
      const props = `file=${escapeProperty(file)},line=${m.line},col=${m.column},endLine=${m.endLine},endColumn=${m.endColumn},title=${escapeProperty(title)}`;
      const body = m.policy ? `${m.message} (${m.policy})` : m.message;
      lines.push(`::${command} ${props}::${escapeData(body)}`);
    }
  }
  return lines.length ? lines.join("\n") + "\n" : "";
};
