// Bundles the CLI into dist/bundle/ so a pre-commit hook starts in a fraction of the time
// node needs to resolve and load hundreds of small ESM files. Lazy imports stay lazy chunks.
import { readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { build } from "esbuild";
import { asciiChunks, isAscii } from "./ascii-output.mjs";
import { loaderImports } from "./dynamic-imports.mjs";
import { chunksOf, esmChunks } from "./esm-chunks.mjs";
import { jsonData } from "./json-data.mjs";
import { languageFiles } from "./language-files.mjs";
import { lazyBuiltins } from "./lazy-builtins.mjs";

/**
 * Start-up is mostly parsing and evaluating the bundle, so leave out data no run can use:
 * zod's error messages in 40 languages (postlint writes its own) and franc's trigram models of
 * the 184 languages postlint never asks it about (it always passes `only: [eng, nld, dan]`).
 */
const slimData = {
  name: "slim-data",
  setup(b) {
    b.onLoad({ filter: /[\\/]zod[\\/]v4[\\/]locales[\\/]index\.js$/ }, (args) => ({ contents: 'export { default as en } from "./en.js";', loader: "js", resolveDir: path.dirname(args.path) }));
    b.onLoad({ filter: /[\\/]franc[\\/]data\.js$/ }, async (args) => {
      const { data } = await import(pathToFileURL(args.path).href);
      const latin = Object.fromEntries(["eng", "nld", "dan"].map((code) => [code, data.Latin[code]]));
      return { contents: `export const data = ${JSON.stringify({ Latin: latin })};`, loader: "js" };
    });
    // pattern's Dutch sentiment lexicon: core reads each word's polarity only (sentiment.ts), so
    // its other nine fields per word are left out (670 KB of object literal to parse → about 150 KB).
    // esbuild's JSON loader makes a module variable of every top-level key (4,000 here); as one
    // JSON string given to JSON.parse (see json-data.mjs) it loads in 12 ms instead of 34.
    b.onLoad({ filter: /[\\/]pattern-sentiment-nl\.json$/ }, async (args) => {
      const pattern = JSON.parse(readFileSync(args.path, "utf8"));
      const slim = Object.fromEntries(Object.entries(pattern).map(([word, entry]) => [word, { polarity: entry.polarity }]));
      return { contents: `export default JSON.parse(${JSON.stringify(JSON.stringify(slim))});`, loader: "js" };
    });
  },
};

rmSync(new URL("../dist/bundle", import.meta.url), { recursive: true, force: true });
const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
/** What the two builds share: one folder, the same data plugins, the same externals. */
const common = {
  outdir: "dist/bundle",
  bundle: true,
  platform: "node",
  target: "node20",
  define: { __POSTLINT_VERSION__: JSON.stringify(version) },
  // The server is started by `postlint serve` only; tinypool starts workers from its own files.
  external: ["@postlint/server", "typescript", "tinypool", "sharp", "vscode-languageserver", "vscode-languageserver-textdocument"],
  legalComments: "none",
  // Smaller source parses faster at start-up; names are kept so stack traces stay readable.
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [slimData, jsonData, lazyBuiltins, languageFiles("dist/bundle")],
  logLevel: "warning",
};
const esm = await build({
  ...common,
  metafile: true,
  // The worker is its own entry so the pool can start it next to the bundle.
  entryPoints: { postlint: "dist/main.js", "lint-worker": "dist/lint-worker.js" },
  splitting: true,
  format: "esm",
  // Bundled CommonJS (natural, cosmiconfig) may call require() for Node built-ins.
  banner: { js: "import { createRequire as __postlintRequire } from 'node:module'; const require = __postlintRequire(import.meta.url);" },
});
// The same CLI as one CommonJS script, for Node without `module.enableCompileCache` (Node 20):
// bin/code-cache.js compiles it through `vm.Script` with V8's code cache of an earlier run, which
// Node 20 offers for scripts only, not for ES modules. Lazy imports are inlined (no chunks in
// CommonJS) but the image readers' (esm-chunks.mjs); with the cache, code a run never calls
// costs its bytes read, not a parse.
await build({
  ...common,
  plugins: [...common.plugins, esmChunks(chunksOf(esm.metafile))],
  entryPoints: { postlint: "dist/main.js" },
  outExtension: { ".js": ".cjs" },
  format: "cjs",
  // The chunks find their data files, the worker and their own package through their URL.
  define: { ...common.define, "import.meta.url": "__postlintUrl" },
  banner: { js: 'var __postlintUrl = require("node:url").pathToFileURL(__filename).href;' },
});
loaderImports("dist/bundle/postlint.cjs");
asciiChunks("dist/bundle");
// bin/code-cache.js reads the script as Latin-1, which only ASCII text survives unchanged.
if (!isAscii(readFileSync("dist/bundle/postlint.cjs", "latin1"))) throw new Error("dist/bundle/postlint.cjs is not ASCII");
