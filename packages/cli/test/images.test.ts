// The CLI reads the images posts refer to: findings name the image; --no-images and
// `images: false` skip them; a missing OCR engine gives one notice per run, not per file.
import { describe, expect, it } from "vitest";
import { photoWithExif, qrImage } from "../../../scripts/image-samples.mjs";
import { postlint, project } from "./run.js";

const post = (image: string) => `---\nlang: en\n---\nOur new office!\n\n![the office](${image})\n`;
const NO_OCR = { POSTLINT_TESSERACT: "/nonexistent/tesseract" };

describe("images in the CLI", { timeout: 120_000 }, () => {
  it("flags an image's GPS position with source.image, says `in image` in stylish, and --no-images skips it", async () => {
    const dir = project({ "a.md": post("photos/office.jpg"), "photos/office.jpg": await photoWithExif({ lat: 52.09, lon: 5.12 }) });
    const json = postlint(["--format", "json", "a.md"], { cwd: dir, env: NO_OCR });
    const messages = (JSON.parse(json.stdout) as { messages: { messageId: string; line: number; source?: { image: string } }[] }[])[0]?.messages;
    expect(messages).toEqual([expect.objectContaining({ messageId: "imageLocation", line: 6, source: { image: "photos/office.jpg" } })]);
    expect(postlint(["a.md"], { cwd: dir, env: NO_OCR }).stdout).toContain("in image photos/office.jpg");
    const skipped = postlint(["--no-images", "--format", "json", "a.md"], { cwd: dir });
    expect(JSON.parse(skipped.stdout)[0].messages).toEqual([]);
    expect(skipped.code).toBe(0);
  });

  it("`images: false` in the config skips images", async () => {
    const dir = project({ ".postlintrc.yaml": "images: false\n", "a.md": post("office.jpg"), "office.jpg": await photoWithExif({ lat: 52.09, lon: 5.12 }) });
    expect(JSON.parse(postlint(["--format", "json", "a.md"], { cwd: dir }).stdout)[0].messages).toEqual([]);
  });

  it("without an OCR engine: one notice for the whole run, the rest still checked", async () => {
    const qr = await qrImage("WIFI:T:WPA;S:Guest;P:Tulip-Harbor-2026;;");
    const dir = project({ "a.md": post("wifi.png"), "b.md": post("wifi2.png"), "wifi.png": qr, "wifi2.png": await qrImage("WIFI:T:WPA;S:Lab;P:Zomer-Haven-2027;;") });
    const r = postlint(["--format", "json", "a.md", "b.md"], { cwd: dir, env: NO_OCR });
    expect(r.stderr.match(/no OCR engine/g)).toHaveLength(1);
    const results = JSON.parse(r.stdout) as { messages: { messageId: string }[] }[];
    expect(results.map((x) => x.messages.map((m) => m.messageId))).toEqual([["codeWifi"], ["codeWifi"]]);
  });

  it("--ndjson reads `images: [{ name, data, alt }]`", async () => {
    const photo = (await photoWithExif({ lat: 55.68, lon: 12.57 })).toString("base64");
    const line = JSON.stringify({ id: "p1", text: "Nice view!\n\n![view](view.jpg)", lang: "en", images: [{ name: "view.jpg", data: photo, alt: "view" }] });
    const r = postlint(["--ndjson"], { cwd: project(), input: line + "\n", env: NO_OCR });
    expect(JSON.parse(r.stdout.trim()).messages).toEqual([expect.objectContaining({ messageId: "imageLocation", line: 3, source: { image: "view.jpg" } })]);
  });
});

describe("images and --cache", { timeout: 120_000 }, () => {
  it("a post is linted again when its image changes, and image contents are kept beside the cache", async () => {
    const { existsSync, writeFileSync } = await import("node:fs");
    const path = await import("node:path");
    // Without OCR (`images: { ocr: false }`), so what is read is complete and cached whatever is installed.
    const dir = project({ ".postlintrc.yaml": "images: { ocr: false }\n", "a.md": post("office.jpg"), "office.jpg": await photoWithExif({}) });
    const first = postlint(["--cache", "--format", "json", "a.md"], { cwd: dir });
    expect(JSON.parse(first.stdout)[0].messages).toEqual([]);
    expect(existsSync(path.join(dir, ".postlintcache.images"))).toBe(true);
    writeFileSync(path.join(dir, "office.jpg"), await photoWithExif({ lat: 52.09, lon: 5.12 }));
    const second = postlint(["--cache", "--format", "json", "a.md"], { cwd: dir });
    expect(JSON.parse(second.stdout)[0].messages.map((m: { messageId: string }) => m.messageId)).toEqual(["imageLocation"]);
  });
});
