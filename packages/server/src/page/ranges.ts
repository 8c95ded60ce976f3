// Findings carry line/column positions in the text that was checked. The draft keeps changing
// while a check is in flight, so positions are turned into offsets and carried across the edit.

export interface Span {
  start: number;
  end: number;
}

/** Where each line starts, for 1-based line/column → offset. */
export function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
  return starts;
}

/** 1-based line and column (UTF-16 units, as postlint reports them) → offset, clamped to the text. */
function offsetAt(starts: readonly number[], length: number, line: number, column: number): number {
  const lineStart = starts[Math.max(0, Math.min(line - 1, starts.length - 1))] ?? 0;
  return Math.max(0, Math.min(length, lineStart + column - 1));
}

export function spanOf(text: string, starts: readonly number[], m: { line: number; column: number; endLine: number; endColumn: number }): Span {
  const start = offsetAt(starts, text.length, m.line, m.column);
  return { start, end: Math.max(start, offsetAt(starts, text.length, m.endLine, m.endColumn)) };
}

/** The one region that differs between two texts: `removed` units at `at` were replaced by `inserted`. */
export interface Edit {
  at: number;
  removed: number;
  inserted: number;
}

export function diffEdit(before: string, after: string): Edit | null {
  if (before === after) return null;
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < max - prefix && before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)) suffix++;
  return { at: prefix, removed: before.length - prefix - suffix, inserted: after.length - prefix - suffix };
}

/** Carries a span across an edit; null when the edit touched it (the finding may no longer hold). */
export function mapSpan(span: Span, edit: Edit | null): Span | null {
  if (!edit) return span;
  if (span.end <= edit.at) return span;
  const delta = edit.inserted - edit.removed;
  if (span.start >= edit.at + edit.removed) return { start: span.start + delta, end: span.end + delta };
  return null;
}
