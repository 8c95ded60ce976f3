import { readFileSync, renameSync, writeFileSync } from "node:fs";
import type { ImageContent } from "../../types.js";

/** What is cached per image: everything but its name, which the post gives. */
export type CachedImage = Omit<ImageContent, "name" | "alt">;

/** Image contents by content hash (and reading options): the same photo is read once. */
export interface ImageCache {
  get(key: string): CachedImage | undefined;
  set(key: string, value: CachedImage): void;
  /** Writes a file-backed cache back if anything changed; failures are reported, never fatal. */
  save(): void;
}

/** In memory, the oldest entries dropped past `max` (the server's cache). */
export function memoryImageCache(max = 500): ImageCache {
  const entries = new Map<string, CachedImage>();
  return {
    get: (key) => entries.get(key),
    set(key, value) {
      entries.delete(key);
      entries.set(key, value);
      while (entries.size > max) entries.delete(entries.keys().next().value as string);
    },
    save: () => undefined,
  };
}

/**
 * Beside `--cache`: `<cache file>.images` keeps what was read from each image by content hash, so
 * a post whose photo is unchanged is not OCR'd again on the next run. A corrupt file is ignored.
 */
export function fileImageCache(location: string, warn: (message: string) => void): ImageCache {
  let entries: Record<string, CachedImage> = {};
  try {
    const parsed = JSON.parse(readFileSync(location, "utf8")) as { format?: number; entries?: Record<string, CachedImage> };
    if (parsed.format === 1 && typeof parsed.entries === "object" && parsed.entries !== null) entries = parsed.entries;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== "ENOENT") warn(`ignoring the image cache at ${location}: ${code ?? "it is corrupt"}`);
  }
  let dirty = false;
  return {
    get: (key) => (Object.hasOwn(entries, key) ? entries[key] : undefined),
    set(key, value) {
      entries[key] = value;
      dirty = true;
    },
    save() {
      if (!dirty) return;
      try {
        const tmp = `${location}.${process.pid}.tmp`;
        writeFileSync(tmp, JSON.stringify({ format: 1, entries }));
        renameSync(tmp, location);
        dirty = false;
      } catch (error) {
        warn(`could not write the image cache to ${location}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
      }
    },
  };
}
