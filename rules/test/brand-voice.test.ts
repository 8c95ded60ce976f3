// Brand voice on the official account: each check, its fix, and that fixed posts lint clean.
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";

const CONFIG = {
  organization: { name: "Northwind Traders", aliases: ["Northwind", "#northwind"] },
  products: [{ name: "Aurora Pro", aliases: ["Project Kestrel"] }],
  brand: { hashtags: { required: ["#Northwind"] }, banned: ["cheap", "guaranteed"], substitutions: { cheap: "affordable" } },
};
const OFFICIAL = { lang: "en", account: "official" };

async function lint(text: string, meta: Record<string, string> = OFFICIAL, fix = false) {
  const linter = createLinter({ packs: [pack], config: CONFIG });
  return linter.lint({ text, meta, fix });
}
async function findings(text: string, meta: Record<string, string> = OFFICIAL) {
  return findingsOf(await lint(text, meta), "brand-voice", ["messageId", "text"]);
}

describe("brand-voice", () => {
  it("only applies to the brand account", async () => {
    expect(await findings("CHEAP deals!!! Ugh, need a nap 😴", { lang: "en" })).toEqual([]);
  });

  it("replaces banned words with the configured substitute, keeping the capitals", async () => {
    const result = await lint("Cheap and CHEAP, never guaranteed. #Northwind", OFFICIAL, true);
    expect(result.output).toBe("Affordable and AFFORDABLE, never guaranteed. #Northwind");
    // No substitute for "guaranteed": reported, not fixed.
    expect(result.messages.map((m) => `${m.messageId} ${m.text ?? ""}`)).toEqual(["bannedWord guaranteed"]);
  });

  it("corrects misspelled names but leaves possessives, hashtags and look-alike places alone", async () => {
    expect((await lint("New at NorthWind: the Aurora-Pro. #Northwind", OFFICIAL, true)).output).toBe("New at Northwind: the Aurora Pro. #Northwind");
    expect((await lint("North Wind, now in Gent. #Northwind", { lang: "nl", account: "official" }, true)).output).toBe("Northwind, now in Gent. #Northwind");
    expect(await findings("Northwind's and Northwinds stores near Northwood. #northwind")).toEqual([]);
  });

  it("asks for a required hashtag, case-insensitively, and adds it", async () => {
    expect(await findings("Our winter range is here. #northwind")).toEqual([]);
    expect(await findings("Hot chocolate on us today. #northwindtraders")).toEqual(["missingHashtag Hot"]);
    expect((await lint("Hot chocolate on us today.", OFFICIAL, true)).output).toBe("Hot chocolate on us today. #Northwind");
  });

  it("flags runs of capitals and three or more exclamation marks, not acronyms or “!!”", async () => {
    expect(await findings("WE ARE OPEN THIS SUNDAY #Northwind")).toEqual(["shouting WE ARE OPEN THIS SUNDAY"]);
    expect(await findings("Thanks for 10,000 followers!! Results from HQ and NWND soon. #Northwind")).toEqual([]);
    expect((await lint("Open on Sunday!!! #Northwind", OFFICIAL, true)).output).toBe("Open on Sunday! #Northwind");
  });

  it("flags personal content and talking down about customers on the brand account", async () => {
    expect(await findings("Ugh, Monday. Can't wait to get home to my cat. #Northwind")).toEqual(["personalContent Ugh, Monday"]);
    expect(await findings("Happy Monday from the whole team ☕ #Northwind")).toEqual([]);
    expect(await findings("Some customers really are clueless. #Northwind")).toEqual(["offBrandTone clueless"]);
  });
});
