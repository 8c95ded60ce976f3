import type { Language, Post } from "@postlint/core";

/**
 * The people staff serve, by the role they are met in: a customer, a passenger, a patient, a
 * caller, someone arrested or stopped. Said of "the day" in a post that laughs, they are the joke.
 */
const PUBLIC: Record<Language, string> = {
  en: "customer|passenger|patient|caller|punter|shopper|guest|diner|driver|fare dodger|drunk|tourist|resident|client|visitor|arrest|prisoner|suspect|pisshead|nutter|weirdo|karen",
  nl: "klant|reiziger|passagier|zwartrijder|patiënt|patient|beller|gast|bezoeker|chauffeur|automobilist|dronkaard|zatlap|toerist|bewoner|cliënt|client|arrestant|verdachte|gek|mafkees|zeurpiet",
  da: "kunde|passager|plankestiger|patient|borger|opkald|gæst|besøgende|bilist|fulderik|fuldemand|turist|beboer|klient|anholdt|arrestant|mistænkt|tosse|særling",
};

/** "Customer of the day", "today's caller", "Zwartrijder van de dag", "Dagens kunde", "ugens borger". */
const OF_THE_DAY: Record<Language, RegExp> = {
  en: new RegExp(`\\b(?:today'?s|tonight'?s|this week'?s)\\s+(?:${PUBLIC.en})\\b|\\b(?:${PUBLIC.en})s?\\s+of\\s+the\\s+(?:day|night|week|shift)\\b`, "iu"),
  nl: new RegExp(`(?<![\\p{L}])(?:${PUBLIC.nl})(?:s|en)?\\s+van\\s+de\\s+(?:dag|nacht|week|dienst)\\b`, "iu"),
  da: new RegExp(`(?<![\\p{L}])(?:dagens|nattens|ugens|aftenens)\\s+(?:${PUBLIC.da})(?![\\p{L}])`, "iu"),
};

/** Laughing or rolling one's eyes at them. */
const MOCKING = /😂|🤣|😆|🙄|🤡|🤦|💀|\b(?:lol|lmao|lmfao|haha\w*|hihi)\b/iu;
/** Warmth and awards: "customer of the day goes to Mrs P, who brought us biscuits 🥰". */
const WARM = /🥰|❤️|💙|💚|💛|🧡|💜|😍|🙏|🏆|\b(?:award|thank\w*|bedankt|dank|tak|lovely|sweet|lief|sød)\b/iu;

/**
 * A member of the public held up as the day's joke by the staff who served them ("Zwartrijder van
 * de dag 😂", "Dagens kunde 😂🚓" over a clip from the patrol car): the range of the label, when
 * the post laughs at them and nothing in it is warm.
 */
export function mockedMemberOfPublic(post: Post): [number, number] | undefined {
  const body = post.text.slice(post.bodyStart);
  const m = OF_THE_DAY[post.language].exec(body);
  if (!m || !MOCKING.test(body) || WARM.test(body)) return undefined;
  const start = post.bodyStart + m.index;
  return [start, start + m[0].length];
}
