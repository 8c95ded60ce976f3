import type { Language, Post } from "@postlint/core";

/** A phone number (eight digits or more), an e-mail address, or a house number with its street. */
const PHONE = /(?<![\p{L}\p{N}])\+?\d(?:[\s-]?\d){7,14}(?![\p{N}])/u;
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]{1,64}@[\p{L}\p{N}-]+\.\p{L}{2,}/u;
const STREET: Record<Language, RegExp> = {
  en: /\b\d{1,4}[a-z]?,?\s+(?:[A-Z][\p{L}']+\s+){1,3}(?:Street|St|Road|Rd|Grove|Mews|Lane|Close|Avenue|Ave|Drive|Way|Court|Crescent|Gardens|Terrace|Place|Row|Walk)\b/u,
  nl: /\b[A-Z][\p{L}-]*(?:straat|weg|laan|plein|gracht|dijk|kade|hof|singel|steeg|pad|dreef)\s+\d{1,4}[a-z]?\b/u,
  da: /\b[A-ZÆØÅ][\p{L}-]*(?:vej|vejen|gade|vænget|vænge|allé|stræde|plads|boulevard|torv|have|parken)\s+\d{1,4}[a-z]?\b/u,
};

/** Someone else's details, not the writer's: a title, "booked under", "his number", "the bloke on". */
const THIRD_PARTY: Record<Language, RegExp> = {
  en: /\b(?:mrs?|ms|miss)\.?\s+\p{Lu}|\bbooked under\b|\b(?:this|that|the)\s+(?:fella|bloke|guy|man|woman|lady|customer)\s+(?:at|on|from)\b|\b(?:his|her|their)\s+(?:number|address|door|gate|house)\b|\btell\s+(?:him|her|them)\b|\b(?:order|delivery|parcel|takeaway)\s+for\b/iu,
  nl: /\b(?:mevrouw|meneer|mevr|dhr|mw)\.?\s+\p{Lu}|\bgereserveerd op naam van\b|\b(?:zijn|haar|z'n|d'r)\s+(?:nummer|adres|deur|voordeur)\b|\bzeg\s+(?:hem|haar)\b|\b(?:deze|die)\s+(?:meneer|mevrouw|klant|vent|gast)\b|\b(?:bestelling|bezorging|pakket)\s+voor\b/iu,
  da: /\b(?:fru|hr)\.?\s+\p{Lu}|\bbestilt i navnet\b|\b(?:hans|hendes)\s+(?:nummer|adresse|dør)\b|\bgiv\s+(?:ham|hende)\s+besked\b|\bsig\s+det\s+til\s+(?:ham|hende)\b|\bham\s+her\b|\bhende\s+her\b|\b(?:ordre|levering|pakke)\s+til\b/iu,
};

/** The writer fuming or kept waiting: what turns details into a public shaming ("if anyone knows her, tell her" alone is as often a lost purse returned). */
const CALL_OUT: Record<Language, RegExp> = {
  en: /\bname and shame\b|\bno tip\b|[$£€]0 tip\b|\byou never came\b|\bbeen (?:stood|standing|waiting) (?:outside|at)\b|😤|🙄|🙃|😡|🤬/iu,
  nl: /\bgeen fooi\b|\bje kwam (?:nooit|niet)\b|\bsta(?:an)? (?:al|nu)\b.{0,40}\bvoor (?:de|je|zijn|haar) deur\b|😤|🙄|🙃|😡|🤬/iu,
  da: /\bingen drikkepenge\b|\b0 kr\.? i drikkepenge\b|\bstået ved (?:din|hans|hendes) dør\b|\bkom aldrig\b|😤|🙄|🙃|😡|🤬/iu,
};

/**
 * A member of the public's contact details posted with a grievance ("If anyone knows the bloke on
 * 07700 …, tell him I've been stood outside his door 😤", "Til fru Jensen, Skibsbyggervænget 14 …"):
 * the writer sets readers on someone they served. The range is the call-out, not the details
 * (personal-data reports those, masked).
 */
export function exposedCustomer(post: Post): [number, number] | undefined {
  const body = post.text.slice(post.bodyStart);
  const lang = post.language;
  if (!(PHONE.test(body) || EMAIL.test(body) || STREET[lang].test(body)) || !THIRD_PARTY[lang].test(body)) return undefined;
  const call = CALL_OUT[lang].exec(body);
  if (!call) return undefined;
  const start = post.bodyStart + call.index;
  return [start, start + call[0].length];
}
