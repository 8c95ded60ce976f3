import { readFileSync, statSync } from "node:fs";
import { InputError } from "../errors.js";

export const DEFAULT_MAX_BYTES = 1024 * 1024;

/**
 * Reads a post file as UTF-8, refusing what is not a post: binary, invalid UTF-8, empty, too large.
 * Synchronous on purpose: posts are small local files, and two thread-pool round trips per file
 * left a 2,000-post run idle a quarter of the time.
 */
// eslint-disable-next-line @typescript-eslint/require-await -- async API: a future reader may stream.
export async function readPostFile(file: string, maxBytes = DEFAULT_MAX_BYTES): Promise<string> {
  let size: number;
  try {
    const info = statSync(file);
    if (info.isDirectory()) throw new InputError("is a folder, not a post", { file });
    size = info.size;
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(unreadable(error), { file });
  }
  if (size > maxBytes) {
    throw new InputError(`is ${formatBytes(size)}; posts over ${formatBytes(maxBytes)} are not checked (raise the limit with --max-file-size)`, { file });
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    throw new InputError(unreadable(error), { file });
  }
  return decodePost(bytes, file);
}

function unreadable(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === "ENOENT") return "cannot be read: the file does not exist (a broken link?)";
  if (code === "EACCES" || code === "EPERM") return "cannot be read: permission denied";
  return `cannot be read (${code ?? "error"})`;
}

/** How a post's bytes were encoded, so `--fix` can write them back the same way. */
export type PostEncoding = "utf-8" | "utf-8-bom" | "utf-16le" | "utf-16be";

/** The encoding a byte-order mark announces; without one, posts are UTF-8. */
export function encodingOf(bytes: Uint8Array): PostEncoding {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return "utf-8-bom";
  // Windows tools (Notepad "Unicode", PowerShell redirection) save UTF-16 with a BOM.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return "utf-16le";
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return "utf-16be";
  return "utf-8";
}

/** Decodes bytes from a file or stdin with the same checks. The BOM is not part of the text. */
export function decodePost(bytes: Uint8Array, file: string): string {
  const encoding = encodingOf(bytes);
  if (encoding === "utf-16le" || encoding === "utf-16be") return nonEmpty(decodeUtf16(bytes, encoding, file), file);
  if (bytes.subarray(0, 8000).includes(0)) throw new InputError("looks like a binary file, not a text post", { file });
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const line = text.slice(0, bad).split("\n").length;
    throw new InputError("is not valid UTF-8 text; save it as UTF-8 and try again", { file, line });
  }
  return nonEmpty(new TextDecoder("utf-8").decode(bytes), file);
}

function decodeUtf16(bytes: Uint8Array, encoding: "utf-16le" | "utf-16be", file: string): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`is not valid ${encoding.toUpperCase()} text; save it as UTF-8 and try again`, { file });
  }
}

function nonEmpty(text: string, file: string): string {
  if (text.trim() === "") throw new InputError("is empty: there is no text to check", { file });
  return text;
}

/** The bytes of a (fixed) post in the encoding it was read in, BOM included. */
export function encodePost(text: string, encoding: PostEncoding): Buffer {
  if (encoding === "utf-8") return Buffer.from(text, "utf8");
  if (encoding === "utf-8-bom") return Buffer.from("\uFEFF" + text, "utf8");
  const le = Buffer.from("\uFEFF" + text, "utf16le");
  return encoding === "utf-16le" ? le : le.swap16();
}

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1).replace(/\.0$/, "")} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** Parses `5mb`, `512kb`, `1000000`. */
export function parseBytes(value: string): number | undefined {
  const m = /^(\d+(?:\.\d+)?)\s*(b|kb|k|mb|m)?$/i.exec(value.trim());
  if (!m?.[1]) return undefined;
  const unit = (m[2] ?? "b").toLowerCase();
  const factor = unit.startsWith("m") ? 1024 * 1024 : unit.startsWith("k") ? 1024 : 1;
  return Math.round(Number(m[1]) * factor);
}
