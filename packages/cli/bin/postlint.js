#!/usr/bin/env node
// The bundled build starts much faster; the plain build is used when the bundle is missing or
// older than it (during development, after a `tsc -b` without `pnpm build`).
import { statSync } from "node:fs";
import module from "node:module";
import { fileURLToPath } from "node:url";
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
// A regular expression is compiled when first run: to V8's bytecode, and again to machine code on
// its second run (`--regexp-tier-up`). A one-file run compiles some 180 of them, many run more than
// once, and those with Unicode classes (`\p{L}`) cost 0.3–1.4 ms a compile: compiled once, to
// machine code, a one-file run took 0.02–0.03 s less CPU (docs/benchmarks.md, session 25).
v8.setFlagsFromString("--no-regexp-tier-up");
setTimeout(() => v8.setFlagsFromString("--max-opt=999"), 500).unref();

// Node 22.1+ keeps V8's compiled code of the bundle on disk (in the OS temp folder) and reuses it
// on the next start. Node 20 has no such API: there the CommonJS copy of the bundle is run with a
// code cache of its own (code-cache.js). NODE_DISABLE_COMPILE_CACHE=1 turns either off.
module.enableCompileCache?.();

const bundle = new URL("../dist/bundle/postlint.js", import.meta.url);
const script = new URL("../dist/bundle/postlint.cjs", import.meta.url);
const plain = new URL("../dist/main.js", import.meta.url);
const mtime = (url) => statSync(url, { throwIfNoEntry: false })?.mtimeMs ?? -1;
// `postlint … | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (error) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});
let cli;
let saveCodeCache;
if (mtime(bundle) < mtime(plain)) cli = await import(plain.href);
else if (!module.enableCompileCache && mtime(script) >= mtime(plain)) {
  const { codeCacheFile, loadCached } = await import("./code-cache.js");
  const file = fileURLToPath(script);
  const cacheFile = codeCacheFile(file, process.env);
  // Without a cache to keep, the ES modules start faster than the one script compiled whole.
  if (cacheFile !== undefined) ({ exports: cli, save: saveCodeCache } = loadCached(file, cacheFile));
}
cli ??= await import(bundle.href);
process.exitCode = await cli.main(process.argv.slice(2));
if (saveCodeCache !== undefined) {
  // V8 stamps a code cache with the flags in force when it is made and turns it down under any
  // others. The timer above (in a run over half a second) and src/tiering.ts change them, and every
  // such run's cache was turned down by the next run, which then compiled the whole bundle and
  // wrote the cache again: so they are set back to the start's first (`--no-turbofan` is what
  // `--max-opt=1` implied).
  v8.setFlagsFromString("--max-opt=1 --no-turbofan");
  saveCodeCache();
}
