// Text, metadata and codes read from images, given to lint() as already-extracted content (no OCR
// here: the node reader has its own tests). Every text rule checks the image's text; findings point
// at the image's reference in the post and carry `source.image`.
import { describe, expect, it } from "vitest";
import { createLinter, type ImageContent, type LintMessage } from "@postlint/core";
import pack from "../src/index.js";

const config = {
  organization: { name: "Northwind Traders", aliases: ["Northwind"] },
  products: [{ name: "Aurora Pro", aliases: ["Project Kestrel"], launch: "2027-03-01" }],
  confidential: { terms: ["Project Hydra", "Q3 forecast"] },
};
const linter = createLinter({ packs: [pack], config });

async function lintWith(text: string, images: ImageContent[]): Promise<LintMessage[]> {
  return (await linter.lint({ text, images })).messages;
}
const brief = (ms: LintMessage[]) => ms.map((m) => ({ ruleId: m.ruleId, messageId: m.messageId, line: m.line, column: m.column, image: m.source?.image }));

describe("text in images is checked by the text rules", () => {
  it("a whiteboard (en): confidential terms and an unreleased codename, at the image's reference", async () => {
    const text = "---\nlang: en\ndate: 2026-12-01\n---\nGreat session with the team today!\n\n![us at work](IMG_2041.jpg)\n";
    const ms = await lintWith(text, [{ name: "IMG_2041.jpg", text: "Roadmap 2027\nQ3 forecast: -18%\nShip Project Kestrel in March" }]);
    const found = brief(ms);
    expect(found).toContainEqual({ ruleId: "confidential-info", messageId: "term", line: 7, column: 1, image: "IMG_2041.jpg" });
    expect(found.some((f) => f.ruleId === "unreleased-product" && f.image === "IMG_2041.jpg" && f.line === 7)).toBe(true);
    const q3 = ms.find((m) => m.text === "Q3 forecast");
    expect(q3).toMatchObject({ endLine: 7, endColumn: 28, source: { image: "IMG_2041.jpg" } });
    expect(q3?.fix).toBeUndefined();
  });

  it("a till screen (nl): customer payment data and the day's takings", async () => {
    const text = "---\nlang: nl\n---\nDrukke dag in de winkel vandaag!\n\n![kassa](kassa.png)\n";
    const ms = await lintWith(text, [{ name: "kassa.png", text: "TOTAAL DAGOMZET EUR 18.412,50\nPINBETALING kaart 4111 1111 1111 1111" }]);
    expect(ms.some((m) => m.ruleId === "personal-data" && m.source?.image === "kassa.png" && m.line === 6)).toBe(true);
    // Sensitive values from an image are masked like those in the post.
    expect(ms.find((m) => m.ruleId === "personal-data")?.text).not.toContain("4111 1111 1111 1111");
  });

  it("a sticky note (da): a password", async () => {
    const text = "---\nlang: da\n---\nMit nye skrivebord er klar 😊\n\n![skrivebord](bord.jpg)\n";
    const ms = await lintWith(text, [{ name: "bord.jpg", text: "Wifi\npassword: Tulip-Harbor-2026" }]);
    expect(brief(ms)).toContainEqual(expect.objectContaining({ ruleId: "secret", line: 6, column: 1, image: "bord.jpg" }));
  });

  it("whole-post rules do not judge an image's text (no length limit, no missing disclaimer)", async () => {
    const text = "---\nlang: en\nplatform: x\n---\nLunch!\n\n![menu](menu.png)\n";
    const long = "Tomato soup with fresh basil and bread. ".repeat(20);
    const ms = await lintWith(text, [{ name: "menu.png", text: long + " I love Northwind, the best company." }]);
    expect(ms.filter((m) => m.source)).toEqual([]);
  });

  it("clean pictures (a menu, a street sign) give nothing", async () => {
    const text = "---\nlang: en\n---\nLunch in town.\n\n![the menu](menu.png) ![street sign](sign.png)\n";
    const ms = await lintWith(text, [
      { name: "menu.png", text: "Lunch menu\nTomato soup 4.50\nCheese sandwich 3.75" },
      { name: "sign.png", text: "Oudegracht\nCentrum 1 km" },
    ]);
    expect(ms).toEqual([]);
  });

  it("an image named in front matter or sent without a reference is anchored at its entry or the body", async () => {
    const text = "---\nlang: en\nimages: [board.png]\n---\nA good day.\n";
    const ms = await lintWith(text, [{ name: "board.png", text: "Project Hydra kickoff" }, { name: "api.png", text: "Q3 forecast" }]);
    expect(brief(ms)).toEqual([
      { ruleId: "confidential-info", messageId: "term", line: 3, column: 10, image: "board.png" },
      { ruleId: "confidential-info", messageId: "term", line: 5, column: 1, image: "api.png" },
    ]);
  });

  it("a suppression before the image covers its findings", async () => {
    const text = "---\nlang: en\n---\nBoard.\n\n<!-- postlint-disable-next-line confidential-info -- approved by comms -->\n![board](b.png)\n";
    expect(await lintWith(text, [{ name: "b.png", text: "Project Hydra" }])).toEqual([]);
  });
});

describe("image-policy: metadata and codes", () => {
  const text = "---\nlang: en\n---\nOur office!\n\n![office](office.jpg) ![guest wifi](qr.png)\n";
  it("flags GPS position and owner fields, with how to strip them", async () => {
    const ms = await lintWith(text, [{ name: "office.jpg", metadata: { gps: { latitude: 52.0907, longitude: 5.1214 }, personal: [{ field: "Artist", value: "Jane Doe" }] } }]);
    expect(brief(ms)).toEqual([
      { ruleId: "image-policy", messageId: "imageLocation", line: 6, column: 1, image: "office.jpg" },
      { ruleId: "image-policy", messageId: "imageOwner", line: 6, column: 1, image: "office.jpg" },
    ]);
    expect(ms[0]?.message).toContain("exiftool -gps:all= office.jpg");
    expect(ms[0]?.severity).toBe("warn");
    expect(ms[1]?.message).not.toContain("Jane Doe");
  });

  it("flags a Wi-Fi password, an internal address and a boarding pass in codes; a public URL passes", async () => {
    const codes = (t: string) => [{ name: "qr.png", codes: [{ format: "qrcode", text: t }] }];
    const wifi = await lintWith(text, codes("WIFI:T:WPA;S:Northwind-Staff;P:Tulip-Harbor-2026;;"));
    expect(wifi.map((m) => [m.messageId, m.column, m.severity])).toEqual([["codeWifi", 23, "error"]]);
    expect(wifi[0]?.message).toContain("Northwind-Staff");
    expect(wifi[0]?.message).not.toContain("Tulip");
    expect((await lintWith(text, codes("https://intranet.northwind.com/roadmap"))).map((m) => m.messageId)).toEqual(["codeInternalUrl"]);
    expect((await lintWith(text, codes("http://10.0.4.12/admin"))).map((m) => m.messageId)).toEqual(["codeInternalUrl"]);
    expect((await lintWith(text, codes("M1DOE/JANE            EABC123 AMSCPHKL 1275 335Y012A0042 100"))).map((m) => m.messageId)).toEqual(["codeTicket"]);
    expect(await lintWith(text, codes("https://www.northwind.com/menu"))).toEqual([]);
  });
});
