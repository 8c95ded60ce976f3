import type { Language, LexiconEntry, Post } from "@postlint/core";
import { equalityEn } from "./equality-en.js";
import { conceptEntries } from "./lexicon.js";

/** retext-equality's subset as concept entries; a slur's alternatives become the suggestion. */
function equalityEntries(): LexiconEntry[] {
  return equalityEn.map((p) => ({
    terms: p.terms,
    confidence: p.confidence,
    tags: [p.kind === "insult" ? "disability-insult" : "slur"],
    source: `retext-equality#${p.id}`,
    ...(p.kind === "slur" && p.considerate.length > 0 ? { suggest: `If you mean the group, say ${p.considerate.slice(0, 2).map((c) => `“${c}”`).join(" or ")}.` } : {}),
  }));
}

const cache = new Map<Language, LexiconEntry[]>();

/** Slurs, disability insults, stereotypes and body-shaming words in `language` (English adds retext-equality's subset). */
export function insensitiveEntries(language: Language): LexiconEntry[] {
  let entries = cache.get(language);
  if (!entries) cache.set(language, (entries = [...(language === "en" ? equalityEntries() : []), ...conceptEntries(language, ["slur", "disability-insult", "stereotype", "hiring-bias", "body-shaming", "hate-symbol", "insensitive-ok"])]));
  return entries;
}

/**
 * A hate symbol named to remember, teach or condemn it ("the swastika armbands in the exhibition",
 * "someone sprayed a hakenkruis on the school, now painted over"): history, not the writer's own.
 */
const REMEMBERED: Record<Language, RegExp> = {
  en: /\b(?:museum|exhibition|memorial|history|historian|documentary|anne frank|never again|remembrance|holocaust memorial|lest we forget|removed|painted over|cleaned off|reported it|reported to the police|vandal|vandals|vandalised|vandalized|sprayed|daubed|graffiti)\b/iu,
  nl: /(?:^|[^\p{L}])(?:museum|tentoonstelling|herdenking|monument|geschiedenis|geschiedenisles|documentaire|anne frank|nooit meer|verwijderd|overgeschilderd|aangifte|vandalen|beklad|gespoten|graffiti)(?![\p{L}])/iu,
  da: /(?:^|[^\p{L}])(?:museum|museet|udstilling|udstillingen|mindesmærke|mindehøjtidelighed|historie|historietime|dokumentar|anne frank|aldrig igen|fjernet|malet over|anmeldt|hærværk|graffiti|sprayet)(?![\p{L}])/iu,
};

/** The post names its hate symbol to remember, teach or condemn it (insensitive-language and brand-voice skip it then). */
export const hateSymbolRemembered = (post: Pick<Post, "text" | "language">): boolean => REMEMBERED[post.language].test(post.text);
