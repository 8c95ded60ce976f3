/* global document, InputEvent -- these lines run in the page (page.evaluate / waitForFunction) */
// Keystroke-to-underline latency for a 3,000-character draft: loads the test build in chromium,
// types into the textarea fixture and reads the latency the content script records after each
// lint (data-latency on its overlay: input event → underlines drawn, debounce included).
// Usage: pnpm --filter @postlint/extension run bench   (a measurement, not a test)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
execFileSync(process.execPath, [path.join(root, "scripts/build.mjs"), "--test"], { stdio: "inherit" });
const ext = path.join(root, "dist-test");
const server = createServer((_, res) => res.writeHead(200, { "content-type": "text/html" }).end(readFileSync(path.join(root, "test/fixtures/mastodon.html"))));
await new Promise((r) => server.listen(0, "127.0.0.1", r));
const profile = mkdtempSync(path.join(tmpdir(), "postlint-bench-"));
const ctx = await chromium.launchPersistentContext(profile, {
  executablePath: "/usr/bin/chromium",
  headless: false,
  args: ["--headless=new", `--disable-extensions-except=${ext}`, `--load-extension=${ext}`, "--no-sandbox", "--disable-gpu"],
});
const page = await ctx.newPage();
await page.goto(`http://127.0.0.1:${server.address().port}/`);
const sentence = "Proud of the team at Northwind, honestly the best launch so far, call me on +31 6 12345678. ";
const draft = sentence.repeat(Math.ceil(3000 / sentence.length)).slice(0, 3000);
await page.locator("textarea").fill(draft);
await page.locator("textarea").press("End");
const latencies = [];
for (let i = 0; i < 20; i++) {
  const before = await page.locator("postlint-overlay").getAttribute("data-latency").catch(() => null);
  await page.keyboard.type(i % 2 ? " " : "x");

  await page.waitForFunction((prev) => { const el = document.querySelector("postlint-overlay"); return el && el.dataset.latency && el.dataset.seq !== prev; }, before, { timeout: 10_000 }).catch(() => undefined);
  await page.waitForTimeout(400);
  latencies.push(Number(await page.locator("postlint-overlay").getAttribute("data-latency")));

}
// Typing itself: how long a keystroke's input event takes on the page while the extension runs.
const typing = await page.evaluate(async () => {
  const t = document.querySelector("textarea");
  const start = performance.now();
  for (let i = 0; i < 50; i++) { t.value += "y"; t.dispatchEvent(new InputEvent("input", { bubbles: true })); }
  return (performance.now() - start) / 50;
});
latencies.sort((a, b) => a - b);
const q = (p) => latencies[Math.min(latencies.length - 1, Math.floor(p * latencies.length))];
console.log(`3,000-character draft, ${latencies.length} keystrokes: keystroke-to-underline median ${q(0.5)} ms, p90 ${q(0.9)} ms (debounce 150 ms included); input handler ${typing.toFixed(3)} ms per keystroke`);
await ctx.close();
server.close();
rmSync(profile, { recursive: true, force: true });
