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
