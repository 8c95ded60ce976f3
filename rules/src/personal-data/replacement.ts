import type { Fix, Language, Suggestion } from "@postlint/core";
import type { PersonalDataKind as Kind } from "./detect.js";

/**
 * What the fix writes instead of the value. An address or a number people may contact gets a
 * placeholder the writer fills in with a public one; a bank account, card or ID number is removed,
 * because nothing of its kind belongs in a post. Never the masked value: `ja*.***@…` in a published
 * post is still a person's half-visible address, and it reads as a mistake.
 */
const PLACEHOLDER: Partial<Record<Kind, Record<Language, string>>> = {
  email: { en: "[public e-mail address]", nl: "[openbaar e-mailadres]", da: "[offentlig e-mailadresse]" },
  phone: { en: "[public phone number]", nl: "[openbaar telefoonnummer]", da: "[offentligt telefonnummer]" },
};

const REMOVE: Record<Language, string> = { en: "Remove it", nl: "Haal het weg", da: "Fjern det" };

export interface Replacement {
  fix: Fix;
  suggestions?: Suggestion[];
}

export function replacement(kind: Kind, text: string, start: number, end: number, language: Language): Replacement {
  const removal: Fix = { range: removalRange(text, start, end), text: "" };
  const placeholder = PLACEHOLDER[kind]?.[language];
  if (!placeholder) return { fix: removal };
  return { fix: { range: [start, end], text: placeholder }, suggestions: [{ desc: REMOVE[language], fix: removal }] };
}

/** The value and the space before it, so "call 06-12345678, or" becomes "call, or", not "call , or". */
function removalRange(text: string, start: number, end: number): [number, number] {
  const before = text[start - 1];
  const after = text[end];
  const spaceBefore = before === " " || before === "\t";
  const endsClause = after === undefined || /[\s.,;:!?)\]]/u.test(after);
  return spaceBefore && endsClause ? [start - 1, end] : [start, end];
}
