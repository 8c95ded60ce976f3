// The draft-checker page in Debian's chromium, driven by playwright-core, against a real server.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireSystemDependency } from "../../../test-support/system-dependency.js";
import { BEFORE_LAUNCH, start, WITH_TEST_PACK, type Started } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = requireSystemDependency(CHROMIUM, existsSync(CHROMIUM), "apt-get install -y chromium");
const OUTPUT = path.resolve(import.meta.dirname, "../test-output");
const AXE = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's WCAG 2.1 AA checks (labels, contrast, roles, names) on the page as it is now. */
async function accessibilityViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const result = await page.evaluate(() =>
    (window as unknown as { axe: { run(d: Document, o: object): Promise<{ violations: { id: string; help: string }[] }> } }).axe.run(document, {
      runOnly: ["wcag2a", "wcag2aa", "wcag21aa", "best-practice"],
    }),
  );
  return result.violations.map((v) => `${v.id}: ${v.help}`);
}

/** Waits (generously: CI machines are busy) for the page to settle; asserts the outcome, not the time. */
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const DRAFT = "Honestly teh new Aurora Pro is so fucking good. Can't wait to show you all! #Northwind";

let api: Started;
let context: BrowserContext;
let profile: string;

beforeAll(async () => {
  if (!hasChromium) return;
  api = await start({ packs: WITH_TEST_PACK });
  profile = mkdtempSync(path.join(tmpdir(), "postlint-chromium-"));
  context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    args: ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    viewport: { width: 1280, height: 900 },
  });
  mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  if (!hasChromium) return;
  await context.close();
  await api.close();
  rmSync(profile, { recursive: true, force: true });
});

async function openPage(): Promise<Page> {
  const page = await context.newPage();
  const outside: string[] = [];
  page.on("request", (r) => {
    if (!r.url().startsWith(api.url) && !r.url().startsWith("data:")) outside.push(r.url());
  });
  await page.goto(api.url);
  // Self-contained: nothing is fetched from anywhere but this server.
  expect(outside).toEqual([]);
  return page;
}

// A browser, a server and a live page take a while on a busy CI machine: generous ceilings, no timing asserted.
describe.skipIf(!hasChromium)(hasChromium ? "draft checker page" : `draft checker page (skipped: ${CHROMIUM} is missing)`, { timeout: 120_000 }, () => {
  it("highlights a profanity and an unreleased product, explains both, applies a fix and counts characters", async () => {
    const page = await openPage();
    // Every control is reachable by its label.
    await page.getByLabel("Platform").selectOption("x");
    await page.getByLabel("Account").selectOption("personal");
    await page.getByLabel("Post language").selectOption("auto");
    await page.getByLabel("Publish date").fill(BEFORE_LAUNCH);
    const draft = page.getByLabel("Your draft");
    await draft.click();
    await page.keyboard.type(DRAFT, { delay: 2 });

    // Other rules may flag more of this draft; these three are certain.
    const errorMarks = page.locator("#highlights mark.hl--error");
    await eventually(() => errorMarks.allTextContents()).toEqual(expect.arrayContaining(["Aurora Pro", "fucking"]));
    await eventually(() => page.locator("#highlights mark.hl--warn").allTextContents()).toEqual(expect.arrayContaining(["teh"]));

    const cards = page.locator("#findings li");
    const typo = cards.filter({ hasText: "Test typo" });
    await eventually(() => typo.count()).toBe(1);
    const unreleased = cards.filter({ hasText: "Unreleased product" });
    await eventually(() => unreleased.textContent()).toMatch(/“Aurora Pro” is not launched until 2027-03-01/);
    const profanity = cards.filter({ hasText: "Profanity" });
    expect(await profanity.textContent()).toMatch(/“fucking”.*profane/);
    expect(await page.locator("#status").textContent()).toMatch(/Not ready yet: \d+ things to fix/);

    expect(await page.locator("#counter").textContent()).toMatch(new RegExp(`^${DRAFT.length} / 280 on X`));
    await page.screenshot({ path: path.join(OUTPUT, "draft-checker.png"), fullPage: true });
    expect(await accessibilityViolations(page)).toEqual([]);

    await typo.getByRole("button", { name: "Replace with “the”" }).click();
    await eventually(() => draft.inputValue()).toBe(DRAFT.replace("teh", "the"));
    await eventually(() => typo.count()).toBe(0);
    expect(await page.locator("#highlights mark").allTextContents()).not.toContain("teh");

    // The counter follows the draft and the platform, counted the platform's way.
    await page.keyboard.press("End");
    await page.keyboard.type(" " + "x".repeat(200));
    await eventually(() => page.locator("#counter").textContent()).toMatch(/over X’s limit/);
    expect(await page.locator("#counter").getAttribute("data-state")).toBe("over");
    // The summary agrees with the red counter: never "nothing here blocks the post".
    await eventually(() => page.locator("#status").textContent()).toMatch(/over X’s limit of 280/);
    expect(await page.locator("#status").getAttribute("data-state")).toBe("error");
    await page.getByLabel("Platform").selectOption("linkedin");
    await eventually(() => page.locator("#counter").textContent()).toMatch(/^\d+ \/ 3000 on LinkedIn/);
    await page.close();
  });

  it("shows a clear ready-to-post state for a clean draft", async () => {
    const page = await openPage();
    await page.getByLabel("Your draft").fill("Had a lovely day at the team offsite. Thanks everyone for the great ideas!");
    await eventually(() => page.locator("#status-title").textContent()).toBe("Ready to post");
    expect(await page.locator("#status").getAttribute("data-state")).toBe("ready");
    expect(await page.locator("#highlights mark").count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await page.close();
  });

  it("asks for the access token when the API needs one, and then checks", async () => {
    const locked = await start({ tokens: ["page-token-1234567"] });
    const page = await context.newPage();
    try {
      await page.goto(locked.url);
      await page.getByLabel("Your draft").fill("This launch was a fucking triumph.");
      await eventually(() => page.locator("#token-form").isVisible()).toBe(true);
      await page.getByLabel("Access token").fill("page-token-1234567");
      await page.getByRole("button", { name: "Use token" }).click();
      await eventually(() => page.locator("#highlights mark.hl--error").allTextContents()).toEqual(["fucking"]);
      expect(await page.locator("#token-form").isVisible()).toBe(false);
    } finally {
      await page.close();
      await locked.close();
    }
  });

  it("fits a phone-sized screen", async () => {
    const page = await openPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByLabel("Publish date").fill(BEFORE_LAUNCH);
    await page.getByLabel("Your draft").fill(DRAFT);
    await eventually(() => page.locator("#findings li", { hasText: "Unreleased product" }).count()).toBe(1);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: path.join(OUTPUT, "draft-checker-phone.png"), fullPage: true });
    await page.close();
  });
});

describe.skipIf(!hasChromium)(hasChromium ? "draft checker page: an attached picture" : "draft checker page: an attached picture (skipped)", { timeout: 120_000 }, () => {
  it("checks a picture attached to the draft and says the finding is in it", async () => {
    const { qrImage } = await import("../../../scripts/image-samples.mjs");
    const page = await openPage();
    await page.getByLabel("Publish date").fill(BEFORE_LAUNCH);
    await page.getByLabel("Your draft").fill("Welcome to our office, guests!");
    await page.getByLabel("Picture (optional)").setInputFiles({ name: "wifi.png", mimeType: "image/png", buffer: await qrImage("WIFI:T:WPA;S:Guest;P:Tulip-Harbor-2026;;") });
    const card = page.locator("#findings li").filter({ hasText: "In the picture wifi.png" });
    await eventually(() => card.textContent()).toMatch(/QR code in “wifi.png” holds the password of the Wi-Fi network “Guest”/);
    expect(await accessibilityViolations(page)).toEqual([]);
  });
});

describe.skipIf(!hasChromium)(hasChromium ? "review queue page" : `review queue page (skipped: ${CHROMIUM} is missing)`, { timeout: 120_000 }, () => {
  it("signs a reviewer in with a token kept in the tab, opens a post with its highlights, rejects it with a reason and shows its history", async () => {
    const ADMIN = "bootstrap-admin-token-0123456789";
    const queueApi = await start({ tokens: [ADMIN], workers: 0 });
    const admin = { authorization: `Bearer ${ADMIN}` };
    try {
      const { token } = (await queueApi.post("/v1/tokens", { name: "alice", role: "reviewer" }, admin)).body as { token: string };
      await queueApi.post("/v1/submissions", { id: "buffer-101", text: "My manager is an idiot, honestly. Long week!", platform: "linkedin" }, admin);
      const page = await context.newPage();
      await page.goto(`${queueApi.url}/review`);
      await page.getByLabel("Your personal token").fill(token);
      await page.getByRole("button", { name: "Sign in" }).click();
      const item = page.locator(".queue__item").filter({ hasText: "My manager is an idiot" });
      await eventually(() => item.count()).toBe(1);
      await item.click();
      await eventually(() => page.locator("#post mark.hl--warn").allTextContents()).toEqual(["idiot"]);
      expect(await page.locator("#findings").textContent()).toContain("Workplace conflict");
      expect(await accessibilityViolations(page)).toEqual([]);
      await page.screenshot({ path: path.join(OUTPUT, "review-queue.png"), fullPage: true });

      await page.getByLabel("Reason (kept in the audit trail)").fill("Venting about a colleague; not for LinkedIn");
      await page.getByRole("button", { name: "Reject" }).click();
      await eventually(() => page.locator("#decide-status").textContent()).toBe("Rejected.");
      expect(await page.locator("#history").textContent()).toContain("Rejected by alice: “Venting about a colleague; not for LinkedIn”");
      // The queue is reloaded after the decision is shown: wait for it, do not race it.
      await eventually(() => page.locator(".queue__item").count()).toBe(0);
      // The token lives in this tab's sessionStorage, never in localStorage or a cookie.
      expect(await page.evaluate(() => localStorage.length)).toBe(0);
      expect(await page.evaluate(() => document.cookie)).toBe("");
      const detail = (await queueApi.get("/v1/submissions/buffer-101", admin)).body as { state: string };
      expect(detail.state).toBe("rejected");
      await page.close();
    } finally {
      await queueApi.close();
    }
  });
});
