import { createRequire } from "node:module";

// The bundle defines this at build time; the unbundled build reads package.json.
declare const __POSTLINT_VERSION__: string | undefined;

export const VERSION: string =
  typeof __POSTLINT_VERSION__ === "string" ? __POSTLINT_VERSION__ : (createRequire(import.meta.url)("../package.json") as { version: string }).version;
