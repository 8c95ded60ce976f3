// Words on the review page, which stays in English; the draft checker's words are in i18n/.

/** `unreleased-product` → `Unreleased product`. */
export function ruleName(ruleId: string | null): string {
  if (!ruleId) return "Post";
  const words = ruleId.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
