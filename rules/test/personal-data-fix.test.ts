// The fix for personal data is what --fix writes and the draft checker's button applies: a
// placeholder the writer fills in, or the value removed; never the masked value in the post.
import { createLinter, resolveConfig } from "@postlint/core";
import { describe, expect, it } from "vitest";
import pack from "../src/index.js";

const linter = createLinter({ packs: [pack], config: resolveConfig({}) });
const post = (lang: string, body: string): string => `---\nlang: ${lang}\n---\n${body}\n`;

async function fixed(lang: string, body: string): Promise<string> {
  const result = await linter.lint({ text: post(lang, body), filePath: "/repo/post.md", fix: true });
  return (result.output ?? post(lang, body)).split("---\n")[2]?.trimEnd() ?? "";
}

describe("personal-data fixes", () => {
  it.each([
    ["en", "Questions? Mail jane.doe@example.com or call 06-12345678 today.", "Questions? Mail [public e-mail address] or call [public phone number] today."],
    ["nl", "Vragen? Mail jan.devries@example.com of bel 06-12345678.", "Vragen? Mail [openbaar e-mailadres] of bel [openbaar telefoonnummer]."],
    ["da", "Spørgsmål? Skriv til mette.hansen@example.com eller ring på +45 20 12 34 56.", "Spørgsmål? Skriv til [offentlig e-mailadresse] eller ring på [offentligt telefonnummer]."],
  ])("puts a placeholder in the post's language (%s) for an address or a phone number", async (lang, body, expected) => {
    const out = await fixed(lang, body);
    expect(out).toBe(expected);
    expect(out).not.toMatch(/\*{2,}/);
  });

  it.each([
    ["nl", "Klant zegt dat zijn IBAN NL91 ABNA 0417 1643 00 niet werkt, iemand een idee?", "Klant zegt dat zijn IBAN niet werkt, iemand een idee?"],
    ["en", "Found a card 4111 1111 1111 1111, at the till.", "Found a card, at the till."],
    ["da", "Kunden med CPR 010190-1234 har ringet fem gange i dag", "Kunden med CPR har ringet fem gange i dag"],
  ])("removes a bank account, card or ID number (%s), with the space before it", async (lang, body, expected) => {
    expect(await fixed(lang, body)).toBe(expected);
  });

  it("offers removal as a suggestion next to the placeholder, described in the post's language", async () => {
    const text = post("nl", "Mail jan.devries@example.com voor kaartjes.");
    const result = await linter.lint({ text, filePath: "/repo/post.md" });
    const email = result.messages.find((m) => m.messageId === "email");
    expect(email?.fix?.text).toBe("[openbaar e-mailadres]");
    expect(email?.suggestions).toEqual([{ desc: "Haal het weg", fix: { range: [text.indexOf(" jan."), text.indexOf(" voor")], text: "" } }]);
  });
});
