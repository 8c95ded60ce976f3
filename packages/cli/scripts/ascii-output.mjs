// The bundle's chunks and JSON data files as ASCII text, so Node loads them as one-byte strings.
//
// V8 keeps a source text or a string read from a file in one byte a character only when every
// character is Latin-1; a single emoji or `é` makes the whole text two bytes a character, decoded
// on a slower path (the main chunk: 766 K characters read at every start). esbuild escapes
// non-ASCII characters in strings, identifiers and plain templates, but not in regular expression
// literals (`/[eé]/`, `/🙄|😤/u`), which the pack is full of. A one-file run spent 14 ms of 775
// decoding the chunks (profiled), and JSON.parse reads a one-byte lexicon faster too.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { tokenizer } from "acorn";

const NON_ASCII = /[\u0080-\uffff]/;
const hex = (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`;

/**
 * `pattern` (a regular expression literal's text) with each non-ASCII UTF-16 unit as `\uXXXX`.
 * The same pattern: with the `u` or `v` flag a lead and trail surrogate escaped one after the
 * other are one code point, as the character was; without, two units, as it was. A character
 * escaped as written (`\é`, an identity escape) loses its backslash.
 */
function escapeRegex(literal) {
  return literal.replace(/(\\*)([\u0080-\uffff])/g, (_, slashes, c) => (slashes.length % 2 === 1 ? slashes.slice(1) : slashes) + hex(c));
}

/**
 * A chunk's code with the non-ASCII characters of its regular expression literals escaped.
 * Anything else non-ASCII (a tagged template's raw text, where an escape would change the
 * value) is left as written, and the chunk stays two-byte: the build says so.
 */
export function asciiCode(code, name) {
  if (!NON_ASCII.test(code)) return code;
  let out = "";
  let at = 0;
  for (const token of tokenizer(code, { ecmaVersion: "latest", sourceType: name.endsWith(".cjs") ? "script" : "module" })) {
    if (token.type.label !== "regexp" || !NON_ASCII.test(code.slice(token.start, token.end))) continue;
    out += code.slice(at, token.start) + escapeRegex(code.slice(token.start, token.end));
    at = token.end;
  }
  out += code.slice(at);
  if (NON_ASCII.test(out)) console.warn(`postlint bundle: ${name} keeps non-ASCII text outside regular expressions; it loads as a two-byte string`);
  return out;
}

/** Whether `text` is ASCII through and through. */
export const isAscii = (text) => !NON_ASCII.test(text);

/** JSON text with each non-ASCII unit as `\uXXXX` (outside strings JSON holds none): the same value. */
export function asciiJson(text) {
  return NON_ASCII.test(text) ? text.replace(/[\u0080-\uffff]/g, hex) : text;
}

/** Rewrites every `.js` and `.cjs` chunk in `dir` as ASCII (see `asciiCode`). */
export function asciiChunks(dir) {
  for (const name of readdirSync(dir)) {
    if (!/\.c?js$/.test(name)) continue;
    const file = path.join(dir, name);
    const code = readFileSync(file, "utf8");
    const ascii = asciiCode(code, name);
    if (ascii !== code) writeFileSync(file, ascii);
  }
}
