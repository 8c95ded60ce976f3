#!/usr/bin/env node
// The bundled build starts much faster; the plain build is the fallback during development.
import { existsSync } from "node:fs";

const bundle = new URL("../dist/bundle/postlint.mjs", import.meta.url);
const { main } = await import(existsSync(bundle) ? bundle.href : "../dist/main.js");
process.exitCode = await main(process.argv.slice(2));
