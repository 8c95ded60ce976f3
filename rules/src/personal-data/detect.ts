import type { CountryCode, PhoneNumber } from "libphonenumber-js/min";
import type * as PhoneLibModule from "libphonenumber-js/min";
import type { Language } from "@postlint/core";
import { ibanShapeLength, isBsn, isCardNumber, isCardShaped, isCpr, isEmail, isIban } from "./validators.js";

export type PersonalDataKind = "email" | "phone" | "iban" | "card" | "nationalId";

export interface PersonalDataHit {
  kind: PersonalDataKind;
  start: number;
  end: number;
  value: string;
  /** For phone numbers: E.164, to compare with the allow list. */
  normalized?: string;
}

/** Where context words ("tlf", "BSN", "CPR") were found; numbers that need context look here. */
export type CueFinder = (kind: "phone" | "bsn" | "cpr", start: number, end: number) => boolean;

type PhoneLib = typeof PhoneLibModule;

const EMAIL = /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/gu;
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{1,4}){3,8}(?![\p{L}\p{N}])/gu;
const CARD = /(?<![\p{N}.,-])\d(?:[ -]?\d){12,18}(?![\p{N}]|[.,-]\d)/gu;
const BSN = /(?<![\p{N}.,-])(?:\d{9}|\d{4}\.\d{2}\.\d{3}|\d{3} \d{3} \d{3})(?![\p{N}]|[.,-]\d)/gu;
const CPR = /(?<![\p{N}.,/-])(\d{6})(-?)(\d{4})(?![\p{N}]|[.,/-]\d)/gu;
/** Words that make a hyphenated date-number an order or invoice number rather than a CPR number. */
const REFERENCE = /(?:order|ordre|ordrenummer|faktura|invoice|factuur|bestelling|ref|sag|nr)\.?:?\s*(?:#\s*)?$/i;
/**
 * A reference right before a number (order, invoice, ticket, parcel or customer number, or a
 * company's CVR, KvK or VAT number): the number is that reference, not a phone, BSN or CPR
 * number, even when its digits would fit one.
 */
const REFERENCE_WORD =
  /(?<![\p{L}])(?:(?:meeting|webinar|zoom|teams|vergader|møde|mødet)[ -]?id\.?|(?:order|ordre|bestelling|faktura|factuur|invoice|ref|referentie|reference|ticket|zending|pakke|pakken|parcel|tracking|dossier|kvittering|bon|cvr|kvk|btw|moms|vat)(?:-?s?(?:nummer|nummeret|number|nr|no))?|(?:bestel|klant|kunde|customer|account|sag|artikel|vare|lid|medlem|member|polis|police)-?s?(?:nummer|nummeret|number|nr|no))\.?\s*(?:(?:nr|no|nummer|number)\.?\s*)?(?:[:#]\s*)?$/iu;

/**
 * Candidates the metadata calls possible (right length), not only valid: numbers in new ranges or
 * reserved for fiction are checked below. `leniency` is in the library, not in its typings.
 */
const POSSIBLE = { leniency: "POSSIBLE" } as { extended?: boolean };
const COUNTRIES: Record<Language, CountryCode[]> = { en: ["GB", "NL", "DK"], nl: ["NL"], da: ["DK"] };

/**
 * All candidates that pass their validator, first come first served: one value is one finding.
 * Stronger shapes go first (IBAN, card) and keep their digits even when their checksum fails: a
 * mistyped IBAN or card is no finding, and its digits are not handed on to weaker checks (a phone
 * number's tail, a BSN). Numbers written as a reference ("order 0612345678") are no phone or BSN.
 */
export function detect(text: string, from: number, language: Language, phones: PhoneLib, cueNear: CueFinder): PersonalDataHit[] {
  const body = text.slice(from);
  const hits: PersonalDataHit[] = [];
  const rejected: [number, number][] = [];
  const taken = (s: number, e: number): boolean => hits.some((h) => s < h.end && e > h.start) || rejected.some(([a, b]) => s < b && e > a);
  const add = (hit: PersonalDataHit): void => {
    if (!taken(hit.start, hit.end)) hits.push(hit);
  };
  const reference = (start: number): boolean => REFERENCE_WORD.test(text.slice(Math.max(from, start - 30), start));
  for (const m of body.matchAll(EMAIL)) {
    const value = m[0].replace(/(?<![.-])[.-]+$/, "");
    const start = from + m.index;
    // user:password@host inside a URL is a credential (the secret rule), not an address.
    if (/:\/\/[^\s]*$/.test(text.slice(Math.max(0, start - 200), start))) continue;
    if (isEmail(value)) add({ kind: "email", start, end: start + value.length, value });
  }
  for (const m of body.matchAll(IBAN)) {
    // The pattern is greedy; the IBAN may end before a following capitalised word.
    const groups = m[0].split(" ");
    const start = from + m.index;
    let valid = false;
    for (let n = groups.length; n >= 1 && !valid; n--) {
      const value = groups.slice(0, n).join(" ");
      if ((valid = isIban(value))) add({ kind: "iban", start, end: start + value.length, value });
    }
    const shaped = valid ? 0 : ibanShapeLength(m[0]);
    if (shaped > 0) rejected.push([start, start + shaped]);
  }
  for (const m of body.matchAll(CARD)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (isCardNumber(m[0].replace(/\D/g, ""))) add({ kind: "card", start, end, value: m[0] });
    else if (isCardShaped(m[0]) && !taken(start, end)) rejected.push([start, end]);
  }
  for (const m of body.matchAll(CPR)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (!isCpr(`${m[1]}${m[3]}`) || reference(start)) continue;
    const hyphenated = m[2] === "-" && !REFERENCE.test(text.slice(Math.max(0, start - 30), start));
    if (hyphenated || cueNear("cpr", start, end)) add({ kind: "nationalId", start, end, value: m[0] });
  }
  for (const m of body.matchAll(BSN)) {
    const start = from + m.index;
    const end = start + m[0].length;
    if (isBsn(m[0].replace(/\D/g, "")) && cueNear("bsn", start, end) && !reference(start)) add({ kind: "nationalId", start, end, value: m[0] });
  }
  for (const country of COUNTRIES[language]) {
    for (const found of phones.findPhoneNumbersInText(body, { defaultCountry: country, ...POSSIBLE })) {
      // "(06 12345678)": the parenthesis around a number is not part of it.
      const bracket = text[from + found.startsAt] === "(" && !text.slice(from + found.startsAt, from + found.endsAt).includes(")") ? 1 : 0;
      const start = from + found.startsAt + bracket;
      const end = from + found.endsAt;
      const raw = text.slice(start, end);
      if (taken(start, end) || reference(start)) continue;
      // A number the metadata does not know (a new range, a drama number such as 07700 900461) is
      // still someone's number when the post says so ("ring her on …"): possible, with a cue.
      const valid = found.number.isValid();
      if (!valid && !found.number.isPossible()) continue;
      if ((valid && selfEvident(raw, found.number)) || UK_MOBILE.test(raw) || cueNear("phone", start, end)) add({ kind: "phone", start, end, value: raw, normalized: found.number.number });
    }
  }
  return hits.sort((a, b) => a.start - b.start);
}

/**
 * A British mobile number as people write it ("07700 900318", "07911-123456"): eleven digits from
 * 07, a phone number on sight even in a range the metadata does not know (Ofcom's drama numbers).
 */
const UK_MOBILE = /^07\d{3}[ -]?\d{3}[ -]?\d{3}$/;

/**
 * A number that reads as a phone number without any context: written internationally (+45, 0031)
 * or, in the Netherlands, with its trunk 0 and area or mobile code (06-12345678, 020 123 4567).
 * Bare digit runs (Danish 8-digit numbers, order numbers) need a word such as "tlf" or "call".
 */
function selfEvident(raw: string, number: PhoneNumber): boolean {
  if (/^(?:\+|00)/.test(raw)) return true;
  return number.country === "NL" && /^0\d{1,3}[ -]?\d/.test(raw) && raw.replace(/\D/g, "").length === 10;
}
