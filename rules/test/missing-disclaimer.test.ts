// What counts as an opinion, a claim and a disclosure, and what --fix adds.
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";

const CONFIG = {
  organization: { name: "Northwind Traders", aliases: ["Northwind", "@northwind"], competitors: ["Contoso"] },
  spokespeople: ["jane.doe"],
  disclaimers: ["Opinions are mine alone"],
};

async function lint(text: string, meta: Record<string, string> = { lang: "en" }, rules: Record<string, unknown> = {}, fix = false) {
  const linter = createLinter({ packs: [pack], config: { ...CONFIG, rules } });
  return linter.lint({ text, meta, fix });
}
async function findings(text: string, meta: Record<string, string> = { lang: "en" }, rules: Record<string, unknown> = {}) {
  return findingsOf(await lint(text, meta, rules), "missing-disclaimer", ["messageId", "text"]);
}

describe("missing-disclaimer", () => {
  it("flags an opinion on the organization or a competitor, not a neutral mention", async () => {
    expect(await findings("Northwind's new pricing is a mistake.")).toEqual(["missingDisclaimer Northwind's"]);
    expect(await findings("Contoso's app is clunky and slow.")).toEqual(["missingDisclaimer Contoso's"]);
    expect(await findings("Northwind opens a store in York on Saturday.")).toEqual([]);
    expect(await findings("Excited to start my new role at Northwind on Monday!")).toEqual([]);
  });

  it("accepts built-in and configured opinion disclaimers for opinions", async () => {
    expect(await findings("Northwind's new pricing is a mistake. Views are my own.")).toEqual([]);
    expect(await findings("Northwind's new pricing is a mistake. Opinions are mine alone.")).toEqual([]);
    expect(await findings("Het prijsmodel van Northwind slaat nergens op. Op persoonlijke titel.", { lang: "nl" })).toEqual([]);
  });

  it("needs an employee or ad disclosure for a claim; an opinion disclaimer is not enough (P12)", async () => {
    expect(await findings("Northwind is the best on the market. Views are my own.")).toEqual(["claimNeedsDisclosure the best"]);
    expect(await findings("Northwind is the best on the market. (I work at Northwind.)")).toEqual([]);
    expect(await findings("#ad Northwind is the best on the market.")).toEqual([]);
    expect(await findings("#reklame Northwind er den bedste på markedet.", { lang: "da" })).toEqual([]);
  });

  it("does not apply to the brand account or to a spokesperson speaking for the organization", async () => {
    expect(await findings("Northwind is the best on the market!", { lang: "en", account: "official" })).toEqual([]);
    expect(await findings("On behalf of Northwind: thank you for an amazing year!", { lang: "en", author: "jane.doe" })).toEqual([]);
  });

  it("fixes the post with an employee disclosure in the post's language, after which it lints clean", async () => {
    const cases: [string, string, string][] = [
      ["en", "Northwind's new pricing is a mistake.", "Northwind's new pricing is a mistake. (I work at Northwind Traders.)\n"],
      ["nl", "Zo trots op Northwind 💪", "Zo trots op Northwind 💪 (Ik werk bij Northwind Traders.)\n"],
      ["da", "Skift til Northwind!", "Skift til Northwind! (Jeg arbejder hos Northwind Traders.)\n"],
    ];
    for (const [lang, text, output] of cases) {
      const result = await lint(`${text}\n`, { lang }, {}, true);
      expect(result.output).toBe(output);
      expect(result.messages.filter((m) => m.ruleId === "missing-disclaimer")).toEqual([]);
    }
  });

  it("lets the organization choose the disclosure text", async () => {
    const rules = { "missing-disclaimer": ["warn", { disclosure: { en: "#NorthwindEmployee" } }] };
    const result = await lint("Northwind's new pricing is a mistake.", { lang: "en" }, rules, true);
    expect(result.output).toBe("Northwind's new pricing is a mistake. #NorthwindEmployee");
  });

  it("does not take “my employer” inside an opinion disclaimer for an employee disclosure (P12)", async () => {
    expect(await findings("100% recommend the Northwind app! (My views, not my employer's.)")).toEqual(["claimNeedsDisclosure 100% recommend"]);
    expect(await findings("Echt een aanrader, de Northwind-app! (Mijn mening, niet die van mijn werkgever.)", { lang: "nl" })).toEqual(["claimNeedsDisclosure een aanrader"]);
    expect(await findings("Northwind har den bedste app. Udtrykte synspunkter er mine og afspejler ikke nødvendigvis min arbejdsgivers.", { lang: "da" })).toEqual([
      "claimNeedsDisclosure den bedste",
    ]);
    // Saying who the employer is does disclose the relationship.
    expect(await findings("Northwind is my employer, and the new app is the best on the market.")).toEqual([]);
    expect(await findings("Min arbejdsgiver Northwind har den bedste app.", { lang: "da" })).toEqual([]);
  });

  it("counts an indirect call to buy or switch as a claim, and other advice as nothing", async () => {
    expect(await findings("Contoso is slipping. If I were you I'd buy Northwind now.")).toEqual(["claimNeedsDisclosure If I were you I'd buy"]);
    expect(await findings("Als ik jou was, zou ik nu overstappen naar Northwind.", { lang: "nl" })).toEqual(["claimNeedsDisclosure Als ik jou was, zou ik nu overstappen"]);
    expect(await findings("Rygter om Contoso 👀 hvis jeg var jer ville jeg købe nu", { lang: "da" })).toEqual(["claimNeedsDisclosure hvis jeg var jer ville jeg købe"]);
    expect(await findings("If I were you I'd bring a jacket to the Northwind summer party.")).toEqual([]);
  });
});
