import { readFileSync } from "node:fs";
import { PLATFORMS } from "@postlint/core";
import { PLATFORM_LIMITS, PLATFORM_NAMES } from "@postlint/rules";
import type { PageData } from "./page-data.js";

/** The draft-checker page, read once at start; the build bundles it into `dist/page/`. */
export interface PageAssets {
  html: string;
  js: Buffer;
  css: Buffer;
  /** The review queue's page and script (`/review`). */
  review: { html: string; js: Buffer };
}

const DIR = new URL("./page/", import.meta.url);

export function loadPageAssets(maxTextLength: number): PageAssets | undefined {
  let html: string;
  let js: Buffer;
  let css: Buffer;
  let review: PageAssets["review"];
  try {
    // Both pages share the header; the link to the page itself is marked current.
    const header = readFileSync(new URL("header.html", DIR), "utf8");
    const withHeader = (file: string, href: string): string =>
      readFileSync(new URL(file, DIR), "utf8").replace("<!--postlint:header-->", header.replace(`<a href="${href}">`, `<a href="${href}" aria-current="page">`));
    html = withHeader("index.html", "/");
    js = readFileSync(new URL("app.js", DIR));
    css = readFileSync(new URL("app.css", DIR));
    review = { html: withHeader("review.html", "/review"), js: readFileSync(new URL("review.js", DIR)) };
  } catch {
    return undefined;
  }
  const data: PageData = {
    platforms: Object.fromEntries(PLATFORMS.map((p) => [p, { name: PLATFORM_NAMES[p], maxLength: PLATFORM_LIMITS[p].maxLength, counter: PLATFORM_LIMITS[p].counter }])),
    maxTextLength,
  };
  // `<` is escaped so no value can close the script element early.
  const json = JSON.stringify(data).replace(/</g, "\\u003c");
  return { html: html.replace("<!--postlint:data-->", `<script type="application/json" id="postlint-data">${json}</script>`), js, css, review };
}
