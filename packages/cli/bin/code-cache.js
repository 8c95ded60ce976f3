// The CommonJS bundle compiled with V8's code cache of an earlier run, for Node 20, which has no
// `module.enableCompileCache` (and no code cache for ES modules at all).
//
// A one-file run spent about a tenth of its time compiling: parsing the bundle's modules, then
// each function the first time it is called. V8's code cache of a script, written once a run is
// over, holds the bytecode of every function that run compiled, and the next run deserializes it
// instead (one file: 0.61 → 0.54 s over 25 interleaved runs; docs/benchmarks.md, session 21).
//
// The cache is the user's own (`$XDG_CACHE_HOME/postlint` or `~/.cache/postlint`, never a folder
// others can write to: bytecode is code), one file per Node version and bundle (its size and
// time), since V8 itself checks little more than the source's length. NODE_DISABLE_COMPILE_CACHE=1
// turns it off, as it does Node's own.
//
// Whatever run writes the cache first decides what it holds: after a `--version` or a small test
// run it held 1.4–1.6 MB instead of a one-file run's 2.16 MB, and one-file runs were about 0.03 s
// slower (docs/benchmarks.md, sessions 22 and 23). So a later run that compiled clearly more than the cache gave it writes it again, and a
// long run none (see `save` below).
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import v8 from "node:v8";
import vm from "node:vm";

/** The cache folder, made if missing; undefined when it cannot be used safely. */
function cacheFolder(env) {
  if (env.NODE_DISABLE_COMPILE_CACHE === "1") return undefined;
  try {
    const base = env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache");
    const dir = path.join(base, "postlint");
    mkdirSync(dir, { recursive: true, mode: 0o700 });
    const stat = statSync(dir);
    // Someone else's folder, or one others may write to, could hold bytecode of their making.
    if (typeof process.getuid === "function" && stat.uid !== process.getuid()) return undefined;
    if ((stat.mode & 0o022) !== 0) return undefined;
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * Where the code cache of `file` is kept (undefined when there is none to keep).
 * @param {string} file
 * @param {NodeJS.ProcessEnv} env
 */
export function codeCacheFile(file, env) {
  const dir = cacheFolder(env);
  if (dir === undefined) return undefined;
  const { size, mtimeMs } = statSync(file);
  return path.join(dir, `code-${process.version}-${process.arch}-${size}-${Math.trunc(mtimeMs)}.bin`);
}

/** Caches kept: a few installs (or Node versions) side by side, not one more per rebuild. */
const KEEP = 4;

/**
 * A run that compiled more bytecode than an eighth of the cache's size (bytes of V8's heap, against
 * bytes of the cache) makes a new cache to compare. With a one-file run's own 2.17 MB cache, a
 * one-file run compiles 20–240 KB more (another language, `new Function`, code outside the bundle),
 * under the 270 KB an eighth is; after a `--version` run's 1.36 MB cache it compiled 640 KB more.
 */
const RECOMPILED = 1 / 8;
/**
 * The new cache is written when it is this much larger than the one read, so runs that differ a
 * little do not write it in turn. A cache only grows: V8 cannot tell which of the functions it
 * deserialized a run called, so a run cannot tell that it needed less.
 */
const LARGER = 1.1;
/**
 * Runs longer than this (CPU seconds, all threads) write no cache. Deserializing costs as well: a
 * one-file run took 0.04 s more CPU with the 3.7 MB cache of a run of `fixtures/example` (images,
 * three languages; 2.1–3.4 s of CPU here) than with its own 2.17 MB, and a cache only grows. The
 * cache is for the runs whose start is a large part of them (one file: 0.56–1.0 s, three files in
 * three languages: 1.0–1.2 s); a long run compiles what it needs in a small part of its time.
 */
const LONG_RUN = 2;

/** Bytes of bytecode in V8's heap: a walk of the heap, about 1 ms at start and 3–6 ms after a one-file run. */
const bytecode = () => v8.getHeapCodeStatistics().bytecode_and_metadata_size;

/** Removes all but the `KEEP` newest caches. */
function prune(dir) {
  const caches = readdirSync(dir)
    .filter((name) => name.startsWith("code-") && name.endsWith(".bin"))
    .map((name) => ({ file: path.join(dir, name), time: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { file } of caches.slice(KEEP)) rmSync(file, { force: true });
}

/**
 * Runs the CommonJS bundle `file` and returns its exports, and a function that writes the code
 * cache when there was none (or V8 turned it down), or when this run compiled clearly more than
 * the cache held, unless the run was long: call it once the run is over, so the cache holds what
 * the run compiled.
 * @param {string} file
 * @param {string} cacheFile
 */
export function loadCached(file, cacheFile) {
  let cachedData;
  try {
    cachedData = readFileSync(cacheFile);
  } catch {
    cachedData = undefined;
  }
  // Node's own CommonJS wrapper, on the first line so line numbers in stack traces stay right,
  // and the bundle's `import()` (see scripts/dynamic-imports.mjs): a script from the code cache
  // cannot import on Node 20. Only packages, absolute URLs and the image readers' chunks beside
  // the script are imported (the rest is bundled; scripts/esm-chunks.mjs): packages resolve the
  // same from here as from the bundle, in the same package, and a relative path from the script.
  // The bundle is ASCII (scripts/bundle.mjs checks), so Latin-1 reads the same characters; Node 20
  // made a string of its 3.3 MB (2.5 MB now) in about 35 ms as UTF-8 and 13–22 ms as Latin-1 on the bench
  // machine (most of that the page faults of fresh memory, which any decoding pays).
  const text = readFileSync(file).toString("latin1");
  const source = `(function (exports, require, module, __filename, __dirname, __postlintImport) { ${text}\n})`;
  const script = new vm.Script(source, { filename: file, cachedData });
  // V8 deserializes the whole cache as it compiles, so whatever bytecode the heap gains after this
  // point was compiled by this run (or lies outside the bundle).
  const used = cachedData !== undefined && !script.cachedDataRejected;
  const loaded = used ? bytecode() : 0;
  const module = { exports: {} };
  const base = pathToFileURL(file);
  const load = (specifier) => import(specifier.startsWith(".") ? new URL(specifier, base).href : specifier);
  script.runInThisContext()(module.exports, createRequire(file), module, file, path.dirname(file), load);
  const save = () => {
    try {
      const { user, system } = process.cpuUsage();
      if (user + system > LONG_RUN * 1e6) return;
      let data;
      if (!used) data = script.createCachedData();
      // Making a cache to compare costs 20–30 ms, so only a run that compiled much more does it.
      else if (bytecode() - loaded > cachedData.length * RECOMPILED) {
        data = script.createCachedData();
        // A cache lacks what its run never called or V8 flushed: the larger one is kept.
        if (data.length < cachedData.length * LARGER) return;
      } else return;
      // Written aside and renamed, so a run starting meanwhile reads a whole cache or none.
      const temp = `${cacheFile}.${process.pid}.tmp`;
      writeFileSync(temp, data, { mode: 0o600 });
      renameSync(temp, cacheFile);
      prune(path.dirname(cacheFile));
    } catch {
      // A cache that cannot be written is only a slower next start.
    }
  };
  return { exports: module.exports, save };
}
