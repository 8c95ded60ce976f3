import type * as ChildProcess from "node:child_process";
import { createRequire } from "node:module";
import { availableParallelism } from "node:os";

/** Languages read, as Tesseract names them: English, Dutch, Danish. */
const OCR_LANGUAGES = "eng+nld+dan";

export type OcrOutcome = { text: string } | { skipped: "ocr-unavailable" | "ocr-timeout" | "ocr-failed"; detail?: string };

/**
 * Reads text with the Tesseract command-line program (Debian `tesseract-ocr` plus
 * `tesseract-ocr-eng`, `-nld`, `-dan`): the image goes in on stdin, the text comes out on stdout.
 * One thread per run (OMP_THREAD_LIMIT=1): OCR shares the machine with the lint workers. Killed
 * at the time budget. `POSTLINT_TESSERACT` names another binary (or a missing one, in tests).
 */
export async function runTesseract(png: Uint8Array, timeoutMs: number, binary = process.env.POSTLINT_TESSERACT || "tesseract"): Promise<OcrOutcome> {
  // At most one OCR process per core at a time (a busy server gets many images at once); the
  // time budget starts when this image's turn comes.
  await slot();
  try {
    return await spawnTesseract(png, timeoutMs, binary);
  } finally {
    release();
  }
}

const waiting: (() => void)[] = [];
let running = 0;
const slot = (): Promise<void> => {
  if (running < availableParallelism()) {
    running++;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
};
const release = (): void => {
  const next = waiting.shift();
  if (next) next();
  else running--;
};

function spawnTesseract(png: Uint8Array, timeoutMs: number, binary: string): Promise<OcrOutcome> {
  return new Promise((resolve) => {
    let settled = false;
    const done = (outcome: OcrOutcome) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(outcome);
    };
    const child = childProcess().spawn(binary, ["stdin", "stdout", "-l", OCR_LANGUAGES, "--psm", "3"], {
      stdio: ["pipe", "pipe", "pipe"],
      env: { ...process.env, OMP_THREAD_LIMIT: "1" },
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      done({ skipped: "ocr-timeout" });
    }, timeoutMs);
    child.stdout.on("data", (b: Buffer) => out.push(b));
    child.stderr.on("data", (b: Buffer) => err.push(b));
    child.on("error", (error: NodeJS.ErrnoException) => done(error.code === "ENOENT" ? { skipped: "ocr-unavailable", detail: `"${binary}" was not found` } : { skipped: "ocr-failed", detail: error.message }));
    child.on("close", (code) => {
      const stderr = Buffer.concat(err).toString("utf8");
      // A missing language pack is an engine that cannot read our languages.
      if (/Failed loading language|Could not initialize tesseract/i.test(stderr)) done({ skipped: "ocr-unavailable", detail: `language data for ${OCR_LANGUAGES} is missing` });
      else if (code !== 0) done({ skipped: "ocr-failed", detail: stderr.split("\n")[0] ?? `exit ${code}` });
      else done({ text: Buffer.concat(out).toString("utf8") });
    });
    child.stdin.on("error", () => undefined);
    child.stdin.end(png);
  });
}

// node:child_process (with net and dgram) costs every run start-up time; loaded when an image is read.
let loaded: typeof ChildProcess | undefined;
const childProcess = (): typeof ChildProcess => (loaded ??= createRequire(import.meta.url)("node:child_process") as typeof ChildProcess);
