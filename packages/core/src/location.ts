/**
 * A line ends at LF, CRLF or a lone CR (classic Mac files, some exports): every format counts lines
 * this way, so a finding's line and column are the same in stylish, JSON, SARIF and GitHub output.
 */
const LINE_BREAK = /\r\n?|\n/g;

/** Offset → 1-based line and column (UTF-16 units, as editors count). Built once per post. */
export function createLocator(text: string): { line(offset: number): number; position(offset: number): { line: number; column: number } } {
  const starts = [0];
  for (const m of text.matchAll(LINE_BREAK)) starts.push(m.index + m[0].length);
  const line = (offset: number): number => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
  return {
    line,
    position(offset) {
      const l = line(offset);
      return { line: l, column: offset - (starts[l - 1] ?? 0) + 1 };
    },
  };
}

/** The lines of a text, each with its line break kept (so joining them gives the text back). */
export function splitLines(text: string): string[] {
  return text.split(/(?<=\r\n|\r(?!\n)|\n)/);
}

/** A line from `splitLines` without its line break. */
export function withoutBreak(line: string): string {
  return line.replace(/\r\n?$|\n$/, "");
}
