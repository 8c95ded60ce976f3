// Builds the draft-checker page into dist/page/: type-checks it (it has its own tsconfig, with the
// DOM), bundles and minifies the script and the stylesheet with esbuild, and copies the HTML.
import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const src = path.join(root, "src/page");
const out = path.join(root, "dist/page");

const tsc = createRequire(import.meta.url).resolve("typescript/bin/tsc");
execFileSync(process.execPath, [tsc, "-p", path.join(src, "tsconfig.json")], { stdio: "inherit" });

rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
await build({
  entryPoints: { app: path.join(src, "main.ts"), review: path.join(src, "review.ts") },
  outdir: out,
  bundle: true,
  format: "esm",
  target: ["es2022", "chrome109", "firefox115", "safari16"],
  minify: true,
  legalComments: "none",
  logLevel: "warning",
});
await build({
  entryPoints: { app: path.join(src, "style.css") },
  outdir: out,
  bundle: true,
  minify: true,
  target: ["chrome109", "firefox115", "safari16"],
  logLevel: "warning",
});
copyFileSync(path.join(src, "index.html"), path.join(out, "index.html"));
copyFileSync(path.join(src, "review.html"), path.join(out, "review.html"));
copyFileSync(path.join(src, "header.html"), path.join(out, "header.html"));
