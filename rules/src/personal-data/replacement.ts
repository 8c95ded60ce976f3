import { removalRange, type Fix, type Language, type Suggestion } from "@postlint/core";
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
