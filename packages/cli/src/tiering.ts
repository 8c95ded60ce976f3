import v8 from "node:v8";

/**
 * `bin/postlint.js` stops V8 at its baseline tier for the first half second of a run (a one-file
 * run is over before optimized code pays off) and a timer turns the optimizing compiler back on.
 * A long post is linted in one synchronous stretch, so that timer cannot fire until it is done:
 * a 148 KB post of 8,000 one-line sentences took 2.5 s at the baseline tier and 1.8–2.3 s with the
 * optimizing compiler, a 20 KB post 0.75 s against 0.95 s; they cost about the same near 60 KB.
 * `--turbofan` as in the bin: `--max-opt=1` turned it off.
 */
const LONG_POST = 64 * 1024;

/** Before linting `text`: a long post gets the optimizing compiler back now. */
export function tierFor(text: string): void {
  if (text.length >= LONG_POST) v8.setFlagsFromString("--max-opt=999 --turbofan");
}
