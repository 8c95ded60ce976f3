// The Node image reader on images generated here (no binary blobs in the repository): text in
// English, Dutch and Danish drawn with sharp, a JPEG with GPS EXIF, a Wi-Fi QR code, clean photos.
// OCR needs Tesseract with eng, nld and dan; without it these tests skip locally and FAIL in CI.
import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { requireSystemDependency } from "../../../test-support/system-dependency.js";
import { createFileLinter, createImageReader, memoryImageCache } from "@postlint/core/node";
import pack from "@postlint/rules";
import { photoWithExif, qrImage, textImage, withPngText } from "../../../scripts/image-samples.mjs";

const langs = spawnSync("tesseract", ["--list-langs"], { encoding: "utf8" });
const hasOcr = langs.status === 0 && ["eng", "nld", "dan"].every((l) => langs.stdout.split(/\s+/).includes(l));
const hasFont = spawnSync("fc-list", [":family=DejaVu Sans"], { encoding: "utf8" }).stdout.trim() !== "";
requireSystemDependency(
  "tesseract-ocr (eng, nld, dan) and fonts-dejavu-core",
  hasOcr && hasFont,
  "apt-get install -y tesseract-ocr tesseract-ocr-eng tesseract-ocr-nld tesseract-ocr-dan fonts-dejavu-core",
);

// A generous OCR budget: CI machines are busy, and a timeout would read as a miss.
const config = { images: { timeoutMs: 45_000 }, confidential: { terms: ["Project Hydra", "Q3 forecast"] }, products: [{ name: "Aurora Pro", aliases: ["Project Kestrel"], launch: "2027-03-01" }] };

function postDir(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(path.join(tmpdir(), "postlint-images-"));
  writeFileSync(path.join(dir, ".postlintrc.json"), JSON.stringify(config));
  for (const [name, content] of Object.entries(files)) writeFileSync(path.join(dir, name), content);
  return dir;
}

async function lintPost(dir: string, post: string) {
  const linter = createFileLinter({ cwd: dir, packs: [pack], onNotice: () => undefined });
  writeFileSync(path.join(dir, "post.md"), post);
  return (await linter.lintFile(path.join(dir, "post.md"))).result.messages.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column, image: m.source?.image, text: m.text }));
}

describe.skipIf(!(hasOcr && hasFont))(hasOcr && hasFont ? "text in images (OCR)" : "text in images (skipped: tesseract or fonts missing)", { timeout: 60_000 }, () => {
  it("en: a whiteboard photo with an innocent file name is caught by its text", async () => {
    const dir = postDir({ "IMG_2041.png": await textImage(["Roadmap 2027", "Q3 forecast: -18%", "Ship Project Kestrel in March"]) });
    const found = await lintPost(dir, "---\nlang: en\ndate: 2026-12-01\n---\nGreat session today!\n\n![the team at work](IMG_2041.png)\n");
    expect(found).toContainEqual({ ruleId: "confidential-info", messageId: "term", line: 7, column: 1, image: "IMG_2041.png", text: "Q3 forecast" });
    expect(found.some((f) => f.ruleId === "unreleased-product" && f.image === "IMG_2041.png")).toBe(true);
  });

  it("nl: a till screen with a card number, small text upscaled before OCR", async () => {
    const dir = postDir({ "kassa.png": await textImage(["TOTAAL DAGOMZET EUR 18.412,50", "PIN kaart 4111 1111 1111 1111"], { style: "till", fontSize: 16, width: 420 }) });
    const found = await lintPost(dir, "---\nlang: nl\n---\nDrukke dag in de winkel!\n\n![de kassa](kassa.png)\n");
    expect(found.some((f) => f.ruleId === "personal-data" && f.image === "kassa.png" && f.line === 6)).toBe(true);
  });

  it("da: a sticky note with a password, named in front matter", async () => {
    const dir = postDir({ "bord.png": await textImage(["Wifi til gæster", "password: Tulip-Harbor-2026"], { style: "note", width: 760 }) });
    const found = await lintPost(dir, "---\nlang: da\nimages: [bord.png]\n---\nMit nye skrivebord er klar!\n");
    expect(found).toContainEqual(expect.objectContaining({ ruleId: "secret", line: 3, image: "bord.png" }));
  });

  it("clean photos with harmless text (a menu, a street sign) give nothing", async () => {
    const dir = postDir({
      "menu.png": await textImage(["Lunch menu", "Tomato soup 4.50", "Cheese sandwich 3.75"], { style: "menu" }),
      "sign.png": await textImage(["Oudegracht", "Centrum 1 km"], { style: "sign", width: 600 }),
    });
    expect(await lintPost(dir, "---\nlang: en\n---\nLunch in Utrecht.\n\n![the menu](menu.png)\n\n![a street sign](sign.png)\n")).toEqual([]);
  });
});

describe.skipIf(!hasFont)("metadata and codes (no OCR needed)", { timeout: 60_000 }, () => {
  it("a JPEG with GPS EXIF and an owner: location and owner findings at the image", async () => {
    const dir = postDir({ "office.jpg": await photoWithExif({ lat: 52.0907, lon: 5.1214, artist: "Jane Doe", serial: "SN-48213" }) });
    const found = await lintPost(dir, "---\nlang: en\n---\nNew office!\n\n![our new office](office.jpg)\n");
    expect(found.filter((f) => f.image)).toEqual([
      expect.objectContaining({ ruleId: "image-policy", messageId: "imageLocation", line: 6, column: 1 }),
      expect.objectContaining({ ruleId: "image-policy", messageId: "imageOwner", line: 6, column: 1 }),
    ]);
  });

  it("a QR code holding a Wi-Fi password", async () => {
    const dir = postDir({ "wifi.png": await qrImage("WIFI:T:WPA;S:Northwind-Staff;P:Tulip-Harbor-2026;;") });
    const found = await lintPost(dir, "---\nlang: en\n---\nWelcome, guests!\n\n![guest wifi card](wifi.png)\n");
    expect(found).toContainEqual(expect.objectContaining({ ruleId: "image-policy", messageId: "codeWifi", line: 6, column: 1, image: "wifi.png" }));
  });

  it("a screenshot's embedded text (PNG tEXt description) is checked by the text rules", async () => {
    const { default: sharp } = await import("sharp");
    const blank = await sharp({ create: { width: 200, height: 120, channels: 3, background: "#ddd" } }).png().toBuffer();
    const reader = createImageReader({ ocr: false });
    const content = await reader.read(withPngText(blank, "Description", "Project Hydra status board"), "shot.png");
    expect(content.text).toBe("Project Hydra status board");
    const dir = postDir({ "shot.png": withPngText(blank, "Description", "Project Hydra status board") });
    const found = await lintPost(dir, "---\nlang: en\n---\nMy desk today.\n\n![my screen](shot.png)\n");
    expect(found).toContainEqual(expect.objectContaining({ ruleId: "confidential-info", image: "shot.png", text: "Project Hydra" }));
  });

  it("a photo without metadata or codes gives nothing; --no-images reads nothing", async () => {
    const dir = postDir({ "plain.jpg": await photoWithExif({}), "office.jpg": await photoWithExif({ lat: 52.09, lon: 5.12 }) });
    expect(await lintPost(dir, "---\nlang: en\n---\nSunny day.\n\n![a sunny street](plain.jpg)\n")).toEqual([]);
    const linter = createFileLinter({ cwd: dir, packs: [pack], images: false });
    writeFileSync(path.join(dir, "p.md"), "---\nlang: en\n---\nSunny.\n\n![street](office.jpg)\n");
    expect((await linter.lintFile(path.join(dir, "p.md"))).result.messages).toEqual([]);
  });
});

describe("the reader", () => {
  it("without an OCR engine: one notice per run, metadata still read", async () => {
    const notices: string[] = [];
    const previous = process.env.POSTLINT_TESSERACT;
    process.env.POSTLINT_TESSERACT = "/nonexistent/tesseract";
    try {
      const reader = createImageReader({ onNotice: (m) => notices.push(m), cache: memoryImageCache() });
      const a = await reader.read(await photoWithExif({ lat: 55.68, lon: 12.57 }), "a.jpg");
      const b = await reader.read(await photoWithExif({ lat: 55.69, lon: 12.58 }), "b.jpg");
      expect(a.skipped).toEqual(["ocr-unavailable"]);
      expect(b.metadata?.gps?.latitude).toBeCloseTo(55.69, 2);
    } finally {
      if (previous === undefined) delete process.env.POSTLINT_TESSERACT;
      else process.env.POSTLINT_TESSERACT = previous;
    }
    expect(notices).toHaveLength(1);
  });

  it("caches by content hash: the same bytes are read once", async () => {
    const cache = memoryImageCache();
    const reader = createImageReader({ cache, ocr: false });
    const bytes = await photoWithExif({ lat: 1.5, lon: 2.5 });
    const first = await reader.read(bytes, "x.jpg");
    const sets: string[] = [];
    const spy = { ...cache, set: (k: string, v: Parameters<typeof cache.set>[1]) => (sets.push(k), cache.set(k, v)) };
    const again = await createImageReader({ cache: spy, ocr: false }).read(bytes, "y.jpg");
    expect(sets).toEqual([]);
    expect(again).toEqual({ ...first, name: "y.jpg" });
  });

  it("an unreadable or missing image is skipped, not fatal", async () => {
    const dir = postDir({ "broken.png": "not an image" });
    const reader = createImageReader({ ocr: false });
    expect(await reader.readPostImages("![x](broken.png) ![y](missing.png) ![z](https://example.com/a.png)", dir)).toEqual([
      { name: "broken.png", skipped: ["unreadable"] },
      { name: "missing.png", skipped: ["unreadable"] },
    ]);
  });
});
