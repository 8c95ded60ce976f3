/** The nearest candidate within a small edit distance, for "did you mean" hints. */
export function closest(given: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(given.length / 3)) + 1;
  for (const candidate of candidates) {
    const d = editDistance(given.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

/** Rows reused by `editDistance` (brand-voice compares every word of a post with every name). */
let rowsBuffer = new Int32Array(0);

/**
 * Damerau-Levenshtein (optimal string alignment) distance, on UTF-16 code units. Keeps three rows
 * (the two before and the current one) in one reused buffer instead of a matrix per call.
 */
export function editDistance(a: string, b: string): number {
  const cols = b.length + 1;
  if (rowsBuffer.length < 3 * cols) rowsBuffer = new Int32Array(Math.max(3 * cols, 2 * rowsBuffer.length));
  const d = rowsBuffer;
  // Row i lives at offset (i % 3) * cols.
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = (i % 3) * cols;
    const prev = ((i - 1) % 3) * cols;
    const before = ((i + 1) % 3) * cols; // row i - 2
    const ai = a.charCodeAt(i - 1);
    d[row] = i;
    for (let j = 1; j < cols; j++) {
      const bj = b.charCodeAt(j - 1);
      let v = Math.min(d[prev + j]! + 1, d[row + j - 1]! + 1, d[prev + j - 1]! + (ai === bj ? 0 : 1));
      if (i > 1 && j > 1 && ai === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === bj) v = Math.min(v, d[before + j - 2]! + 1);
      d[row + j] = v;
    }
  }
  return d[(a.length % 3) * cols + b.length]!;
}
