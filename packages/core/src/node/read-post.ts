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

/** Decodes bytes from a file or stdin with the same checks. */
export function decodePost(bytes: Uint8Array, file: string): string {
  if (bytes.subarray(0, 8000).includes(0)) throw new InputError("looks like a binary file, not a text post", { file });
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const text = new TextDecoder("utf-8").decode(bytes);
    const bad = text.indexOf("\uFFFD");
    const line = text.slice(0, bad).split("\n").length;
    throw new InputError("is not valid UTF-8 text; save it as UTF-8 and try again", { file, line });
  }
  const text = new TextDecoder("utf-8").decode(bytes);
  if (text.trim() === "") throw new InputError("is empty: there is no text to check", { file });
  return text;
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
