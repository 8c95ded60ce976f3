// The unpacked test build in Debian's chromium (playwright-core), on local pages that imitate the
// compose boxes: underlines, badge, hover card, applying a fix, and no request to any other origin.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page, type Worker } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireSystemDependency } from "../../../test-support/system-dependency.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = requireSystemDependency(CHROMIUM, existsSync(CHROMIUM), "apt-get install -y chromium");
const ROOT = path.resolve(import.meta.dirname, "..");
const EXTENSION = path.join(ROOT, "dist-test");
const FIXTURES = path.join(import.meta.dirname, "fixtures");
const OUTPUT = path.join(ROOT, "test-output");

const CONFIG = `organization:
  name: Northwind Traders
  aliases: ["Northwind"]
products:
  - name: Aurora Pro
    launch: 2099-03-01
`;
const DRAFT = "Our new Aurora Pro is so fucking good, says NorthWind.";

const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

let server: Server;
let origin: string;
let context: BrowserContext;
let worker: Worker;
let profile: string;
const elsewhere: string[] = [];

beforeAll(async () => {
  if (!hasChromium) return;
  execFileSync(process.execPath, [path.join(ROOT, "scripts/build.mjs"), "--test"], { cwd: ROOT, stdio: "inherit" });
  server = createServer((req, res) => {
    const file = path.join(FIXTURES, path.basename(new URL(req.url ?? "/", "http://x").pathname));
    if (!existsSync(file)) return void res.writeHead(404).end();
    res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  profile = mkdtempSync(path.join(tmpdir(), "postlint-extension-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [`--headless=new`, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 900, height: 560 },
  });
  context.on("request", (r) => {
    const url = r.url();
    if (!url.startsWith(origin) && !url.startsWith("chrome-extension://") && !url.startsWith("data:")) elsewhere.push(url);
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  await worker.evaluate((config) => chrome.storage.local.set({ config, account: "official", author: "" }), CONFIG);
  mkdirSync(OUTPUT, { recursive: true });
}, 120_000);

afterAll(async () => {
  if (!hasChromium) return;
  await context.close();
  server.close();
  rmSync(profile, { recursive: true, force: true });
});

async function open(name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/${name}`);
  return page;
}

const underlined = (page: Page) => page.locator("postlint-overlay .u").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["rule"]));
const badge = () => worker.evaluate(async () => {
  const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
  return tab?.id === undefined ? "" : chrome.action.getBadgeText({ tabId: tab.id });
});

describe.skipIf(!hasChromium)(hasChromium ? "browser extension" : `browser extension (skipped: ${CHROMIUM} is missing)`, { timeout: 120_000 }, () => {
  for (const [name, editor] of [
    ["x.html", "#editor"],
    ["linkedin.html", ".ql-editor"],
    ["mastodon.html", "textarea"],
    ["facebook.html", "#editor"],
  ] as const) {
    it(`underlines a risky draft, counts it on the badge and applies a fix (${name})`, async () => {
      const page = await open(name);
      await page.locator(editor).click();
      await page.keyboard.type(DRAFT, { delay: 5 });
      await eventually(() => underlined(page)).toEqual(expect.arrayContaining(["unreleased-product", "profanity", "brand-voice"]));
      const count = Number(await page.locator("postlint-overlay").getAttribute("data-count"));
      expect(count).toBeGreaterThanOrEqual(3);
      await eventually(badge).toBe(String(count));
      await page.screenshot({ path: path.join(OUTPUT, `extension-${name.replace(".html", "")}.png`) });

      // Hover the misspelled brand name: the card explains it and offers the fix.
      const card = page.locator("postlint-overlay .card");
      await page.mouse.move(1, 1);
      await eventually(() => card.isVisible()).toBe(false);
      const mark = page.locator('postlint-overlay .u[data-rule="brand-voice"][data-text="NorthWind"]').first();
      const box = (await mark.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y - 6);
      await eventually(() => card.isVisible()).toBe(true);
      await eventually(() => card.textContent()).toMatch(/brand-voice.*“NorthWind”/);
      await page.screenshot({ path: path.join(OUTPUT, `extension-${name.replace(".html", "")}-card.png`) });
      await card.getByRole("button", { name: "Replace with “Northwind”" }).click();
      const text = () => page.locator(editor).evaluate((el) => (el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText).replace(/\u00a0/g, " ").trim());
      await eventually(text).toBe(DRAFT.replace("NorthWind", "Northwind"));
      // Linted again: the other findings are back, the fixed one is gone.
      await eventually(() => underlined(page)).toEqual(expect.arrayContaining(["unreleased-product", "profanity"]));
      expect(await page.locator('postlint-overlay .u[data-text="NorthWind"]').count()).toBe(0);
      await page.close();
    });
  }

  it("sent nothing to any other origin", () => {
    expect(elsewhere).toEqual([]);
  });
});
