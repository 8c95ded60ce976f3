#!/usr/bin/env node
// The bundled build starts much faster; the plain build is used when the bundle is missing or
// older than it (during development, after a `tsc -b` without `pnpm build`).
import { statSync } from "node:fs";
import module from "node:module";
import v8 from "node:v8";

// A one-file run (a pre-commit hook, an editor's save) is over in well under a second, and V8's
// optimizing compiler spends that time compiling the start-up code (parsing the config, building
// the tries) that never runs again: stopping at the baseline tier made such runs 5–20% faster.
// `--max-opt=1` also turns TurboFan off (a V8 flag implication), and the timer's `--max-opt=999`
// does not turn it back on (Node 20: a hot loop stays 4.5× slower), so every run stays at the
// baseline tier to its end, as it has since this line was written. Turning it back on as well
// (`--max-opt=999 --turbofan`) made 2,000 files about 20% faster but raised their peak RSS from
// 165 to 238 MB, and the bench's 5 MB post from 219 to 296–314 MB (issue 15's bound is 300), so it
// is not done here; src/tiering.ts does it before a long post within the default size limit.
v8.setFlagsFromString("--max-opt=1");
setTimeout(() => v8.setFlagsFromString("--max-opt=999"), 500).unref();

// Node 22.1+ keeps V8's compiled code of the bundle on disk (in the OS temp folder) and reuses it
// on the next start; Node 20 has no such API and starts as before. NODE_DISABLE_COMPILE_CACHE=1
// turns it off.
module.enableCompileCache?.();

const bundle = new URL("../dist/bundle/postlint.js", import.meta.url);
const plain = new URL("../dist/main.js", import.meta.url);
const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
// `postlint … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
const { main } = await import(mtime(bundle) >= mtime(plain) ? bundle.href : plain.href);
process.exitCode = await main(process.argv.slice(2));
