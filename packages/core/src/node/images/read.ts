import type * as Crypto from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import type * as ZxingModule from "@zxing/library";
import type { DecodeHintType } from "@zxing/library";
import type { ImageCode, ImageContent, ImageMetadata } from "../../types.js";
import { memoryImageCache, type CachedImage, type ImageCache } from "./cache.js";
import { runTesseract } from "./ocr.js";
import { imageRefsOf } from "./refs.js";

export interface ImageReaderOptions {
  /** Read text in images (OCR). Default true. */
  ocr?: boolean;
  /** Time budget per image for OCR, in milliseconds. Default 10,000. */
  timeoutMs?: number;
  /** Largest image read, in bytes. Default 20 MB. */
  maxBytes?: number;
  /** Default: an in-memory cache of 500 images. */
  cache?: ImageCache;
  /** Notices (the OCR engine is missing), each kind once per reader. Default: stderr. */
  onNotice?: (message: string) => void;
}

export interface ImageReader {
  /** Reads one image's text, metadata and codes. Never throws: what cannot be read is listed in `skipped`. */
  read(bytes: Uint8Array, name: string, alt?: string | null): Promise<ImageContent>;
  /** Reads the local images a post names (Markdown images, front matter `images:`), relative to `dir`. */
  readPostImages(text: string, dir: string): Promise<ImageContent[]>;
}

export const DEFAULT_IMAGE_MAX_BYTES = 20 * 1024 * 1024;
const DEFAULT_TIMEOUT_MS = 10_000;
/** Bumped when what is read changes, so cached contents from older versions are read again. */
const READER_VERSION = 1;

// Notices are per process, so a run over many files says "no OCR engine" once.
const noticed = new Set<string>();

export function createImageReader(options: ImageReaderOptions = {}): ImageReader {
  const ocr = options.ocr ?? true;
  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxBytes = options.maxBytes ?? DEFAULT_IMAGE_MAX_BYTES;
  const cache = options.cache ?? memoryImageCache();
  const notice = (kind: string, message: string) => {
    if (noticed.has(kind)) return;
    noticed.add(kind);
    (options.onNotice ?? ((m: string) => process.stderr.write(`postlint: ${m}\n`)))(message);
  };

  const read = async (bytes: Uint8Array, name: string, alt?: string | null): Promise<ImageContent> => {
    const key = `${READER_VERSION}:${ocr ? "ocr" : "no-ocr"}:${sha256().update(bytes).digest("base64url")}`;
    let content = cache.get(key);
    if (!content) {
      content = await extract(bytes, { ocr, timeoutMs });
      // An engine that was missing or too slow may work next time: such results are not kept.
      if (!content.skipped?.some((s) => s.startsWith("ocr-"))) cache.set(key, content);
    }
    for (const s of content.skipped ?? []) {
      if (s === "ocr-unavailable") notice(s, "text in images is not read: no OCR engine (install tesseract-ocr with tesseract-ocr-eng, -nld and -dan). Everything else is checked.");
      if (s === "ocr-timeout") notice(s, `text in an image was not read within ${timeoutMs} ms (images.timeoutMs in the config); the rest was checked.`);
    }
    return { name, ...(alt !== undefined ? { alt } : {}), ...content };
  };

  return {
    read,
    async readPostImages(text, dir) {
      const out: ImageContent[] = [];
      for (const name of imageRefsOf(text)) {
        const file = path.resolve(dir, safeDecode(name));
        try {
          const info = await stat(file);
          if (!info.isFile() || info.size > maxBytes) {
            out.push({ name, skipped: [info.isFile() ? "too-large" : "unreadable"] });
            continue;
          }
          out.push(await read(await readFile(file), name));
        } catch {
          out.push({ name, skipped: ["unreadable"] });
        }
      }
      return out;
    },
  };
}

function safeDecode(name: string): string {
  try {
    return decodeURI(name);
  } catch {
    return name;
  }
}

/** A fingerprint of the images a post names (size and modification time): part of the `--cache` key. */
export async function imagesStamp(text: string, dir: string): Promise<string> {
  const parts: string[] = [];
  for (const name of imageRefsOf(text)) {
    try {
      const info = await stat(path.resolve(dir, safeDecode(name)));
      parts.push(`${name}:${info.size}:${info.mtimeMs}`);
    } catch {
      parts.push(`${name}:-`);
    }
  }
  return parts.join("|");
}

async function extract(bytes: Uint8Array, options: { ocr: boolean; timeoutMs: number }): Promise<CachedImage> {
  const { default: sharp } = await import("sharp");
  const skipped: string[] = [];
  let meta;
  try {
    meta = await sharp(bytes).metadata();
  } catch {
    return { skipped: ["unreadable"] };
  }
  const [{ metadata, embedded }, codes] = await Promise.all([readMetadata(bytes), readCodes(bytes).catch(() => [] as ImageCode[])]);
  let ocrText = "";
  if (options.ocr) {
    const outcome = await runTesseract(await forOcr(bytes, meta.width ?? 0), options.timeoutMs);
    if ("text" in outcome) ocrText = outcome.text;
    else skipped.push(outcome.skipped);
  }
  const text = [ocrText.trim(), ...embedded, ...codes.map((c) => c.text)].filter(Boolean).join("\n\n");
  return { ...(text ? { text } : {}), ...(metadata ? { metadata } : {}), ...(codes.length ? { codes } : {}), ...(skipped.length ? { skipped } : {}) };
}

/** Grey scale, small images upscaled (Tesseract wants ~30 px letters), contrast stretched, as PNG. */
async function forOcr(bytes: Uint8Array, width: number): Promise<Buffer> {
  const { default: sharp } = await import("sharp");
  let img = sharp(bytes).rotate().greyscale();
  if (width > 0 && width < 1200) img = img.resize({ width: Math.min(width * 2, 2400) });
  else if (width > 4000) img = img.resize({ width: 4000 });
  return img.normalise().png({ compressionLevel: 1 }).toBuffer();
}

const PERSONAL_FIELDS = ["Artist", "OwnerName", "CameraOwnerName", "SerialNumber", "BodySerialNumber", "LensSerialNumber", "XPAuthor", "creator", "Author"] as const;
const TEXT_FIELDS = ["ImageDescription", "UserComment", "XPComment", "XPTitle", "description", "title", "Description", "Comment"] as const;

async function readMetadata(bytes: Uint8Array): Promise<{ metadata?: ImageMetadata; embedded: string[] }> {
  const { default: exifr } = await import("exifr");
  let raw: Record<string, unknown> | undefined;
  try {
    raw = (await exifr.parse(Buffer.from(bytes), { gps: true, tiff: true, ifd0: true, exif: true, xmp: true, userComment: true, mergeOutput: true } as never)) as Record<string, unknown> | undefined;
  } catch {
    raw = undefined;
  }
  if (!raw) return { embedded: [] };
  const metadata: ImageMetadata = {};
  const lat = raw.latitude;
  const lon = raw.longitude;
  if (typeof lat === "number" && typeof lon === "number" && Number.isFinite(lat) && Number.isFinite(lon) && !(lat === 0 && lon === 0)) metadata.gps = { latitude: lat, longitude: lon };
  const personal = PERSONAL_FIELDS.flatMap((field) => {
    const value = stringOf(raw[field]);
    return value ? [{ field, value }] : [];
  });
  if (personal.length) metadata.personal = personal;
  const embedded = [...new Set(TEXT_FIELDS.map((f) => stringOf(raw[f])).filter((v): v is string => Boolean(v)))];
  return { ...(metadata.gps || metadata.personal ? { metadata } : {}), embedded };
}

function stringOf(value: unknown): string | undefined {
  if (typeof value === "string") return value.replace(/(?<!\0)\0+$/, "").trim() || undefined;
  if (Array.isArray(value)) return value.map(stringOf).filter(Boolean).join(", ") || undefined;
  if (value instanceof Uint8Array) return new TextDecoder().decode(value).replace(/^(ASCII|UNICODE)\0*/, "").replace(/\0/g, "").trim() || undefined;
  if (typeof value === "object" && value !== null && "value" in value) return stringOf(value.value);
  return undefined;
}

type Zxing = typeof ZxingModule;

/** QR codes and common barcodes (zxing), read from a grey-scale copy at most 1,600 px wide. */
async function readCodes(bytes: Uint8Array): Promise<ImageCode[]> {
  const { default: sharp } = await import("sharp");
  // CommonJS: bundled (the CLI), its exports sit on `default`.
  const loaded = (await import("@zxing/library")) as Zxing & { default?: Zxing };
  const zxing = loaded.default?.MultiFormatReader ? loaded.default : loaded;
  const { data, info } = await sharp(bytes).rotate().greyscale().resize({ width: 1600, height: 1600, fit: "inside", withoutEnlargement: true }).raw().toBuffer({ resolveWithObject: true });
  const source = new zxing.RGBLuminanceSource(new Uint8ClampedArray(data.buffer, data.byteOffset, data.length), info.width, info.height);
  const hints = new Map<DecodeHintType, unknown>([[zxing.DecodeHintType.TRY_HARDER, true]]);
  const reader = new zxing.MultiFormatReader();
  try {
    const result = reader.decode(new zxing.BinaryBitmap(new zxing.HybridBinarizer(source)), hints);
    return [{ format: zxing.BarcodeFormat[result.getBarcodeFormat()].toLowerCase().replace(/_/g, ""), text: result.getText() }];
  } catch {
    return [];
  }
}

/** Reads images given as base64 (NDJSON and API `images: [{ name, data, alt }]`). */
export async function readImageData(reader: ImageReader, images: readonly { name: string; data: string; alt?: string | null }[], maxBytes = DEFAULT_IMAGE_MAX_BYTES): Promise<ImageContent[]> {
  const out: ImageContent[] = [];
  for (const image of images) {
    const bytes = Buffer.from(image.data, "base64");
    if (bytes.length > maxBytes) out.push({ name: image.name, skipped: ["too-large"] });
    else out.push(await reader.read(bytes, image.name, image.alt));
  }
  return out;
}

// node:crypto costs every run start-up time (a one-file run reads no image); loaded when an image is.
let crypto: typeof Crypto | undefined;
function sha256(): Crypto.Hash {
  crypto ??= createRequire(import.meta.url)("node:crypto") as typeof Crypto;
  return crypto.createHash("sha256");
}
