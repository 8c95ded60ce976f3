import type { Root as MdastRoot, Nodes as MdastNodes } from "mdast";
import type { Root as NlcstRoot, Sentence as NlcstSentence, SentenceContent, Word } from "nlcst";
import { ParseDutch } from "parse-dutch";
import { ParseEnglish } from "parse-english";
import { ParseLatin } from "parse-latin";
import remarkParse from "remark-parse";
import remarkRetext from "remark-retext";
import { unified } from "unified";
import { tameMarkup } from "./markdown-safe.js";
import { checkTreeNesting } from "./nesting.js";
import { asPublished } from "./published-text.js";
import { normalizeTokens } from "./normalize.js";
import { withDialectForms } from "./dialect.js";
import type { ImageRef, Language, Range, Sentence, Token } from "./types.js";

const markdown = unified().use(remarkParse).freeze();
const toProse = {
  en: unified().use(remarkRetext, ParseEnglish).freeze(),
  nl: unified().use(remarkRetext, ParseDutch).freeze(),
  // Danish has no dedicated retext parser; parse-latin handles Latin-script languages.
  da: unified().use(remarkRetext, ParseLatin).freeze(),
} as const;

export interface ParsedBody {
  mdast: MdastRoot;
  tokens: Token[];
  sentences: Sentence[];
  images: ImageRef[];
  urls: Range[];
  code: Range[];
}

const LINK = /\bhttps?:\/\/[^\s<>()]+|\bwww\.[^\s<>()]+/giu;
// An address is tried from the start of its run only (the lookbehind), and a domain's labels are
// bounded (63 characters, as in DNS): tried from every character, a long run made both quadratic.
const EMAIL = /(?<![\p{L}\p{N}._%+-])[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/giu;
const TLD = /\.(?:com|net|org|io|nl|dk|eu|co|app|dev)\b/i;
const DOMAIN = /\b[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){0,8}\.(?:com|net|org|io|nl|dk|eu|co|app|dev)(?:\/[^\s<>()]*)?/giu;

/**
 * Parses the text as Markdown and its prose as natural language.
 * `text` is the whole post with front matter blanked out (same length), so every offset is
 * an offset into the original file.
 */
export function parseBody(text: string, language: Language): ParsedBody {
  const prose = latinShadow(text);
  const tamed = tameMarkup(prose);
  const mdast = markdown.parse(tamed.text);
  checkTreeNesting(mdast, undefined);
  // Prose is everything the platform publishes, code and HTML included (see published-text.ts).
  const nlcst = toProse[language].runSync(asPublished(mdast, prose, tamed.changed), prose);
  const urls = findUrls(text);
  const [raw, rawSentences] = tokenize(nlcst, urls, prose);
  const normalized = normalizeTokens(prose === text ? raw : raw.map((t) => asWritten(t, text)), rawSentences, text);
  const tokens = withDialectForms(normalized.tokens, language);
  const sentences = normalized.sentences;
  const images: ImageRef[] = [];
  const code: Range[] = [];
  // Image alt text is read from the post as written, not from the parsers' copy.
  const written = prose === text ? mdast : markdown.parse(tameMarkup(text).text);
  collect(written, images, code);
  return { mdast: written, tokens, sentences, images, urls, code };
}

/** A mathematical letter or digit (U+1D400–U+1D7FF: "𝐁𝐢𝐠 𝐧𝐞𝐰𝐬", "𝘧𝘶𝘤𝘬"), one surrogate pair each. */
const MATH_ALPHANUMERIC = /\uD835[\uDC00-\uDFFF]/g;

/**
 * The text the parsers read: "bold text" generators write LinkedIn posts in mathematical letters,
 * which the retext parsers do not take for letters, so their words vanished (a curse or a
 * confidential name in bold went unseen). Each one is spelled twice in its Latin letter ("𝐟" is
 * two UTF-16 units, "ff" two letters), so every offset still points into the post; the words are
 * then read back from the post as written (`asWritten`).
 */
function latinShadow(text: string): string {
  if (!text.includes("\uD835")) return text;
  return text.replace(MATH_ALPHANUMERIC, (c) => {
    const latin = c.normalize("NFKC");
    return latin.length === 1 ? latin + latin : c;
  });
}

/** A token the parsers read in the Latin copy, with its text and form taken from the post. */
function asWritten(token: Token, text: string): Token {
  const written = text.slice(token.start, token.end);
  if (written === token.text) return token;
  const out: Token = { ...token, text: written, norm: normalizeWord(written) };
  if (token.parts) out.parts = token.parts.map((p) => asWritten(p, text));
  return out;
}

const PARSERS = { en: ParseEnglish, nl: ParseDutch, da: ParseLatin } as const;

/**
 * Words of plain text outside the Markdown prose tree (an image's file name, a link label), with
 * offsets shifted by `offset` so they point into the post. Sentence indexes start at 0.
 */
export function tokenizeText(text: string, language: Language, offset = 0): { tokens: Token[]; sentences: Sentence[] } {
  const { tokens, sentences } = normalizeTokens(...tokenize(new PARSERS[language]().parse(text), []), text);
  return {
    tokens: tokens.map((t) => shifted(t, offset)),
    sentences: sentences.map((s) => ({ ...s, start: s.start + offset, end: s.end + offset })),
  };
}

function shifted(t: Token, offset: number): Token {
  const moved = { ...t, start: t.start + offset, end: t.end + offset };
  if (t.parts) moved.parts = t.parts.map((p) => shifted(p, offset));
  return moved;
}

/** Links, e-mail addresses and bare domains; each pattern only runs when its cheap marker is present. */
function findUrls(text: string): Range[] {
  const ranges: Range[] = [];
  const add = (pattern: RegExp): void => {
    for (const m of text.matchAll(pattern)) {
      const raw = m[0].replace(/(?<![.,;:!?)])[.,;:!?)]+$/, "");
      ranges.push([m.index, m.index + raw.length]);
    }
  };
  if (text.includes("://") || text.includes("www.")) add(LINK);
  if (text.includes("@")) add(EMAIL);
  if (TLD.test(text)) add(DOMAIN);
  return ranges;
}

function collect(node: MdastNodes, images: ImageRef[], code: Range[]): void {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (node.type === "image" && start !== undefined && end !== undefined) {
    images.push({ alt: node.alt ?? null, url: node.url, start, end });
  } else if ((node.type === "code" || node.type === "inlineCode") && start !== undefined && end !== undefined) {
    code.push([start, end]);
  }
  if ("children" in node) for (const child of node.children) collect(child, images, code);
}

const PREFIXES = new Set(["#", "@", "$"]);

/**
 * `source`, when given, is the text the tree's positions point into. mdast-util-to-nlcst counts
 * positions through a text node's *value*, which lacks what Markdown strips (list and blockquote
 * indentation on continuation lines, escapes), so later words drift; each word is re-anchored on
 * its first occurrence at or after the computed offset.
 */
function tokenize(root: NlcstRoot, urls: Range[], source?: string): [Token[], Sentence[]] {
  const tokens: Token[] = [];
  const sentences: Sentence[] = [];
  const visit = (node: NlcstRoot | NlcstRoot["children"][number]): void => {
    if (node.type === "SentenceNode") {
      addSentence(node, tokens, sentences, urls, source);
    } else if ("children" in node) {
      for (const child of node.children) visit(child);
    }
  };
  visit(root);
  return [tokens, sentences];
}

function addSentence(node: NlcstSentence, tokens: Token[], sentences: Sentence[], urls: Range[], source: string | undefined): void {
  const index = sentences.length;
  const first = tokens.length;
  let previous: SentenceContent | undefined;
  for (const child of node.children) {
    if (child.type === "WordNode") {
      const prefix = prefixOf(previous, child);
      addWord(child, prefix, index, tokens, urls, source);
    }
    previous = child;
  }
  const start = node.position?.start.offset ?? tokens[first]?.start ?? 0;
  const lastEnd = tokens.length > first ? (tokens[tokens.length - 1]?.end ?? start) : start;
  const end = Math.max(node.position?.end.offset ?? lastEnd, lastEnd);
  sentences.push({ start, end, tokens: [first, tokens.length] });
}

function prefixOf(previous: SentenceContent | undefined, word: Word): Token["prefix"] {
  if (!previous || (previous.type !== "SymbolNode" && previous.type !== "PunctuationNode")) return undefined;
  if (!PREFIXES.has(previous.value)) return undefined;
  if (previous.position?.end.offset !== word.position?.start.offset) return undefined;
  return previous.value as Token["prefix"];
}

function addWord(word: Word, prefix: Token["prefix"], sentence: number, tokens: Token[], urls: Range[], source: string | undefined): void {
  const computed = word.position?.start.offset;
  if (computed === undefined) return;
  // parse-english keeps a trailing period in words it takes for abbreviations ("Pro.", "Mrs."),
  // so "Aurora Pro." would not match "Aurora Pro"; the period is punctuation for matching.
  let text = "";
  for (const c of word.children) if ("value" in c) text += c.value;
  if (text.endsWith(".")) text = text.replace(/(?<=\p{L})\.$/u, "");
  const start = source === undefined ? computed : anchor(source, text, computed, tokens[tokens.length - 1]?.end ?? 0);
  if (insideAny(start, urls)) return;
  // Words run together with "=" ("Good numbers=Happy Board") are words apart, as with a space.
  if (text.includes("=") && /[\p{L}\p{N}]=[\p{L}\p{N}]/u.test(text)) {
    let at = 0;
    for (const piece of text.split("=")) {
      if (piece) addParts(piece, at === 0 ? prefix : undefined, start + at, sentence, tokens);
      at += piece.length + 1;
    }
    return;
  }
  addParts(text, prefix, start, sentence, tokens);
}

/** Hyphenated compounds ("Northwind-medewerker", "Kut-Northwind") become one token per part. */
function addParts(text: string, prefix: Token["prefix"], start: number, sentence: number, tokens: Token[]): void {
  let offset = 0;
  const parts = /[-‐–]/.test(text) ? text.split(/(?<=[\p{L}\p{N}])[-‐–](?=[\p{L}\p{N}#])/u) : [text];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (part) {
      const token: Token = { text: part, norm: normalizeWord(part), start: start + offset, end: start + offset + part.length, sentence, joined: i > 0 };
      if (i === 0 && prefix) token.prefix = prefix;
      tokens.push(token);
    }
    offset += part.length + 1;
  }
}

/** Drift is never backwards (the value is never longer than its source), and never far. */
const MAX_DRIFT = 256;

function anchor(source: string, word: string, computed: number, previousEnd: number): number {
  if (source.startsWith(word, computed) && computed >= previousEnd) return computed;
  const found = source.indexOf(word, Math.max(computed, previousEnd));
  return found !== -1 && found - computed <= MAX_DRIFT ? found : computed;
}

function insideAny(offset: number, ranges: Range[]): boolean {
  for (const [s, e] of ranges) if (offset >= s && offset < e) return true;
  return false;
}

/** Lower-case, NFC, typographic apostrophes as `'`. Shared by text and patterns so they compare equal. */
export function normalizeWord(word: string): string {
  const lower = word.toLowerCase();
  // Most words are plain ASCII: skip Unicode normalisation and the apostrophe pass for them.
  if (!NON_ASCII.test(lower)) return lower.includes("`") ? lower.replace(/`/g, "'") : lower;
  return lower.normalize("NFC").replace(/[’‘`´]/g, "'");
}

const NON_ASCII = /[^\u0020-\u007e]/;
