// The rule pack's lexicons as one JSON file a language beside the bundle, read on first use.
//
// In the pack they are JSON strings in a module (rules/src/generated/lexicons.ts), which works
// everywhere (the browser extension bundles the same code) but costs every start-up: V8 scans
// and interns all three languages' strings, about 2.5 MB, when the module loads (80 ms), though a
// run reads only the languages of its posts. The CLI runs on Node, so its bundle reads each
// language's file the first time a post in that language is linted (rules/src/lexicons.ts parses
// the text once, as before).
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";

const GENERATED = /[\\/]rules[\\/]dist[\\/]generated[\\/]lexicons\.js$/;

/** `lexicons-<language>.json`: what the bundle reads, next to its chunks. */
const fileName = (language) => `lexicons-${language}.json`;

/** An esbuild plugin: the generated module becomes getters that read the files `outdir` receives. */
export function lexiconFiles(outdir) {
  return {
    name: "lexicon-files",
    setup(b) {
      b.onLoad({ filter: GENERATED }, async (args) => {
        const { expandedLexiconJson } = await import(pathToFileURL(args.path).href);
        mkdirSync(outdir, { recursive: true });
        for (const [language, json] of Object.entries(expandedLexiconJson)) writeFileSync(path.join(outdir, fileName(language)), json);
        const getters = Object.keys(expandedLexiconJson).map((language) => `get ${JSON.stringify(language)}() { return read(${JSON.stringify(fileName(language))}); }`);
        return {
          contents: [
            'import { readFileSync } from "node:fs";',
            // Every chunk is in the same folder as the files, so the chunk's own URL finds them.
            'const read = (name) => readFileSync(new URL(`./${name}`, import.meta.url), "utf8");',
            `export const expandedLexiconJson = { ${getters.join(", ")} };`,
          ].join("\n"),
          loader: "js",
        };
      });
    },
  };
}
