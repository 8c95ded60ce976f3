import { readFileSync, renameSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import type * as Crypto from "node:crypto";
import type { Hash } from "node:crypto";
import type { LintResult } from "../types.js";

interface CacheFile {
  format: 1;
  /** The postlint version that wrote it: another version's results are never reused. */
  version: string;
  entries: Record<string, { hash: string; result: LintResult }>;
}

export interface LintCache {
  get(filePath: string, text: string, configKey: string): LintResult | undefined;
  set(filePath: string, text: string, configKey: string, result: LintResult): void;
  /** Writes the cache back if anything changed; failures are reported, never fatal. */
  save(): void;
  readonly hits: number;
}

/**
 * ESLint-style `--cache`: a post whose content, config and postlint version are unchanged is not
 * linted again. A corrupt cache file, or one from another postlint version, is ignored with a
 * warning. Entries are not signed: whoever can write the cache file decides the results (README).
 */
export function openCache(location: string, version: string, warn: (message: string) => void): LintCache {
  let data: CacheFile = { format: 1, version, entries: {} };
  try {
    // Older cache files named the version `salt`.
    const parsed = JSON.parse(readFileSync(location, "utf8")) as Partial<CacheFile> & { salt?: string };
    const writtenBy = parsed.version ?? parsed.salt;
    if (parsed.format !== 1 || typeof parsed.entries !== "object" || parsed.entries === null) {
      warn(`ignoring the cache at ${location}: it is not a postlint cache file`);
    } else if (writtenBy !== version) {
      warn(`ignoring the cache at ${location}: it was written by postlint ${String(writtenBy)}, this is postlint ${version}; every post is linted again`);
    } else {
      data = { format: 1, version, entries: parsed.entries };
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") warn(`ignoring the cache at ${location}: ${code ?? "it is corrupt"}`);
  }
  let dirty = false;
  let hits = 0;
  const hashOf = (text: string, configKey: string): string => sha256().update(configKey).update("\0").update(text).digest("base64url");
  return {
    get hits() {
      return hits;
    },
    get(filePath, text, configKey) {
      const entry = data.entries[filePath];
      if (!entry || entry.hash !== hashOf(text, configKey) || !isResult(entry.result)) return undefined;
      hits++;
      return entry.result;
    },
    set(filePath, text, configKey, result) {
      // Input errors depend on the file system (permissions, size limits): never cached.
      if (result.messages.some((m) => m.fatal)) return;
      // A copy: the caller may still change its result (--fix adds "not fixed" errors to it).
      data.entries[filePath] = { hash: hashOf(text, configKey), result: structuredClone(result) };
      dirty = true;
    },
    save() {
      if (!dirty) return;
      try {
        const tmp = `${location}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify(data));
        renameSync(tmp, location);
      } catch (error) {
        warn(`could not write the cache to ${location}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    },
  };
}

function isResult(value: unknown): value is LintResult {
  const r = value as Partial<LintResult> | null;
  return typeof r === "object" && r !== null && typeof r.filePath === "string" && Array.isArray(r.messages);
}

/** A stable key for "the same rules and config": packs, rule versions and the resolved config. */
export function configKeyOf(parts: unknown): string {
  return sha256().update(JSON.stringify(parts)).digest("base64url");
}

// node:crypto costs start-up time on every run; only --cache needs it.
let crypto: typeof Crypto | undefined;
function sha256(): Hash {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof Crypto;
  return crypto.createHash("sha256");
}
