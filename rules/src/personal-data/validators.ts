import { countrySpecs, electronicFormatIBAN, isValidIBAN } from "ibantools";

/** Luhn (mod 10) check of a payment card number, digits only. */
export function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = Number(digits[digits.length - 1 - i]);
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

/**
 * A payment card number: 13–19 digits, a major network's first digit (2–6), a valid Luhn sum, and
 * not one repeated digit ("0000 0000 0000 0000" passes Luhn but is nobody's card).
 */
export function isCardNumber(digits: string): boolean {
  return /^[2-6]\d{12,18}$/.test(digits) && !/^(\d)\1+$/.test(digits) && luhnValid(digits);
}

/** An IBAN with a valid country format and mod-97 checksum (ibantools), spaces allowed. */
export function isIban(value: string): boolean {
  const compact = electronicFormatIBAN(value.toUpperCase());
  return compact !== null && isValidIBAN(compact);
}

/**
 * How much of `value` (IBAN groups separated by single spaces) is shaped like an IBAN of a real
 * IBAN country: its length within two characters of that country's, so a typo (a swapped or
 * missing digit) still counts. Returns the length of the shaped prefix, or 0. A candidate shaped
 * like an IBAN that fails the checksum is a mistyped IBAN, not a phone or ID number.
 */
export function ibanShapeLength(value: string): number {
  const spec = countrySpecs[value.slice(0, 2).toUpperCase()];
  if (!spec?.chars || !spec.IBANRegistry) return 0;
  const groups = value.split(" ");
  let best = 0;
  let compact = "";
  let length = 0;
  for (const [i, group] of groups.entries()) {
    compact += group;
    length += group.length + (i > 0 ? 1 : 0);
    if (compact.length > spec.chars + 2) break;
    if (compact.length >= spec.chars - 2) best = length;
  }
  return best;
}

/**
 * Digits written the way card numbers are: 13–19 digits in one run, in groups of four with one
 * kind of separator ("4111 1111 1111 1112", the last group shorter), or the 4-6-5 and 4-6-4 groups
 * of American Express and Diners. Such a run failing the checksum is a mistyped card, not a phone.
 */
export function isCardShaped(value: string): boolean {
  if (/^\d{13,19}$/.test(value)) return true;
  if (/^\d{4}([ -])\d{6}\1\d{4,5}$/.test(value)) return true;
  return /^\d{4}([ -])\d{4}\1\d{4}(?:\1\d{1,4}){0,2}$/.test(value) && value.replace(/\D/g, "").length >= 13;
}

/** The Dutch BSN "11-test": 9 digits, weights 9..2 and −1, sum divisible by 11, not all zeros. */
export function isBsn(digits: string): boolean {
  if (!/^\d{9}$/.test(digits) || /^0+$/.test(digits)) return false;
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += Number(digits[i]) * (9 - i);
  sum -= Number(digits[8]);
  return sum % 11 === 0;
}

/**
 * A Danish CPR number `DDMMYY-SSSS` whose first six digits are a real date. The century follows
 * from the seventh digit (CPR rules); the modulus-11 check is not required since 2007.
 */
export function isCpr(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const day = Number(digits.slice(0, 2));
  const month = Number(digits.slice(2, 4));
  const yy = Number(digits.slice(4, 6));
  const seventh = Number(digits[6]);
  let century = 1900;
  if (seventh === 4 || seventh === 9) century = yy <= 36 ? 2000 : 1900;
  else if (seventh >= 5 && seventh <= 8) century = yy <= 57 ? 2000 : 1800;
  const year = century + yy;
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

const LOCAL = /^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*$/;
const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;

/**
 * An e-mail address as RFC 5321 allows in practice: a dot-atom local part of at most 64 characters,
 * a domain of valid labels (no leading or trailing hyphen) and an alphabetic top-level domain.
 */
export function isEmail(value: string): boolean {
  const at = value.lastIndexOf("@");
  if (at < 1) return false;
  const local = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (local.length > 64 || domain.length > 253 || !LOCAL.test(local)) return false;
  const labels = domain.split(".");
  if (labels.length < 2 || !labels.every((l) => LABEL.test(l))) return false;
  return /^[A-Za-z]{2,}$/.test(labels[labels.length - 1] ?? "");
}
