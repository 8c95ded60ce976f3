// The rule pack's per-language data as one file a language beside the bundle, read on first use.
//
// In the pack, each language's lexicons (rules/src/generated/lexicons.ts) and learned-model
// weights (generated/models.ts) are strings in a module, which works everywhere (the browser
// extension bundles the same code) but costs every start-up: V8 scans and interns every
// language's strings when the module loads (lexicons: 2.5 MB, 80 ms), though a run reads only the
// languages of its posts. The CLI runs on Node, so in its bundle each such string becomes a getter
// that reads its file; the pack asks for each language's once (rules/src/lexicons.ts,
// concepts/learned.ts), so the text can be collected once it is parsed.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { asciiJson, isAscii } from "./ascii-output.mjs";

const MODULES = [
  // Each export's strings become files named `<prefix>-<language>.txt`.
  { filter: /[\\/]rules[\\/]dist[\\/]generated[\\/]lexicons\.js$/, exports: { expandedLexiconJson: "lexicons", stemTableJson: "stems", firstWordJson: "first-words" } },
  { filter: /[\\/]rules[\\/]dist[\\/]generated[\\/]models\.js$/, exports: { LEARNED_MODELS: "models", LEARNED_WEIGHTS: "models" } },
];

const LANGUAGE_KEYS = new Set(["en", "nl", "da", "any"]);

/** `{ en: "…", nl: "…", … }`: strings by language, which become files. */
const byLanguage = (value) => typeof value === "object" && value !== null && "en" in value && Object.entries(value).every(([k, v]) => LANGUAGE_KEYS.has(k) && typeof v === "string");

/** JavaScript source for `value`, its strings by language turned into getters of files (added to `files`). */
function source(value, name, files) {
  if (byLanguage(value)) {
    const getters = Object.entries(value).map(([language, text]) => {
      // A file for a few bytes would cost more to open than the bytes cost to scan.
      if (text.length < 1024) return `${JSON.stringify(language)}: ${JSON.stringify(text)}`;
      const file = `${name}-${language}.txt`;
      const written = isJson(text) ? asciiJson(text) : text;
      files.set(file, written);
      return `get ${JSON.stringify(language)}() { return read(${JSON.stringify(file)}, ${isAscii(written)}); }`;
    });
    return `{ ${getters.join(", ")} }`;
  }
  if (typeof value === "object" && value !== null && !Array.isArray(value)) {
    return `{ ${Object.entries(value).map(([k, v]) => `${JSON.stringify(k)}: ${source(v, `${name}-${k}`, files)}`).join(", ")} }`;
  }
  return JSON.stringify(value);
}

/** Whether `text` is JSON (lexicons, stem tables and the models' weights are). */
function isJson(text) {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

/** An esbuild plugin: the modules above become getters that read the files written to `outdir`. */
export function languageFiles(outdir) {
  return {
    name: "language-files",
    setup(b) {
      for (const { filter, exports } of MODULES) {
        b.onLoad({ filter }, async (args) => {
          const module = await import(pathToFileURL(args.path).href);
          const files = new Map();
          const declarations = Object.entries(exports).map(([name, prefix]) => `export const ${name} = ${source(module[name], prefix, files)};`);
          if (files.size === 0) throw new Error(`${args.path}: no strings by language found`);
          mkdirSync(outdir, { recursive: true });
          for (const [file, text] of files) writeFileSync(path.join(outdir, file), text);
          return {
            contents: [
              'import { readFileSync } from "node:fs";',
              // Every chunk is in the same folder as the files, so the chunk's own URL finds them.
              // An ASCII file is read as Latin-1, the same characters: Node 20 decodes UTF-8 text
              // about twice as slowly (the 3.3 MB CommonJS bundle: 35 ms against 13–22 ms).
              'const read = (name, ascii) => (ascii ? readFileSync(new URL(`./${name}`, import.meta.url)).toString("latin1") : readFileSync(new URL(`./${name}`, import.meta.url), "utf8"));',
              ...declarations,
            ].join("\n"),
            loader: "js",
          };
        });
      }
    },
  };
}
