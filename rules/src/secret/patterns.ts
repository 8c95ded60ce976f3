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
  // The lookbehind runs at every position: unbounded, a long run of spaces after "Bearer" was quadratic.
  { re: /(?<=\bBearer\s{1,16})[A-Za-z0-9._~+/-]{16,}=*/g, kind: "bearer" },
];

export function findKnownTokens(text: string, from: number): TokenHit[] {
  const body = text.slice(from);
  const hits: TokenHit[] = [];
  for (const { re, kind } of PATTERNS) {
    for (const m of body.matchAll(re)) hits.push({ start: from + m.index, end: from + m.index + m[0].trimEnd().length, kind });
  }
  return hits;
}

/** Words between a password keyword and its value ("password is", "wachtwoord was", "koden er stadig", "inloggen met … en dan"). */
const LINK = new Set(["is", "was", "er", "var", "not", "niet", "ikke", "to", "naar", "til", "it", "het", "den", "det", "then", "dan", "derna", "nog", "steeds", "stadig", "altid", "fortsat", "still", "now", "nu", "just", "gewoon", "bare", "altijd", "always", "today", "vandaag", "i", "dag", "i dag", "=", ":", "/", "|", "-", "–", "and", "en", "og", "&"]);
const TRAILING = /(?<![.,;:)\]}"'”’»…])[.,;:)\]}"'”’»…]+$/;
const LEADING = /^[("'“‘«[`]+|^[:=]+/;

/**
 * The value that follows a password or PIN keyword on the same line, if it looks like one: the first
 * word after the keyword or after a linking word ("is", "=", "/"), within eight words, that mixes
 * digits with letters or symbols ("Zomer2026!?", "admin123", "4471#"), or a bare 4–8 digit PIN right
 * after the keyword of a code. Plain words never count, so "my password is weak" or "password
 * manager at 71" pass.
 */
export function valueAfter(text: string, at: number, code: boolean, words = true): { start: number; end: number } | undefined {
  const lineEnd = text.indexOf("\n", at);
  const rest = text.slice(at, lineEnd === -1 ? undefined : lineEnd);
  const chunks = [...rest.matchAll(/\S+/g)].slice(0, 9);
  let linked = true;
  for (const [i, m] of chunks.entries()) {
    // A value in an image's description ends where the description does: `Harbour#2026](desk.jpg)`.
    const raw = m[0].split("](")[0] as string;
    if (i === 0 && /^'?s$/.test(raw)) continue;
    const lead = raw.match(LEADING)?.[0] ?? "";
    const value = raw.slice(lead.length).replace(TRAILING, "");
    const separated = linked || lead.includes(":") || lead.includes("=");
    if (!/[\p{L}\p{N}]/u.test(value) || LINK.has(value.toLowerCase())) {
      linked = true;
      continue;
    }
    if (separated && (looksLikeSecret(value, code) || (words && wordPassword(value, raw, i, chunks[i + 1]?.[0], lead, chunks[i - 1]?.[0])))) {
      const start = at + m.index + lead.length;
      return { start, end: start + value.length };
    }
    // A PIN read out in groups: "koden er 771 204", "kode 1-9-7-3", "pin 48 21".
    const grouped = separated && code ? digitGroups(rest, m.index + lead.length) : undefined;
    if (grouped) return { start: at + grouped.start, end: at + grouped.end };
    // A statement ends: the keyword's value would not be in the next one (a question may go on:
    // "wachtwoord nog? Was het Zomer2026!?").
    if (/[.!]$/.test(raw) && !/\d/.test(raw)) return undefined;
    // "password on the newsroom wall: lemotdepasse": a plain word and a colon introduce the value.
    linked = /^\p{L}+:$/u.test(raw);
  }
  return undefined;
}

/**
 * Digits written in groups from `from` in `rest`: single digits joined by hyphens or spaces
 * ("1-9-7-3", "4 4 7 1") or two groups of two to four ("771 204", "48 21"), four to eight digits
 * in all; not a date, a time or a price ("12-05", "2 x 4", "10 000 kr").
 */
function digitGroups(rest: string, from: number): { start: number; end: number } | undefined {
  const m = /^(?:\d(?:[-\s]\d){3,7}|\d{2,4}\s\d{2,4})(?![\d\p{L}]|[.,]\d|\s*(?:kr|dkk|eur|euro|€|\$|£|x\b))/u.exec(rest.slice(from));
  if (!m) return undefined;
  const digits = m[0].replace(/\D/g, "");
  if (digits.length < 4 || digits.length > 8) return undefined;
  return { start: from, end: from + m[0].length };
}

export function looksLikeSecret(value: string, code: boolean): boolean {
  // An "@" is common in passwords ("Welkom@Kantoor2026"); only an address or a handle is not one.
  if (value.length < 4 || value.length > 64 || /^https?:|^@|@[\p{L}\d-]+\.\p{L}{2,}/u.test(value)) return false;
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

/**
 * Words that follow a password keyword and are not a password: what people say about passwords
 * ("again", "manager", "weak", "vergeten", "glemt"), in English, Dutch and Danish.
 */
const NOT_PASSWORDS = new Set(
  ("string number boolean bool int integer text char varchar null none undefined any object array fails failed failing broken issue issues problem problems error errors page screen button form details gebruik gebruiken bruge bruger again also still now longer stronger shorter better safer harder easier længere stærkere kortere bedre sikrere langer sterker korter beter veiliger today here there anymore please lol haha manager managers tip tips hint policy rules requirements " +
    "strength field prompt protection protected hygiene reset resets changed change expired expires forgotten forgot forget remember lost stolen leaked " +
    "blocked locked works worked sucks required optional mandatory weak strong long short simple easy hard secure insecure safe " +
    "wrong right correct incorrect invalid same different new old ridiculous impossible complicated complex useless fine okay good " +
    "bad great perfect unique random known public private secret hidden empty blank case-sensitive too very really always never " +
    "this that mine yours ours theirs something nothing everything somewhere written saved stored shared sent attached below above " +
    "weer ook nog nu vandaag hier daar meer alsjeblieft tips regels eisen sterkte veld vergeten kwijt gestolen gelekt geblokkeerd " +
    "verlopen veranderd gewijzigd gereset verplicht zwak sterk lang kort simpel makkelijk moeilijk veilig onveilig fout goed verkeerd " +
    "ongeldig hetzelfde anders nieuw oud belachelijk onmogelijk ingewikkeld prima slecht geheim leeg erg echt altijd nooit dit dat " +
    "mijn iets niets opgeslagen gedeeld gestuurd hieronder igen også stadig nu her der mere venligst regler krav styrke felt glemt " +
    "mistet stjålet lækket blokeret udløbet ændret nulstillet påkrævet svag stærk lang kort simpel nem svær sikker usikker forkert " +
    "rigtig korrekt ugyldig samme anderledes ny gammel latterlig umulig kompliceret fin god dårlig hemmelig tom meget virkelig altid " +
    "aldrig denne dette min noget intet gemt delt sendt nedenfor skiftet lukket låst spærret slettet fjernet opdateret " +
    // Verbs that end a clause about having or knowing it ("zolang we 't wachtwoord hebben").
    "have know knows knew need needs needed hebben heeft hebt kennen kent kende weten weet wisten nodig krijgen kregen " +
    "vragen typen invoeren intikken havde kender kendte vidste brug spørge indtaste skrive")
    .split(" "),
);
// "then the year", "met een hoofdletter", "med stort": how to type it, after the word itself.
const CLAUSE_WORDS = new Set(["at", "for", "if", "so", "and", "but", "in", "on", "/", "|", "op", "voor", "als", "dus", "en", "maar", "bij", "in", "på", "til", "hvis", "så", "og", "men", "i", "then", "plus", "with", "dan", "met", "med"]);

/**
 * A password written as a plain word: a letters-only word of 4–32 letters, not a word people use
 * about passwords, that ends its clause right after the keyword ("wifi password bluebird",
 * "wachtwoord: tulpen") or after a linking word ("the wifi password is sunflower at the office",
 * "koden er solsikke, hvis …"). "The password is on the whiteboard" or "hangt bij de receptie" pass.
 */
function wordPassword(value: string, raw: string, index: number, next: string | undefined, lead: string, previous: string | undefined): boolean {
  if (!/^\p{L}{4,32}$/u.test(value) || NOT_PASSWORDS.has(value.toLowerCase())) return false;
  // An emoji or a symbol after the word ends its clause as a full stop would ("…: bluebird 🤦").
  const clauseEnd = next === undefined || /[.,;:!?)]$/.test(raw) || raw.endsWith("”") || raw.endsWith('"') || !/[\p{L}\p{N}]/u.test(next);
  // Right after the keyword, a word followed by a colon is a label ("login fails: …"), not a value.
  if (index === 0 || lead.includes(":") || lead.includes("=")) return clauseEnd && !raw.endsWith(":");
  // After a linking verb only, not after a preposition ("står på tavlen i køkkenet").
  // After "…wall:" only a long word reads as a password ("lemotdepassedeyoutube"), not "finally".
  if (/^\p{L}+:$/u.test(previous ?? "") && !VERB_LINKS.has((previous ?? "").slice(0, -1).toLowerCase())) return value.length >= 10 && clauseEnd && !PROSE_SUFFIX.test(value);
  if (!VERB_LINKS.has((previous ?? "").toLowerCase().replace(/[:=]$/, "") || ":")) return false;
  // After "is" a participle is a state: "de storing bij het betalen met pin is opgelost", "the
  // password is reset", "koden er blevet ændret".
  if (PARTICIPLE.test(value)) return false;
  return clauseEnd || CLAUSE_WORDS.has(next.toLowerCase());
}
/** Past participles: Dutch (opgelost, gewijzigd, gestolen), English in -ed (updated), Danish in -eret (opdateret). */
const PARTICIPLE = /^(?:op|af|aan|in|uit|door|over|terug|vast|weg|mee|toe|om|bij)?ge\p{L}{2,}(?:d|t|en)$|^\p{L}{3,}(?:ed|eret)$/iu;
/** Endings of long prose words ("unbelievable", "ridiculous", "ongelooflijk", "utroligt") that are no password. */
const PROSE_SUFFIX = /(?:able|ible|tion|ness|ment|ful|less|ingly|ously|ous|lijk|heid|baar|elig|ligt|lig)$/iu;
const VERB_LINKS = new Set(["is", "was", "er", "var", "blijft", "stays", ":", "=", "/", "-", "–", "still", "stadig", "bare", "gewoon", "nog", "steeds", "just", "now", "nu", "altid", "altijd", "always"]);
