// The unpacked test build in Debian's chromium (playwright-core), on local pages that imitate the
// compose boxes: underlines, badge, popup list, hover card, applying a fix, the config fetched by
// the options page from `postlint serve`, and no request to any other origin.
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { createServer as createPostlintServer, type PostlintServer } from "@postlint/server";
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
/** The organization's config on its `postlint serve`: a confidential term the tests' own config lacks. */
const ORG_CONFIG = { organization: { name: "Northwind Traders", aliases: ["Northwind"] }, confidential: { terms: ["Tidewater"] } };
const PLATFORM: Record<string, string> = { "x.html": "x", "linkedin.html": "linkedin", "mastodon.html": "mastodon", "facebook.html": "facebook" };
const DRAFT = "Our new Aurora Pro is so fucking good, says NorthWind.";

const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 20_000, interval: 100 });

let server: Server;
let origin: string;
/** The organization's `postlint serve`, the one other origin the extension may talk to (when asked to in its options). */
let postlint: PostlintServer;
let postlintOrigin: string;
const POSTLINT_TOKEN = "extension-options-test-token";
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
  postlint = await createPostlintServer({ config: { ...ORG_CONFIG, server: { tokens: [POSTLINT_TOKEN] } }, workers: 0, log: false, storage: false });
  postlintOrigin = await postlint.listen({ port: 0, host: "127.0.0.1" });
  profile = mkdtempSync(path.join(tmpdir(), "postlint-extension-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: false,
    args: [`--headless=new`, `--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`, "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 900, height: 560 },
  });
  context.on("request", (r) => {
    const url = r.url();
    if (![origin, postlintOrigin, "chrome-extension://", "data:"].some((allowed) => url.startsWith(allowed))) elsewhere.push(url);
  });
  worker = context.serviceWorkers()[0] ?? (await context.waitForEvent("serviceworker"));
  await worker.evaluate((config) => chrome.storage.local.set({ config, account: "official", author: "" }), CONFIG);
  mkdirSync(OUTPUT, { recursive: true });
}, 120_000);

afterAll(async () => {
  if (!hasChromium) return;
  await context.close();
  server.close();
  await postlint.close();
  rmSync(profile, { recursive: true, force: true });
});

async function open(name: string): Promise<Page> {
  const page = await context.newPage();
  await page.goto(`${origin}/${name}`);
  return page;
}

const underlined = (page: Page) => page.locator("postlint-overlay .u").evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset["rule"]));
const activeTab = () => worker.evaluate(async () => (await chrome.tabs.query({ active: true, lastFocusedWindow: true }))[0]?.id);
const badge = async () => {
  const tabId = await activeTab();
  return tabId === undefined ? "" : worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
};

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

      // The popup lists the same findings, with the flagged words.
      const tabId = await activeTab();
      const popup = await context.newPage();
      await popup.goto(worker.url().replace("background.js", `popup.html?tab=${tabId}`));
      await eventually(() => popup.locator("#list li").count()).toBe(count);
      // Exactly these: a no-break space the editor typed must not make “Aurora Pro” a misspelled brand name.
      expect((await popup.locator("#list li strong").allTextContents()).sort()).toEqual(["brand-voice: ", "brand-voice: ", "profanity: ", "unreleased-product: "]);
      expect(await popup.locator("#summary").textContent()).toBe(`${count} findings in this draft (${PLATFORM[name]}):`);
      await popup.screenshot({ path: path.join(OUTPUT, `extension-${name.replace(".html", "")}-popup.png`), clip: { x: 0, y: 0, width: 370, height: 330 } });
      expect(await popup.locator("#list li", { hasText: "“NorthWind”" }).first().textContent()).toMatch(/^brand-voice: .*Northwind.*P19 /);
      await popup.close();
      await page.bringToFront();

      // Hover the misspelled brand name: the card explains it and offers the fix.
      const card = page.locator("postlint-overlay .card");
      await page.mouse.move(1, 1);
      await eventually(() => card.isVisible()).toBe(false);
      const mark = page.locator('postlint-overlay .u[data-rule="brand-voice"][data-text="NorthWind"]').first();
      const box = (await mark.boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y - 6);
      await eventually(() => card.isVisible()).toBe(true);
      // The rule, the message, the policy clause it enforces, and the fix.
      await eventually(() => card.textContent()).toMatch(/^brand-voice · warn“NorthWind” looks like “Northwind”.*P19 Official channels.*Replace with “Northwind”$/);
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

  it("fetches the organization's config from postlint serve in the options page, and lints with it", async () => {
    const draft = "Tidewater is going great.";
    const page = await open("mastodon.html");
    await page.locator("textarea").click();
    await page.keyboard.type(draft, { delay: 5 });
    await eventually(() => page.locator("postlint-overlay").getAttribute("data-seq")).toBeTruthy();
    expect(await underlined(page)).not.toContain("confidential-info");

    const options = await context.newPage();
    await options.goto(worker.url().replace("background.js", "options.html"));
    await options.locator("#server").fill(postlintOrigin);
    await options.locator("#token").fill("not-the-token-at-all");
    await options.locator("#fetch").click();
    await eventually(() => options.locator("#status").textContent()).toMatch(/did not accept the token \(401\)/);
    await options.locator("#token").fill(POSTLINT_TOKEN);
    await options.locator("#fetch").click();
    await eventually(() => options.locator("#status").textContent()).toMatch(/^Fetched from http:\/\/127\.0\.0\.1:\d+ and saved/);
    await options.screenshot({ path: path.join(OUTPUT, "extension-options.png"), fullPage: true });
    const stored = await worker.evaluate(() => chrome.storage.local.get(["config", "server", "token"]));
    expect(stored["server"]).toBe(postlintOrigin);
    expect(stored["token"]).toBeUndefined();
    expect(JSON.stringify(stored)).not.toContain(POSTLINT_TOKEN);
    await options.close();

    // The next keystroke lints with the fetched config: its confidential term is underlined.
    await page.bringToFront();
    await page.keyboard.type(" ", { delay: 5 });
    await eventually(() => page.locator('postlint-overlay .u[data-rule="confidential-info"]').getAttribute("data-text")).toBe("Tidewater");
    await page.close();
  });

  it("sent nothing to any other origin", () => {
    expect(elsewhere).toEqual([]);
  });
});
