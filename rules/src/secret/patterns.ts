import type { TokenHit } from "./secretlint.js";

/**
 * Credentials that secretlint's recommended preset leaves alone in prose, measured on the corpus:
 * a private key pasted without its full body, an AWS key id without its secret beside it, a Stripe
 * key shorter than secretlint's pattern, and any bearer token in an Authorization header.
 */
const PATTERNS: { re: RegExp; kind: string }[] = [
  { re: /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----|(?=\n[ \t]*\n)|$)/g, kind: "private-key" },
  { re: /(?<![A-Za-z0-9])(?:AKIA|ASIA)[A-Z0-9]{16}(?![A-Za-z0-9])/g, kind: "AWS" },
  { re: /(?<![A-Za-z0-9])[sr]k_(?:live|test)_[A-Za-z0-9]{10,}/g, kind: "Stripe" },
  { re: /(?<=\bBearer\s+)[A-Za-z0-9._~+/-]{16,}=*/g, kind: "bearer" },
];

export function findKnownTokens(text: string, from: number): TokenHit[] {
  const body = text.slice(from);
  const hits: TokenHit[] = [];
  for (const { re, kind } of PATTERNS) {
    for (const m of body.matchAll(re)) hits.push({ start: from + m.index, end: from + m.index + m[0].trimEnd().length, kind });
  }
  return hits;
}

/** Words between a password keyword and its value ("password is", "wachtwoord was", "koden er stadig"). */
const LINK = new Set(["is", "was", "er", "var", "to", "naar", "til", "it", "het", "den", "det", "nog", "steeds", "stadig", "altid", "fortsat", "still", "now", "nu", "just", "gewoon", "bare", "altijd", "always", "today", "vandaag", "i", "dag", "i dag", "=", ":", "/", "|", "-", "–", "and", "en", "og", "&"]);
const TRAILING = /[.,;:)\]}"'”’»…]+$/;
const LEADING = /^[("'“‘«[`]+|^[:=]+/;

/**
 * The value that follows a password or PIN keyword on the same line, if it looks like one: the first
 * word after the keyword or after a linking word ("is", "=", "/"), within eight words, that mixes
 * digits with letters or symbols ("Zomer2026!?", "admin123", "4471#"), or a bare 4–8 digit PIN right
 * after the keyword of a code. Plain words never count, so "my password is weak" or "password
 * manager at 71" pass.
 */
export function valueAfter(text: string, at: number, code: boolean): { start: number; end: number } | undefined {
  const lineEnd = text.indexOf("\n", at);
  const rest = text.slice(at, lineEnd === -1 ? undefined : lineEnd);
  const chunks = [...rest.matchAll(/\S+/g)].slice(0, 9);
  let linked = true;
  for (const [i, m] of chunks.entries()) {
    const raw = m[0];
    if (i === 0 && /^'?s$/.test(raw)) continue;
    const lead = raw.match(LEADING)?.[0] ?? "";
    const value = raw.slice(lead.length).replace(TRAILING, "");
    const separated = linked || lead.includes(":") || lead.includes("=");
    if (!/[\p{L}\p{N}]/u.test(value) || LINK.has(value.toLowerCase())) {
      linked = true;
      continue;
    }
    if (separated && looksLikeSecret(value, code)) {
      const start = at + m.index + lead.length;
      return { start, end: start + value.length };
    }
    // A statement ends: the keyword's value would not be in the next one (a question may go on:
    // "wachtwoord nog? Was het Zomer2026!?").
    if (/[.!]$/.test(raw) && !/\d/.test(raw)) return undefined;
    linked = false;
  }
  return undefined;
}

export function looksLikeSecret(value: string, code: boolean): boolean {
  if (value.length < 4 || value.length > 64 || /^https?:|@/.test(value)) return false;
  // Already masked ("No*********26!", what --fix writes): nothing left to use.
  if (/\*{3,}/.test(value)) return false;
  if (/^\d{1,2}[:/.-]\d{1,2}(?:[:/.-]\d{2,4})?$/.test(value) || /^\d+%$/.test(value)) return false;
  if (/^\d+$/.test(value)) return code && value.length <= 8;
  // Dates, ranges, scores and versions ("2026-27", "3.2.1") are digits and separators only.
  if (/^\d+(?:[-./:]\d+)+$/.test(value)) return false;
  // Ordinals, times and quantities ("2nd", "10am", "5km") are not secrets.
  if (/^\d+(?:st|nd|rd|th|am|pm|k|km|m|kg|x|u|h|min|e|de|ste|ende)$/i.test(value)) return false;
  return /\d/.test(value) && /[\p{L}!#$%&*?+=_~^-]/u.test(value);
}
