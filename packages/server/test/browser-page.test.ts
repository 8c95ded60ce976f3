// The draft checker as a social-media manager uses it, in Debian's chromium (playwright-core):
// its language, a draft kept across reloads, dismissed findings, copying, the platform preview,
// a phone's screen, labels at 1280 px and the personal-data placeholder.
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { requireSystemDependency } from "../../../test-support/system-dependency.js";
import { BEFORE_LAUNCH, start, WITH_TEST_PACK, type Started } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = requireSystemDependency(CHROMIUM, existsSync(CHROMIUM), "apt-get install -y chromium");
const OUTPUT = path.resolve(import.meta.dirname, "../test-output");
const FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

/** Waits (generously: CI machines are busy) for the page to settle; asserts the outcome, not the time. */
const eventually = <T>(fn: () => Promise<T> | T) => expect.poll(fn, { timeout: 15_000, interval: 100 });

const PROFANE = "Honestly this launch party was fucking great. Thanks to everyone who came!";

let api: Started;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  api = await start({ packs: WITH_TEST_PACK });
  browser = await chromium.launch({ executablePath: CHROMIUM, args: FLAGS });
  mkdirSync(OUTPUT, { recursive: true });
});

afterAll(async () => {
  if (!hasChromium) return;
  await browser.close();
  await api.close();
});

/** A fresh browser profile with the browser's language set to `locale`. */
async function open(locale = "en-US", viewport = { width: 1280, height: 900 }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ locale, viewport });
  const page = await context.newPage();
  await page.goto(api.url);
  return { context, page };
}

async function type(page: Page, text: string): Promise<void> {
  await page.locator("#draft").fill(text);
}

describe.skipIf(!hasChromium)(hasChromium ? "draft checker page, as people use it" : `draft checker page, as people use it (skipped: ${CHROMIUM} is missing)`, { timeout: 120_000 }, () => {
  it("speaks the browser's language, switches on request, remembers it in the tab, and leaves findings in the post's language", async () => {
    for (const [locale, lang, draftLabel] of [["da-DK", "da", "Dit udkast"], ["nl-BE", "nl", "Je concept"], ["fr-FR", "en", "Your draft"]] as const) {
      const { context, page } = await open(locale);
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      expect(await page.locator("label[for=draft]").textContent()).toBe(draftLabel);
      await context.close();
    }
    const { context, page } = await open("en-GB");
    await page.getByLabel("Page language").selectOption("nl");
    expect(await page.locator("h1").textContent()).toBe("Controleer een bericht voordat je het plaatst");
    expect(await page.getByLabel("Taal van de pagina").inputValue()).toBe("nl");
    await page.getByLabel("Taal van het bericht").selectOption("en");
    await type(page, PROFANE);
    // The verdict is in the page's language, the finding in the post's.
    await eventually(() => page.locator("#status-title").textContent()).toMatch(/^Nog niet klaar: \d+ punt(en)? om aan te passen$/);
    const card = page.locator("#findings li").filter({ hasText: "Grof taalgebruik" });
    expect(await card.textContent()).toMatch(/Don’t use “fucking”/);
    expect(await card.getByRole("button", { name: "Negeren" }).count()).toBe(1);
    await page.reload();
    expect(await page.locator("html").getAttribute("lang")).toBe("nl");
    expect(await page.locator("label[for=draft]").textContent()).toBe("Je concept");
    await page.getByLabel("Taal van de pagina").selectOption("da");
    await eventually(() => page.locator("#status-title").textContent()).toMatch(/^Ikke klar endnu: \d+ ting skal rettes$/);
    await context.close();
  });

  it("keeps the draft and its settings in the tab across a reload, and sends them only to /v1/lint", async () => {
    const { context, page } = await open();
    const sent: string[] = [];
    page.on("request", (r) => {
      if (r.postData()?.includes("launch party")) sent.push(`${r.method()} ${new URL(r.url()).pathname}`);
    });
    await page.getByLabel("Platform").selectOption("x");
    await page.getByLabel("Account").selectOption("official");
    await page.getByLabel("Publish date").fill(BEFORE_LAUNCH);
    await type(page, PROFANE);
    await eventually(() => page.locator("#highlights mark").allTextContents()).toContain("fucking");
    await page.reload();
    expect(await page.locator("#draft").inputValue()).toBe(PROFANE);
    expect(await page.getByLabel("Platform").inputValue()).toBe("x");
    expect(await page.getByLabel("Account").inputValue()).toBe("official");
    expect(await page.getByLabel("Publish date").inputValue()).toBe(BEFORE_LAUNCH);
    // Checked again straight away, without a keystroke.
    await eventually(() => page.locator("#highlights mark").allTextContents()).toContain("fucking");
    expect(new Set(sent)).toEqual(new Set(["POST /v1/lint"]));
    expect(await page.evaluate(() => localStorage.length)).toBe(0);
    expect(await page.evaluate(() => document.cookie)).toBe("");
    // Another tab starts empty: the draft belongs to its tab.
    const other = await context.newPage();
    await other.goto(api.url);
    expect(await other.locator("#draft").inputValue()).toBe("");
    await context.close();
  });

  it("dismisses a finding for this draft, lists it, keeps it dismissed after a reload, and restores it", async () => {
    const { context, page } = await open();
    await type(page, PROFANE);
    const profanity = page.locator("#findings li").filter({ hasText: "Profanity" });
    await eventually(() => profanity.count()).toBe(1);
    await profanity.getByRole("button", { name: "Dismiss “Profanity” for this draft" }).click();
    await eventually(() => profanity.count()).toBe(0);
    expect(await page.locator("#highlights mark").allTextContents()).not.toContain("fucking");
    expect(await page.locator("#dismissed-title").textContent()).toBe("1 dismissed finding");
    expect(await page.locator("#status-title").textContent()).not.toMatch(/Not ready/);
    await page.reload();
    await eventually(() => page.locator("#dismissed-title").textContent()).toBe("1 dismissed finding");
    expect(await profanity.count()).toBe(0);
    await page.locator("#dismissed-title").click();
    await page.getByRole("button", { name: "Restore “Profanity: fucking”" }).click();
    await eventually(() => profanity.count()).toBe(1);
    expect(await page.locator("#highlights mark").allTextContents()).toContain("fucking");
    expect(await page.locator("#dismissed").isVisible()).toBe(false);
    await context.close();
  });

  it("copies the draft to the clipboard", async () => {
    const { context, page } = await open();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: api.url });
    const text = "Line one of the post.\n\nLine two, with an emoji 🎉 #Northwind";
    await type(page, text);
    await page.getByRole("button", { name: "Copy" }).click();
    await eventually(() => page.locator("#copy").textContent()).toContain("Copied");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);
    await context.close();
  });

  it("previews where X cuts the post and where LinkedIn folds it behind “see more”", async () => {
    const { context, page } = await open();
    const words = Array.from({ length: 60 }, (_, i) => `word${i}`).join(" ");
    await page.getByLabel("Platform").selectOption("x");
    await type(page, words);
    const over = page.locator("#preview-body .preview__over");
    // X counts these plain letters one each: everything after the 280th character is cut.
    await eventually(() => over.textContent()).toBe(words.slice(280));
    expect(await page.locator("#preview-body .preview__shown").textContent()).toBe(words.slice(0, 280));
    expect(await page.locator("#preview-note").textContent()).toMatch(/X stops at 280/);

    await page.getByLabel("Platform").selectOption("linkedin");
    expect(await page.getByLabel("Preview on").inputValue()).toBe("linkedin");
    const shown = (await page.locator("#preview-body .preview__shown").textContent()) ?? "";
    expect(shown.length).toBeLessThanOrEqual(210);
    expect(shown.length).toBeGreaterThan(190);
    expect(words.startsWith(shown)).toBe(true);
    expect(await over.count()).toBe(0);
    await page.getByRole("button", { name: "…see more" }).click();
    expect(await page.locator("#preview-body").textContent()).toContain(words);
    await context.close();
  });

  it("keeps the verdict and the counter on a phone's screen, and leads to the findings", async () => {
    const { context, page } = await open("da-DK", { width: 390, height: 844 });
    const long = Array.from({ length: 14 }, (_, i) => `Afsnit ${i + 1}: festen var en succes, og vi glæder os til næste gang.`).join("\n\n") + "\n\nSpørgsmål? Skriv til mette.hansen@example.com.";
    await type(page, long);
    await eventually(() => page.locator("#findings li").count()).toBeGreaterThan(0);
    // The field scrolls inside itself instead of pushing the results down the page.
    expect((await page.locator("#draft").boundingBox())?.height).toBeLessThanOrEqual(844 * 0.4 + 4);
    const inView = async (selector: string): Promise<boolean> =>
      page.locator(selector).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return getComputedStyle(el).visibility !== "hidden" && r.height > 0 && r.top >= 0 && r.bottom <= window.innerHeight;
      });
    for (const y of [0, 300, 900, 1600]) {
      await page.evaluate((top) => window.scrollTo(0, top), y);
      await eventually(async () => (await inView("#status")) || (await inView("#dock"))).toBe(true);
    }
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.locator("#draft").focus();
    await eventually(() => inView("#dock")).toBe(true);
    expect(await page.locator("#dock-counter").textContent()).toMatch(/tegn/);
    await page.getByRole("link", { name: "Se bemærkningerne" }).click();
    await eventually(() => inView("#status")).toBe(true);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await context.close();
  });

  it("shows every control's label and choice in full at 1280 px, in English, Dutch and Danish", async () => {
    for (const locale of ["en-US", "nl-NL", "da-DK"]) {
      const { context, page } = await open(locale);
      const cut = await page.evaluate(() => {
        const canvas = document.createElement("canvas").getContext("2d") as CanvasRenderingContext2D;
        const problems: string[] = [];
        for (const label of document.querySelectorAll<HTMLElement>(".controls label, .draft__label")) if (label.scrollWidth > label.clientWidth) problems.push(`label ${label.textContent}`);
        for (const select of document.querySelectorAll<HTMLSelectElement>(".controls select")) {
          const style = getComputedStyle(select);
          canvas.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
          // Room for the text: the box minus its padding and the drop-down arrow.
          const room = select.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight) - 20;
          for (const option of select.options) if (canvas.measureText(option.text).width > room) problems.push(`${select.id}: ${option.text}`);
        }
        return problems;
      });
      expect(cut, locale).toEqual([]);
      await context.close();
    }
  });

  it("replaces an e-mail address with a placeholder the writer fills in, never with its masked form", async () => {
    const { context, page } = await open();
    const text = "Questions? Mail jane.devries@example.com or call 06-12345678 today.";
    await type(page, text);
    const email = page.locator("#findings li").filter({ hasText: "e-mail address" });
    await eventually(() => email.count()).toBe(1);
    await email.getByRole("button", { name: "Put [public e-mail address] in its place" }).click();
    const draft = page.locator("#draft");
    await eventually(() => draft.inputValue()).toBe("Questions? Mail [public e-mail address] or call 06-12345678 today.");
    // The placeholder is selected: what the writer types next replaces it.
    expect(await draft.evaluate((el: HTMLTextAreaElement) => el.value.slice(el.selectionStart, el.selectionEnd))).toBe("[public e-mail address]");
    await page.keyboard.type("press@northwind.example");
    const phone = page.locator("#findings li").filter({ hasText: "phone number" });
    await eventually(() => phone.getByRole("button", { name: "Remove it" }).isEnabled()).toBe(true);
    await phone.getByRole("button", { name: "Remove it" }).click();
    await eventually(() => draft.inputValue()).toBe("Questions? Mail press@northwind.example or call today.");
    expect(await draft.inputValue()).not.toMatch(/\*/);
    await context.close();
  });
});
