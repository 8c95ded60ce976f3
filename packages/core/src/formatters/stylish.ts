import pc from "picocolors";
import type { LintMessage } from "../types.js";
import { splitLines, withoutBreak } from "../location.js";
import { escapeControl } from "./control-chars.js";
import { relativePath } from "./paths.js";
import type { Formatter } from "./types.js";

/** For people: grouped by file, each finding with its line and the flagged words underlined. */
export const formatStylish: Formatter = (results, context) => {
  const c = pc.createColors(context.color);
  let errors = 0;
  let warnings = 0;
  let fixable = 0;
  const out: string[] = [];
  for (const result of results) {
    if (result.messages.length === 0) continue;
    errors += result.errorCount;
    warnings += result.warningCount;
    fixable += result.fixableErrorCount + result.fixableWarningCount;
    const source = context.sources?.get(result.filePath);
    // Split once per file and index masked findings by line: a huge post can have thousands of findings.
    const lines = source === undefined ? undefined : splitLines(source);
    const maskedByLine = lines ? maskedFindingsByLine(lines, result.messages) : undefined;
    const lang = result.language ? c.dim(` (${result.language}${result.languageDetected ? ", detected" : ""})`) : "";
    out.push("", c.underline(escapeControl(relativePath(result.filePath, context.cwd))) + lang);
    for (const m of result.messages) {
      const severity = m.severity === "error" ? c.red("error") : c.yellow("warning");
      const rule = m.ruleId ? c.dim(escapeControl(m.ruleId)) : "";
      out.push(`  ${c.dim(`${m.line}:${m.column}`.padEnd(7))} ${severity}  ${escapeControl(m.message)}${rule ? `  ${rule}` : ""}`);
      if (m.policy) out.push(`  ${" ".repeat(7)} ${c.dim(`policy ${escapeControl(m.policy)}`)}`);
      if (m.source?.image !== undefined) out.push(`  ${" ".repeat(7)} ${c.dim(`in image ${escapeControl(m.source.image)}`)}`);
      const excerpt = lines && maskedByLine ? excerptOf(lines, m, maskedByLine.get(m.line) ?? []) : undefined;
      if (excerpt) out.push(`  ${" ".repeat(7)} ${c.dim("│")} ${excerpt.line}`, `  ${" ".repeat(7)} ${c.dim("│")} ${excerpt.pad}${(m.severity === "error" ? c.red : c.yellow)(excerpt.mark)}`);
    }
  }
  const total = errors + warnings;
  if (total === 0) return "";
  const summary = `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"})`;
  out.push("", (errors ? c.red : c.yellow)(c.bold(summary)));
  if (fixable) out.push(c.dim(`  ${fixable} of them can be fixed with --fix.`));
  return out.join("\n") + "\n";
};

const MAX_EXCERPT = 100;

/** The flagged line, trimmed to the finding, with `^^^` under the flagged words (masked text stays masked). */
function excerptOf(lines: readonly string[], m: LintMessage, masked: readonly LintMessage[]): { line: string; pad: string; mark: string } | undefined {
  if (m.fatal || m.line < 1) return undefined;
  const line = lines[m.line - 1];
  if (line === undefined) return undefined;
  let display = withoutBreak(line).replace(/\t/g, " ");
  let from = m.column - 1;
  let to = m.endLine === m.line ? m.endColumn - 1 : display.length;
  if (to <= from) return undefined;
  // Never echo a masked value, this finding's or another one's on the same line: show the masked
  // text in place of the original, right to left so earlier columns stay valid. A masked value
  // spanning lines (a private key) cannot be shown in one line, so such a line gets no excerpt.
  if (masked.some((o) => o.line !== o.endLine)) return undefined;
  for (const o of [...masked].sort((a, b) => b.column - a.column)) {
    const text = o.text as string;
    const [a, b] = [o.column - 1, o.endColumn - 1];
    if (a < 0 || b > display.length || b < a) return undefined;
    display = display.slice(0, a) + text + display.slice(b);
    const shift = text.length - (b - a);
    if (a === from && b === to) to += shift;
    else if (a < from) {
      from += shift;
      to += shift;
    }
  }
  let offset = 0;
  if (display.length > MAX_EXCERPT) {
    offset = Math.max(0, Math.min(from - 20, display.length - MAX_EXCERPT));
    display = (offset > 0 ? "…" : "") + display.slice(offset, offset + MAX_EXCERPT) + (offset + MAX_EXCERPT < display.length ? "…" : "");
    const shift = offset > 0 ? 1 : 0;
    from = from - offset + shift;
    to = Math.min(to - offset + shift, display.length);
  }
  // Escaped per part, so the carets stay under the flagged words however wide the escapes are.
  const [before, flagged] = [escapeControl(display.slice(0, from)), escapeControl(display.slice(from, to))];
  return { line: before + flagged + escapeControl(display.slice(to)), pad: " ".repeat(width(before)), mark: "^".repeat(Math.max(1, width(flagged))) };
}

/** Findings whose `text` differs from the source (masked values), under every line they cover. */
function maskedFindingsByLine(lines: readonly string[], messages: readonly LintMessage[]): Map<number, LintMessage[]> {
  const byLine = new Map<number, LintMessage[]>();
  for (const o of messages) {
    // A finding in an image quotes the image's text, not the post's: the excerpt shows the image's reference.
    if (o.text === undefined || o.fatal || o.source || o.text === sliceOf(lines, o)) continue;
    for (let l = o.line; l <= o.endLine; l++) {
      const list = byLine.get(l);
      if (list) list.push(o);
      else byLine.set(l, [o]);
    }
  }
  return byLine;
}

/** The source text a finding covers, to tell whether its `text` was masked. */
function sliceOf(lines: readonly string[], m: LintMessage): string {
  if (m.line === m.endLine) return (lines[m.line - 1] ?? "").slice(m.column - 1, m.endColumn - 1);
  // The lines keep their line breaks, so the slice is the source text exactly (CRLF and CR included).
  const parts = [(lines[m.line - 1] ?? "").slice(m.column - 1), ...lines.slice(m.line, m.endLine - 1), (lines[m.endLine - 1] ?? "").slice(0, m.endColumn - 1)];
  return parts.join("");
}

const ASCII = /^[ -~]*$/;

/** Display width: emoji and CJK take two columns, combining marks none. */
function width(s: string): number {
  // Printable ASCII is one column a character (none of it is a mark or wide): most excerpts, in one test
  // instead of two Unicode tests a character (a large run spent 2% of its time here).
  if (ASCII.test(s)) return s.length;
  let w = 0;
  for (const ch of s) {
    if (/\p{Mn}|\u200d|\ufe0f/u.test(ch)) continue;
    w += /\p{Extended_Pictographic}|[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\uff00-\uff60]/u.test(ch) ? 2 : 1;
  }
  return w;
}
