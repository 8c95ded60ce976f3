// Node built-ins a bundled dependency requires at load time though a run rarely calls them,
// required on first use instead: a one-file run pays for every built-in the bundle loads.
import { readFile } from "node:fs/promises";

const LAZY = [
  // cosmiconfig's loaders need node:crypto only to name the temporary file of a TypeScript
  // config (`randomUUID`); loading it cost about 8 ms of every start (15 internal modules).
  {
    filter: /[\\/]cosmiconfig[\\/]dist[\\/]loaders\.js$/,
    from: 'const crypto_1 = require("crypto");',
    to: 'const crypto_1 = { get randomUUID() { return require("crypto").randomUUID; } };',
  },
];

/** An esbuild plugin: each `from` above becomes its `to`; a dependency that changed fails the build. */
export const lazyBuiltins = {
  name: "lazy-builtins",
  setup(b) {
    for (const { filter, from, to } of LAZY) {
      b.onLoad({ filter }, async (args) => {
        const source = await readFile(args.path, "utf8");
        if (!source.includes(from)) throw new Error(`${args.path}: expected ${from}`);
        return { contents: source.replace(from, to), loader: "js" };
      });
    }
  },
};
