import { escapeControl } from "@postlint/core";
import pack from "@postlint/rules";
import type { FileLinter } from "@postlint/core/node";

/** The rules that apply in `cwd`, with their effective level, as a table or JSON. */
export async function listRules(fileLinter: FileLinter, cwd: string, json: boolean): Promise<string> {
  const linter = await fileLinter.linterFor(cwd);
  const active = new Map(linter.rules.map((r) => [r.rule.id, r]));
  const all = [...pack.rules];
  for (const r of linter.rules) if (!all.includes(r.rule)) all.push(r.rule);
  const rows = all.map((rule) => {
    const a = active.get(rule.id);
    const level = a ? (a.configured ?? `${rule.meta.defaultSeverity} (default)`) : "off";
    return { id: rule.id, level, languages: rule.meta.languages.join(","), policy: rule.meta.policy.join(","), fixable: Boolean(rule.meta.fixable), description: rule.meta.description };
  });
  if (json) return JSON.stringify(rows, null, 2) + "\n";
  const w = Math.max(...rows.map((r) => r.id.length));
  const lw = Math.max(...rows.map((r) => r.level.length));
  // A plugin's ids and descriptions are text from a third party, shown on a terminal.
  return rows.map((r) => escapeControl(`${r.id.padEnd(w)}  ${r.level.padEnd(lw)}  ${r.languages}  ${r.description}`)).join("\n") + "\n";
}
