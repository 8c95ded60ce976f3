import type { LintMessage } from "./types.js";

/** Applies non-overlapping fixes, first come first served; a fix never touches text outside its range. */
export function applyFixes(text: string, messages: readonly LintMessage[]): string {
  const fixes = messages.flatMap((m) => (m.fix ? [m.fix] : [])).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  let out = "";
  let cursor = 0;
  for (const fix of fixes) {
    const [start, end] = fix.range;
    if (start < cursor || end > text.length || start > end) continue;
    out += text.slice(cursor, start) + fix.text;
    cursor = end;
  }
  return out + text.slice(cursor);
}
