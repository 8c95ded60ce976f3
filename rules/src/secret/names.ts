import type { Token } from "@postlint/core";
import { looksLikeSecret } from "./patterns.js";

/**
 * Secret-looking names in code and config: `DB_PASSWORD=…`, `export API_TOKEN="…"`, `apiKey: '…'`,
 * `"password": "…"`. The keyword lexicon decides which words are secret-like; this file splits
 * names into words, tells settings about a secret (`PASSWORD_MIN_LENGTH`, `TOKEN_EXPIRY`) from the
 * secret itself, and reads the value written after a name, leaving placeholders alone.
 */

/** Tokens written as code names: with `_`, `.`, `=`, `:` inside, or camelCase. */
const CODE_NAME = /[\p{L}\p{N}][_.=:][\p{L}\p{N}$"'{<]|\p{Ll}\p{Lu}/u;
// Linear: wherever an uppercase run is rejected by its lookahead, a shorter piece matches there.
// eslint-disable-next-line regexp/no-super-linear-move
const WORD = /\p{Lu}?\p{Ll}+|\p{Lu}+(?!\p{Ll})|\p{N}+/gu;

/**
 * The words of a code name, with their offsets: `DB_PASSWORD=x` → `DB`, `PASSWORD`, `x`;
 * `apiKey` → `api`, `Key`. Other tokens are kept as they are, so prose phrases still match.
 */
export function splitCodeNames(tokens: readonly Token[]): Token[] {
  const out: Token[] = [];
  for (const token of tokens) {
    if (!CODE_NAME.test(token.text)) {
      out.push(token);
      continue;
    }
    for (const m of token.text.matchAll(WORD)) {
      const start = token.start + m.index;
      out.push({ text: m[0], norm: m[0].toLowerCase(), start, end: start + m[0].length, sentence: token.sentence, joined: m.index > 0 });
    }
  }
  return out;
}

/** The lower-case words of a name: SNAKE_CASE, camelCase, kebab-case, dotted or spaced. */
export function nameWords(name: string): string[] {
  return [...name.matchAll(WORD)].map((m) => m[0].toLowerCase());
}

/**
 * Words that make a name about a secret rather than the secret: its rules (`PASSWORD_MIN_LENGTH`),
 * lifetime (`TOKEN_EXPIRY`), where it is kept (`SECRET_FILE`, `TOKEN_URL`), or an identifier that
 * is public (`AWS_ACCESS_KEY_ID`, `PUBLIC_KEY`).
 */
const ABOUT = new Set(
  ("min max minimum maximum length len size chars characters limit expiry expires expiration exp ttl timeout lifetime age days hours " +
    "minutes seconds ms interval policy policies rule rules reset hint header field count attempts retries rotation rotate enabled " +
    "enable disabled disable required require strength complexity regex pattern prefix format mode algorithm alg type name names id " +
    "ids url uri endpoint host file path dir location manager vault store provider label placeholder prompt input public hash " +
    "changed updated created last date since version")
    .split(" "),
);

/** The name is about a secret's rules, lifetime or location, not the secret itself. */
export function isAboutSecret(name: string): boolean {
  return nameWords(name).some((w) => ABOUT.has(w));
}

/**
 * The code-style name around a keyword hit: extends over letters, digits, `_`, `.`, `-` and `$`
 * (`export DB_PASSWORD`, `spring.datasource.password`, `--password`), without leading dashes.
 */
export function nameAround(text: string, start: number, end: number): { start: number; end: number; name: string } {
  let s = start;
  let e = end;
  while (s > 0 && /[\p{L}\p{N}_.$-]/u.test(text[s - 1] ?? "")) s--;
  while (e < text.length && /[\p{L}\p{N}_.-]/u.test(text[e] ?? "")) e++;
  while (s < e && /[.$-]/.test(text[s] ?? "")) s++;
  while (e > s && /[.-]/.test(text[e - 1] ?? "")) e--;
  return { start: s, end: e, name: text.slice(s, e) };
}

/** A name written as code: SNAKE_CASE, camelCase or dotted (`db.password`), not a prose word. */
export const isCodeName = (name: string): boolean => /[\p{L}\p{N}][_.][\p{L}\p{N}]|\p{Ll}\p{Lu}/u.test(name);

export interface Setting {
  /** The value, without its quotes. */
  start: number;
  end: number;
  value: string;
  /** The name was a quoted key (`"password": …`), as in JSON. */
  quotedKey: boolean;
  /** The value was in quotes (`PASSWORD="admin"`). */
  quoted: boolean;
}

const SEPARATOR = /^(["']?)[ \t]*(?:=>|:=|=|:)[ \t]*/;
const VALUE = /^(?:"([^"\n]*)"|'([^'\n]*)'|`([^`\n]*)`|([^\s"'`,;]+))/;

/** The value assigned right after a name ending at `at` (`=x`, `: x`, `": "x"`), if any. */
export function settingAfter(text: string, at: number): Setting | undefined {
  const rest = text.slice(at, at + 300);
  const sep = SEPARATOR.exec(rest);
  if (!sep) return undefined;
  const m = VALUE.exec(rest.slice(sep[0].length));
  if (!m) return undefined;
  const quoted = m[1] ?? m[2] ?? m[3];
  const value = quoted ?? (m[4] ?? "").replace(/(?<![.,;:)\]}])[.,;:)\]}]+$/, "");
  const start = at + sep[0].length + (quoted === undefined ? 0 : 1);
  return { start, end: start + value.length, value, quotedKey: sep[1] !== "", quoted: quoted !== undefined };
}

/**
 * A placeholder or reference, not a value: masks (`********`, `xxxx`, `…`), `<your password>`,
 * `[redacted]`, `${DB_PASSWORD}`, `$DB_PASSWORD`, `{{ secret }}`, `%PASSWORD%`, `process.env.X`,
 * a file path (`/run/secrets/db`), a YAML tag (`!vault`), or a word such as `changeme` or
 * `your_token_here`.
 */
export function isPlaceholder(value: string): boolean {
  const v = value.trim();
  if (v === "" || /^[*•xX#._…-]+$/.test(v) || /^(?:\.\.\.|…)/.test(v)) return true;
  if (/^[<[{(]|^\$\{|^\$[A-Za-z_]|^%\w+%$|^![A-Za-z]|^(?:\.{0,2}\/|~\/)|:\/\//.test(v)) return true;
  if (/^(?:process\.env|import\.meta\.env|os\.environ|os\.getenv|getenv|env\b|secrets\.|vault:)/i.test(v)) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+$/.test(v) && !/\d/.test(v)) return true;
  if (/^[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+$/.test(v) && !/\d/.test(v)) return true;
  const first = v.toLowerCase().split(/[-_ ]/)[0] ?? "";
  return /^(?:your|my|the|some|example|sample|dummy|fake|placeholder|changeme|redacted|hidden|secret|password|token|none|null|nil|undefined|true|false|todo|tbd|n\/a|xxx+|insert|enter|replace)$/.test(first) && !/\d/.test(v);
}

/**
 * A value that reads as a credential: what a password keyword accepts (digits mixed with letters
 * or symbols), a long random-looking key without digits, or for a code-style name a number of
 * six digits or more (`DB_PASSWORD=20262026`). Placeholders never count.
 */
export function isSecretValue(value: string, code: boolean, codeName: boolean): boolean {
  if (isPlaceholder(value) || value.length > 200 || /\s/.test(value)) return false;
  if (/^\d+$/.test(value)) return code ? value.length >= 4 && value.length <= 8 : codeName && value.length >= 6 && value.length <= 64;
  if (value.length >= 16 && /^[A-Za-z0-9+/=_.~-]+$/.test(value) && /[a-z]/.test(value) && /[A-Z]/.test(value)) return true;
  // A setting of a secret name holds a word too (`DB_PASSWORD=hunter`, `PASSWORD="admin"`), but not a type or a flag.
  if (codeName && /^\p{L}{4,64}$/u.test(value) && !TYPE_WORDS.has(value.toLowerCase())) return true;
  return looksLikeSecret(value.length > 64 ? value.slice(0, 64) : value, code);
}

/** Values of a secret setting that describe it instead (`password: string`, `token: required`). */
const TYPE_WORDS = new Set("string number boolean bool int integer text char varchar required optional none null nil any object array value secret password token hidden masked encrypted sensitive enabled disabled true false yes no".split(" "));
