import type { Sentence, Token } from "./types.js";

/**
 * Disguised words, normalised once when a post is parsed (issue #10, category 7).
 *
 * People hide words from filters: `f*ck`, `sh!t`, `sh1t`, a zero-width space or soft hyphen
 * inside a word, Cyrillic look-alikes (`fuсk`), full-width letters (`ｆｕｃｋ`), spaced letters
 * (`f u c k`), letters repeated for emphasis (`fuuuck`), words inside hashtags (`#ProjectHydra`).
 * Tokens keep their `start`/`end` in the original text; only what matchers compare changes:
 * - `norm`: folded (invisible characters dropped, NFKC, look-alikes as Latin letters);
 * - `forms`: other readings to try when `norm` is not in a lexicon as is (repeats collapsed);
 * - `masked`: `norm` holds mask or leetspeak characters (`f*ck`, `sh1t`), matched letter by letter
 *   against lexicon words of the same length (see `maskedMatch`);
 * - `parts`: the words of a camel-case hashtag (`#ProjectHydra` → project, hydra).
 */

/** Zero-width space, non-joiner, joiner, word joiner, BOM, soft hyphen, Mongolian vowel separator. */
const INVISIBLE_CHARS = "\u200b\u200c\u200d\u2060\ufeff\u00ad\u180e";
// An alternation, not a class: a zero-width joiner inside a class reads as a joined sequence.
const INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad|\u180e/g;
const HAS_INVISIBLE = /\u200b|\u200c|\u200d|\u2060|\ufeff|\u00ad|\u180e/;
const isInvisible = (c: string): boolean => INVISIBLE_CHARS.includes(c);

/** Characters that stand for any letter in a masked word. */
const WILDCARDS = "*#_?";
/** Leetspeak and symbol substitutions: which letters each stands for. */
const LEET: Record<string, string> = { "0": "o", "1": "il", "3": "e", "4": "a", "5": "s", "7": "t", "@": "au", $: "s", "!": "i", "€": "e" };
const MASK_CHARS = WILDCARDS + Object.keys(LEET).join("");
/** Characters that may glue two parts of one disguised word (`f*ck` is parsed as `f`, `*`, `ck`). */
const GLUE = /^[*#_?@$!]{1,4}$/;

/** Cyrillic and Greek letters that look like Latin ones (lower case). */
const HOMOGLYPHS: Record<string, string> = {
  а: "a", в: "b", е: "e", ё: "e", і: "i", ї: "i", ј: "j", к: "k", м: "m", н: "h", о: "o", п: "n", р: "p", с: "c", т: "t", у: "y", х: "x", ѕ: "s", ԁ: "d", ӏ: "l", һ: "h", ԛ: "q", ԝ: "w",
  α: "a", β: "b", ε: "e", η: "n", ι: "i", κ: "k", ν: "v", ο: "o", ρ: "p", τ: "t", υ: "u", χ: "x", ω: "w", ϲ: "c",
};
/** Greek capitals that read as a different Latin letter than their lower case does (Η is H, η is n). */
const UPPER_HOMOGLYPHS: Record<string, string> = { Η: "h", Μ: "m", Ν: "n", Υ: "y", Ζ: "z" };
const UPPER_HOMOGLYPHS_ALL = new RegExp(`[${Object.keys(UPPER_HOMOGLYPHS).join("")}]`, "gu");
const UPPER_HOMOGLYPH = new RegExp(UPPER_HOMOGLYPHS_ALL.source, "u");
const HOMOGLYPH_CLASS = `[${Object.keys(HOMOGLYPHS).join("")}]`;
const HOMOGLYPH = new RegExp(HOMOGLYPH_CLASS, "u");
const HOMOGLYPHS_ALL = new RegExp(HOMOGLYPH_CLASS, "gu");
const LATIN = /[a-z]/;
const NON_ASCII = /[^\u0020-\u007e]/;
const REPEAT = /(\p{L})\1\1/u;

/**
 * A word as matchers compare it: lower case, invisible characters dropped, compatibility forms
 * (full-width, mathematical letters, ligatures) folded by NFKC, and Cyrillic or Greek look-alikes
 * read as Latin letters when the word mixes them with Latin letters or consists of them only.
 */
export function foldWord(word: string): string {
  const lower = word.toLowerCase();
  if (!NON_ASCII.test(lower)) return lower;
  // `#ProjectΗydra`: a Greek capital among Latin letters is read before lower case changes its look.
  const source = /[a-z]/i.test(word) ? word.replace(UPPER_HOMOGLYPHS_ALL, (c) => UPPER_HOMOGLYPHS[c] ?? c) : word;
  let w = source.toLowerCase().replace(INVISIBLE, "").normalize("NFKC").toLowerCase();
  if (HOMOGLYPH.test(w)) {
    const rest = w.replace(/[^\p{L}]/gu, "").replace(HOMOGLYPHS_ALL, "");
    if (LATIN.test(w) || rest.length === 0) w = w.replace(HOMOGLYPHS_ALL, (c) => HOMOGLYPHS[c] ?? c);
  }
  return w;
}

/** Readings of a word with letters repeated for emphasis: `fuuuuck` → fuck, `klooootzak` → klootzak. */
export function repeatForms(word: string): string[] {
  if (!REPEAT.test(word)) return [];
  const once = word.replace(/(\p{L})\1{2,}/gu, "$1");
  const twice = word.replace(/(\p{L})\1{2,}/gu, "$1$1");
  return once === twice ? [once] : [once, twice];
}

/** Whether a word is masked or in leetspeak: it has a letter and a mask character, and nothing else. */
export function isMasked(word: string): boolean {
  let letters = 0;
  let masks = 0;
  for (const c of word) {
    if (MASK_CHARS.includes(c)) masks++;
    else if (/\p{L}/u.test(c)) letters++;
    else if (c !== "'") return false;
  }
  // `f***` and `s**t` count; `***` or `**x*` does not: a word needs a visible letter, and more
  // wildcards than letters only when it starts with one (`f***`).
  if (letters === 0 || masks === 0) return false;
  const wild = [...word].filter((c) => WILDCARDS.includes(c)).length;
  return wild <= letters || /^\p{L}/u.test(word);
}

/** Whether masked `word` (`f*ck`, `sh1t`, `4ss`) can be `candidate`, letter for letter. */
export function maskedMatch(word: string, candidate: string): boolean {
  if (word.length !== candidate.length) return false;
  for (let i = 0; i < word.length; i++) {
    const w = word[i] as string;
    const c = candidate[i] as string;
    if (w === c) continue;
    if (WILDCARDS.includes(w)) {
      if (!/\p{L}/u.test(c)) return false;
      continue;
    }
    const leet = LEET[w];
    if (!leet?.includes(c)) return false;
  }
  return true;
}

/** Whether `word` is `candidate` with one vowel left out (`fck` → fuck); the first letter stays. */
export function vowelDropped(word: string, candidate: string): boolean {
  if (candidate.length !== word.length + 1 || word[0] !== candidate[0]) return false;
  for (let i = 1; i < candidate.length; i++) {
    if (candidate.slice(0, i) + candidate.slice(i + 1) === word) return "aeiouy".includes(candidate[i] as string);
  }
  return false;
}

const CONSONANTS = /^[bcdfghjklmnpqrstvwxz]{3,}$/;
/** A word of three or more consonants only (`fck`, `sht`), a candidate for `vowelDropped`. */
export const isSkeleton = (word: string): boolean => CONSONANTS.test(word);

/**
 * Normalises the tokens of a parsed post in place of the tokenizer's split: glues the parts of
 * masked and invisibly split words, joins spaced letters, and fills `norm`, `forms`, `masked`
 * and `parts`. Sentences' token ranges are recomputed for the glued tokens.
 */
export function normalizeTokens(tokens: Token[], sentences: Sentence[], text: string): { tokens: Token[]; sentences: Sentence[] } {
  const out: Token[] = [];
  let changed = false;
  for (let i = 0; i < tokens.length; i++) {
    let token = tokens[i] as Token;
    // A word that starts with masks: `@$$h0le`, `#$%!ing` (the tokenizer leaves the symbols out).
    const lead = leadingMasks(token, text);
    if (lead > 0) {
      const start = token.start - lead;
      token = { ...token, text: text.slice(start, token.end), norm: text.slice(start, token.end).toLowerCase(), start, end: token.end };
      delete token.prefix;
      changed = true;
    }
    // Parts of one word split by a mask or an invisible character: `f*ck`, `sh!t`, `fu\u200bck`.
    let next = tokens[i + 1];
    while (next && glues(token, next, text) && !inAddress(text, token.start)) {
      token = { ...token, text: text.slice(token.start, next.end), norm: text.slice(token.start, next.end).replace(INVISIBLE, "").toLowerCase(), end: next.end };
      changed = true;
      next = tokens[++i + 1];
    }
    // Spaced letters: `f u c k`, three or more single letters with one space between them.
    if (isLetter(token) && !token.prefix) {
      let j = i;
      while (tokens[j + 1] && isLetter(tokens[j + 1] as Token) && !tokens[j + 1]?.prefix && text.slice((tokens[j] as Token).end, (tokens[j + 1] as Token).start) === " ") j++;
      // "r e t a r d e d i swear": a closing "i" or "u" is the next word, not a letter of this one.
      if (j - i >= 3 && /^[iu]$/u.test((tokens[j] as Token).norm)) j--;
      if (j - i >= 2) {
        const last = tokens[j] as Token;
        const letters = tokens.slice(i, j + 1).map((t) => t.norm);
        token = { ...token, text: text.slice(token.start, last.end), norm: letters.join(""), end: last.end };
        const forms = spacedForms(letters);
        if (forms.length > 0) token.forms = forms;
        changed = true;
        i = j;
      }
    }
    // A masked word's trailing stars: `f***`, `sh**` (two or more, not Markdown emphasis).
    const stars = /^\*{2,}(?![\p{L}\p{N}*])/u.exec(text.slice(token.end, token.end + 8));
    if (stars && token.norm.length <= 4 && text[token.start - (token.prefix ? 2 : 1)] !== "*" && !inAddress(text, token.start)) {
      token = { ...token, text: token.text + stars[0], norm: token.norm + stars[0], end: token.end + stars[0].length };
      changed = true;
    }
    out.push(normalizeToken(token, text));
  }
  if (!changed) return { tokens: out, sentences };
  // Glued tokens keep the first part's sentence; sentence ranges follow.
  let at = 0;
  const resentenced = sentences.map((s, index) => {
    while (at < out.length && (out[at] as Token).sentence < index) at++;
    const first = at;
    while (at < out.length && (out[at] as Token).sentence === index) at++;
    return { ...s, tokens: [first, at] as const };
  });
  return { tokens: out, sentences: resentenced };
}

/** Words of one letter ("a", "i", "u", "å") that may stand before or after spaced letters. */
const ONE_LETTER_WORDS = new Set(["a", "i", "u", "å"]);

/**
 * Readings of spaced letters without a one-letter word glued on at either end: "what a f u c k i n
 * g mess" joins to "afucking" ("a s s" is a word of its own that starts with "a", so both stay).
 */
function spacedForms(letters: readonly string[]): string[] {
  const first = ONE_LETTER_WORDS.has(letters[0] ?? "");
  const last = ONE_LETTER_WORDS.has(letters[letters.length - 1] ?? "");
  const forms: string[] = [];
  if (first && letters.length > 3) forms.push(letters.slice(1).join(""));
  if (last && letters.length > 3) forms.push(letters.slice(0, -1).join(""));
  if (first && last && letters.length > 4) forms.push(letters.slice(1, -1).join(""));
  return forms;
}

/**
 * Whether the word at `offset` is part of an e-mail address or a URL (`ja*.****@*****.*om`, as
 * personal-data's own fix masks one): stars and symbols there are not a disguised word.
 */
function inAddress(text: string, offset: number): boolean {
  let from = offset;
  while (from > 0 && offset - from < 100 && !/\s/.test(text[from - 1] ?? " ")) from--;
  let to = offset;
  while (to < text.length && to - offset < 100 && !/\s/.test(text[to] ?? " ")) to++;
  const chunk = text.slice(from, to);
  return /\S@[^\s@]*\.|:\/\//.test(chunk);
}

const LEADING_MASKS = /(?:^|\s)([*#_?@$!]{2,4})$/;

/**
 * How many mask characters right before a token start its word (`@$$h0le` → 3). Two at least, so
 * a mention (`@northwind`) or hashtag keeps its prefix, and only when the whole reads as masked.
 */
function leadingMasks(token: Token, text: string): number {
  const before = LEADING_MASKS.exec(text.slice(Math.max(0, token.start - 5), token.start));
  const run = before?.[1];
  if (run === undefined || !/[\p{L}]/u.test(token.text)) return 0;
  return isMasked((run + token.text).toLowerCase()) && !inAddress(text, token.start) ? run.length : 0;
}

const isLetter = (t: Token): boolean => t.text.length === 1 && /\p{L}/u.test(t.text);

function glues(a: Token, b: Token, text: string): boolean {
  if (b.start <= a.end || b.start - a.end > 4) return false;
  const gap = text.slice(a.end, b.start);
  if ([...gap].every(isInvisible)) return true;
  // `f*ck`: letters on both sides of a short run of mask characters, with no space.
  return GLUE.test(gap) && /\p{L}$/u.test(a.text) && /^[\p{L}\p{N}]/u.test(b.text) && a.text.length + b.text.length <= 16;
}

function normalizeToken(token: Token, text: string): Token {
  let norm = token.norm;
  if (NON_ASCII.test(norm)) {
    // `Ηydra` with a Greek capital Eta: read as written, before lower case turns it into an "n".
    const written = token.text.replace(INVISIBLE, "");
    norm = foldWord(written.length === norm.length && UPPER_HOMOGLYPH.test(written) ? written : norm);
  }
  // `f.u.c.k`, `U.S.A`: single letters between dots are one word.
  if (norm.includes(".") && /^\p{L}(?:\.\p{L}){2,}\.?$/u.test(norm)) norm = norm.replace(/\./g, "");
  // `k.a.n.k.e.r.zooi`: spelled out with dots, then the rest of the word.
  else if (norm.includes(".") && /^(?:\p{L}\.){3,}\p{L}{2,}$/u.test(norm)) norm = norm.replace(/\./g, "");
  const result: Token = norm === token.norm ? token : { ...token, norm };
  if (REPEAT.test(norm)) result.forms = [...(token.forms ?? []), ...repeatForms(norm)];
  if (isMasked(norm) && !inAddress(text, token.start)) result.masked = true;
  if (token.prefix === "#") {
    const parts = hashtagParts(token, text);
    if (parts) result.parts = parts;
  }
  return result;
}

/** The words of a camel-case or digit-separated hashtag (`#ProjectHydra`, `#Q3Forecast`), as tokens. */
function hashtagParts(token: Token, text: string): Token[] | undefined {
  const raw = text.slice(token.start, token.end);
  // Linear: wherever an uppercase or digit run is rejected by its lookahead, a shorter piece matches there.
  // eslint-disable-next-line regexp/no-super-linear-move
  const pieces = raw.match(/\p{Lu}+(?!\p{Ll})|\p{Lu}?\p{Ll}+|\p{N}+\p{L}?(?!\p{Ll})/gu);
  if (!pieces || pieces.length < 2) return undefined;
  const parts: Token[] = [];
  let from = 0;
  for (const piece of pieces) {
    const at = raw.indexOf(piece, from);
    from = at + piece.length;
    parts.push({ text: piece, norm: foldWord(piece), start: token.start + at, end: token.start + from, sentence: token.sentence, joined: parts.length > 0 });
  }
  return parts;
}

/** Text without invisible characters, and the way back to offsets in the original. */
export interface TextView {
  text: string;
  /** Offset in the original text of offset `i` of the view (`i` may be the view's length). */
  toOriginal(offset: number): number;
  /** Offset in the view of an original offset (an invisible character maps to the next visible one). */
  toView(offset: number): number;
}

/**
 * A view of `text` with zero-width characters and soft hyphens removed, for checks that work on
 * raw text rather than words (a key split by a zero-width space is still a key). When there is
 * nothing to remove the view is the text itself.
 */
export function invisibleFree(text: string): TextView {
  if (!HAS_INVISIBLE.test(text)) return { text, toOriginal: (o) => o, toView: (o) => o };
  const kept: number[] = [];
  let view = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (isInvisible(c)) continue;
    kept.push(i);
    view += c;
  }
  kept.push(text.length);
  return {
    text: view,
    toOriginal: (o) => kept[Math.max(0, Math.min(o, kept.length - 1))] as number,
    toView: (o) => {
      let lo = 0;
      let hi = kept.length - 1;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if ((kept[mid] as number) < o) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/** A word without acute accents (`níet` → `niet`); the word itself when it has none. */
export const withoutStress = (norm: string): string => (/[áéíóú]/u.test(norm) ? norm.normalize("NFD").replace(/\u0301/gu, "").normalize("NFC") : norm);
