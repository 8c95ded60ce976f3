import v8 from "node:v8";

/**
 * `bin/postlint.js` keeps V8 at its baseline tier (a one-file run is over before optimized code
 * pays off; see its comment on why the whole run stays there). A long post is another matter: a
 * 148 KB post of 8,000 one-line sentences took 2.5 s at the baseline tier and 1.7–1.8 s with
 * TurboFan, 3,000 quoted sentences 4–6 s against 2.0 s; a 20 KB post 0.75 s against 0.95 s, and
 * they cost about the same near 60 KB. `--max-opt=1` turned TurboFan off, so it is turned back on.
 */
const LONG_POST = 64 * 1024;
/**
 * Past the default size limit (1 MB, raised with --max-file-size) a post stays at the baseline
 * tier: the bench lints a 5 MB post under the 10 s budget and issue 15 bounds its peak RSS at
 * 300 MB. With TurboFan it got twice as far in those 10 s and peaked at 296–314 MB, against 219–226
 * MB without (linted to its end, 32 s against 66 s, both peak near 340 MB).
 */
const HUGE_POST = 1024 * 1024;

/** Before linting `text`: a long post, within the default size limit, gets TurboFan back. */
export function tierFor(text: string): void {
  if (text.length >= LONG_POST && text.length <= HUGE_POST) v8.setFlagsFromString("--max-opt=999 --turbofan");
}
