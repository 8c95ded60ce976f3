/**
 * Masks a sensitive value, keeping just enough to recognise it: `NL** **** **** **12`,
 * `sk_l…0k3y`. Separators are kept so the shape stays readable; never the whole value.
 */
export function mask(value: string): string {
  const chars = [...value];
  const significant = chars.filter((c) => /[\p{L}\p{N}]/u.test(c)).length;
  const keepStart = significant >= 12 ? 2 : 0;
  const keepEnd = significant >= 8 ? 2 : 0;
  let seen = 0;
  return chars
    .map((c) => {
      if (!/[\p{L}\p{N}]/u.test(c)) return c;
      seen++;
      return seen <= keepStart || seen > significant - keepEnd ? c : "*";
    })
    .join("");
}

/**
 * The range that removes `[start, end)` from `text` and the space before it, so "call 06-12345678,
 * or" becomes "call, or", not "call , or". For fixes that take a value out of a post.
 */
export function removalRange(text: string, start: number, end: number): [number, number] {
  const before = text[start - 1];
  const after = text[end];
  const spaceBefore = before === " " || before === "\t";
  const endsClause = after === undefined || /[\s.,;:!?)\]]/u.test(after);
  return spaceBefore && endsClause ? [start - 1, end] : [start, end];
}
