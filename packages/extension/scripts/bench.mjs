/* global document, HTMLTextAreaElement, InputEvent -- the functions passed to page.evaluate run in the page */
// Does a 3,000-character draft make typing lag? Loads the test build in Debian's chromium and,
// side by side in interleaved rounds, the same pages in a browser without the extension (the peer):
// - the page's own work per keystroke (input events on a textarea and on a contenteditable editor
//   holding the draft), with the extension's content script listening vs without it;
// - keystroke-to-underline latency with real keystrokes (input event → underlines drawn, the
//   150 ms debounce included), as the content script records it on its overlay (data-latency).
// Usage: pnpm --filter @postlint/extension run bench [-- --write]   (--write: docs/benchmarks.md)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:http";
import { cpus, tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const ROUNDS = 3;
const KEYSTROKES = 20;
execFileSync(process.execPath, [path.join(root, "scripts/build.mjs"), "--test"], { stdio: "inherit" });
const ext = path.join(root, "dist-test");
const server = createServer((req, res) => {
  const file = path.join(root, "test/fixtures", path.basename(req.url ?? "/"));
  if (!file.endsWith(".html")) return void res.writeHead(404).end();
  res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(readFileSync(file));
});
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const origin = `http://127.0.0.1:${server.address().port}`;
const sentence = "Proud of the team at Northwind, honestly the best launch so far, call me on +31 6 12345678. ";
const draft = sentence.repeat(Math.ceil(3000 / sentence.length)).slice(0, 3000);

async function browser(withExtension) {
  const profile = mkdtempSync(path.join(tmpdir(), "postlint-bench-"));
  const extension = withExtension ? [`--disable-extensions-except=${ext}`, `--load-extension=${ext}`] : [];
  const context = await chromium.launchPersistentContext(profile, { executablePath: "/usr/bin/chromium", headless: false, args: ["--headless=new", ...extension, "--no-sandbox", "--disable-gpu"] });
  return { context, close: async () => (await context.close(), rmSync(profile, { recursive: true, force: true })) };
}

/** Microseconds of page work per input event, 300 events on an editor that holds the draft. */
async function inputCost(context, fixture) {
  const page = await context.newPage();
  await page.goto(`${origin}/${fixture}`);
  const us = await page.evaluate((text) => {
    const editor = document.querySelector("textarea") ?? document.querySelector("[contenteditable]");
    if (editor instanceof HTMLTextAreaElement) editor.value = text;
    else editor.innerHTML = text.split(". ").map((s) => `<div data-block="true"><span>${s}. </span></div>`).join("");
    const started = performance.now();
    for (let i = 0; i < 300; i++) editor.dispatchEvent(new InputEvent("input", { bubbles: true, composed: true }));
    return ((performance.now() - started) / 300) * 1000;
  }, draft);
  await page.close();
  return us;
}

async function latencies(context) {
  const page = await context.newPage();
  await page.goto(`${origin}/mastodon.html`);
  await page.locator("textarea").fill(draft);
  await page.locator("textarea").press("End");
  const seen = [];
  for (let i = 0; i < KEYSTROKES; i++) {
    const before = await page.locator("postlint-overlay").getAttribute("data-seq").catch(() => null);
    await page.keyboard.type(i % 2 ? " " : "x");
    await page.waitForFunction((prev) => document.querySelector("postlint-overlay")?.dataset.seq !== prev, before, { timeout: 10_000 });
    await page.waitForTimeout(300);
    seen.push(Number(await page.locator("postlint-overlay").getAttribute("data-latency")));
  }
  await page.close();
  return seen;
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p90 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.9))];
const cost = { textarea: { peer: [], extension: [] }, contenteditable: { peer: [], extension: [] } };
const latency = [];
for (let round = 0; round < ROUNDS; round++) {
  for (const withExtension of round % 2 ? [true, false] : [false, true]) {
    const { context, close } = await browser(withExtension);
    if (withExtension) await (context.serviceWorkers()[0] ?? context.waitForEvent("serviceworker"));
    const side = withExtension ? "extension" : "peer";
    cost.textarea[side].push(await inputCost(context, "mastodon.html"));
    cost.contenteditable[side].push(await inputCost(context, "x.html"));
    if (withExtension) latency.push(...(await latencies(context)));
    await close();
  }
}
server.close();

const us = (x) => `${x.toFixed(1)} µs`;
const rows = Object.entries(cost).map(([editor, { peer, extension }]) => `| ${editor} | ${us(median(peer))} | ${us(median(extension))} | +${us(median(extension) - median(peer))} |`);
const report = `${cpus().length} × ${cpus()[0]?.model.trim() ?? "CPU"}, chromium headless, medians of ${ROUNDS} interleaved rounds; a 3,000-character draft.

| page work per keystroke | without the extension (peer) | with it | added |
| --- | --: | --: | --: |
${rows.join("\n")}

Keystroke to underline (${latency.length} real keystrokes in the textarea, 150 ms debounce included): median ${median(latency)} ms, p90 ${p90(latency)} ms. The lint itself runs in the extension's service worker, so what the page adds per keystroke is the content script's input listener restarting its debounce timer (the text is read once per lint, not per keystroke); a frame at 60 Hz is 16,700 µs.`;
console.log(report);
if (process.argv.includes("--write")) {
  const file = path.resolve(root, "../../docs/benchmarks.md");
  const old = readFileSync(file, "utf8");
  const section = `<!-- bench-extension:start (written by pnpm --filter @postlint/extension run bench -- --write) -->\n## Browser extension\n\n${new Date().toISOString().slice(0, 10)}, ${report}\n<!-- bench-extension:end -->`;
  const pattern = /<!-- bench-extension:start[\s\S]*?<!-- bench-extension:end -->/;
  writeFileSync(file, pattern.test(old) ? old.replace(pattern, section) : `${old.trimEnd()}\n\n${section}\n`);
}
