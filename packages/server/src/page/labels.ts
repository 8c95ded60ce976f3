// Words on the page. Findings come in the post's language from the server; the page chrome is English.

export const COUNTING_NOTES: Record<string, string> = {
  "x-weighted": "links count as 23, emoji as 2",
  characters: "",
  graphemes: "",
  mastodon: "links count as 23",
};

/** `unreleased-product` → `Unreleased product`. */
export function ruleName(ruleId: string | null): string {
  if (!ruleId) return "Post";
  const words = ruleId.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}
