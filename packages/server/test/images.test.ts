// Images sent with a post (`images: [{ name, data (base64), alt }]`): read on the server (cached by
// content hash), checked like images in files, findings carry `source.image`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { photoWithExif, qrImage } from "../../../scripts/image-samples.mjs";
import { BEFORE_LAUNCH, SAMPLE_CONFIG, start, type Started } from "./helpers.js";

interface Message { ruleId: string; messageId: string; line: number; column: number; source?: { image: string } }

describe("API images", { timeout: 60_000 }, () => {
  let s: Started;
  beforeAll(async () => {
    s = await start({ configFile: SAMPLE_CONFIG, workers: 1 });
  });
  afterAll(() => s.close());

  it("a Wi-Fi QR code and a photo's GPS position are flagged at the image's reference", async () => {
    const qr = (await qrImage("WIFI:T:WPA;S:Northwind-Staff;P:Tulip-Harbor-2026;;")).toString("base64");
    const photo = (await photoWithExif({ lat: 55.68, lon: 12.57 })).toString("base64");
    const text = "Welcome to our office!\n\n![guest wifi](wifi.png)\n";
    const answer = await s.post("/v1/lint", { text, lang: "en", date: BEFORE_LAUNCH, images: [{ name: "wifi.png", data: qr, alt: "guest wifi" }, { name: "office.jpg", data: photo }] });
    expect(answer.status).toBe(200);
    const found = (answer.body as { messages: Message[] }).messages.map((m) => [m.messageId, m.line, m.column, m.source?.image]);
    expect(found).toEqual([
      ["imageLocation", 1, 1, "office.jpg"],
      ["codeWifi", 3, 1, "wifi.png"],
    ]);
    const gate = await s.post("/v1/gate", { text, lang: "en", scheduledAt: BEFORE_LAUNCH, images: [{ name: "wifi.png", data: qr }] });
    expect((gate.body as { decision: string }).decision).toBe("block");
  });

  it("rejects images that are not base64, too many, or with unknown keys (400)", async () => {
    const bad = await s.post("/v1/lint", { text: "Hi", images: [{ name: "a.png", data: "not base64!" }] });
    expect(bad.status).toBe(400);
    const many = await s.post("/v1/lint", { text: "Hi", images: Array.from({ length: 5 }, (_, i) => ({ name: `${i}.png`, data: "" })) });
    expect(many.status).toBe(400);
    const extra = await s.post("/v1/lint", { text: "Hi", images: [{ name: "a.png", data: "", url: "x" }] });
    expect(extra.status).toBe(400);
  });
});
