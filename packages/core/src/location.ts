/** Offset → 1-based line and column (UTF-16 units, as editors count). Built once per post. */
export function createLocator(text: string): { line(offset: number): number; position(offset: number): { line: number; column: number } } {
  const starts = [0];
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) starts.push(i + 1);
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
