import { detectLanguage } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { testLinter } from "./helpers.js";

describe("language", () => {
  it.each([
    ["en", "Proud of my colleagues who volunteered at the food bank today, what a team."],
    ["nl", "We zoeken een nieuwe collega voor ons team in Utrecht! Reageren kan via de vacature."],
    ["da", "Stolt over at være en del af holdet i dag, og tak til alle kollegerne for hjælpen."],
  ] as const)("detects %s", (lang, text) => {
    expect(detectLanguage(text)).toEqual({ language: lang, detected: true });
  });

  it("leaves configured names out: product names do not make a Dutch post English", async () => {
    const linter = testLinter({ config: { organization: { name: "Northwind Traders", aliases: ["#northwind"] }, products: [{ name: "Aurora Pro", launch: "2027-03-01" }] } });
    const result = await linter.lint({ text: "Nieuw in ons assortiment: de Aurora-Pro hoes in drie kleuren 😍 #Northwind" });
    expect([result.language, result.languageDetected]).toEqual(["nl", true]);
  });

  it.each([
    ["en", "Board meeting today. Strong numbers = happy board 😄"],
    ["en", "TGIF!! weekend plan: sofa, pizza, absolutely zero emails 🍕"],
    ["nl", "Eindelijk klaar met de verbouwing, trots op het resultaat"],
    ["da", "Kan ikke sige meget om det nye projekt, men det bliver vildt 🤫"],
  ] as const)("decides short %s posts without function words by everyday words", (lang, text) => {
    expect(detectLanguage(text)).toEqual({ language: lang, detected: true });
  });

  it.each([
    ["nl", "Zit m'n trein wéér stil 🙄"],
    ["nl", "Heeft z'n sleutels écht weer thuis laten liggen"],
    ["da", "Lang dag, men vi vandt kampen 🙌"],
  ] as const)("reads casual short %s: contractions, accents written for stress, everyday verbs", (lang, text) => {
    expect(detectLanguage(text)).toEqual({ language: lang, detected: true });
  });

  it("counts Danish letters as evidence in short posts", () => {
    expect(detectLanguage("Hyggelig aften på havnen med kollegerne")).toEqual({ language: "da", detected: true });
  });

  it("falls back to the default for posts too short to tell", () => {
    expect(detectLanguage("Vrijdag! 🌞")).toEqual({ language: "en", detected: false });
    expect(detectLanguage("Vrijdag! 🌞", "nl")).toEqual({ language: "nl", detected: false });
  });

  it("ignores links and mentions when counting letters", () => {
    expect(detectLanguage("Hej! https://northwind.example/some/very/long/path @northwind_ceo @contoso_support")).toMatchObject({ detected: false });
  });

  it("reports where the language came from", async () => {
    const linter = testLinter({ config: { defaultLanguage: "da" } });
    const declared = await linter.lint("---\nlang: nl\n---\nProud of my colleagues who volunteered at the food bank today.");
    expect([declared.language, declared.languageDetected]).toEqual(["nl", false]);
    const detected = await linter.lint("Proud of my colleagues who volunteered at the food bank today.");
    expect([detected.language, detected.languageDetected]).toEqual(["en", true]);
    const fallback = await linter.lint("Tak! 🙏");
    expect([fallback.language, fallback.languageDetected]).toEqual(["da", false]);
  });

  it("takes the flag when front matter says nothing, and `auto` in front matter detects", async () => {
    const linter = testLinter();
    expect((await linter.lint({ text: "Hello", meta: { lang: "da" } })).language).toBe("da");
    const auto = await linter.lint({ text: "---\nlang: auto\n---\nWe zoeken een nieuwe collega voor ons team in Utrecht!", meta: { lang: "da" } });
    expect([auto.language, auto.languageDetected]).toEqual(["nl", true]);
  });

  it("uses the post's language for messages, falling back to English per message id", async () => {
    const linter = testLinter();
    const nl = await linter.lint({ text: "Dat is darn en loud", meta: { lang: "nl" } });
    expect(nl.messages.map((m) => m.message)).toEqual(["Gevonden: “darn”.", "Loud “loud”."]);
    expect(nl.messages[0]!.policy).toBe("P1 Vertrouwelijk blijft intern");
    const da = await linter.lint({ text: "Det er darn", meta: { lang: "da" } });
    expect(da.messages[0]!.message).toBe("Found “darn”.");
  });
});
