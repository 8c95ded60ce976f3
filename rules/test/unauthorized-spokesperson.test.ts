// Who may speak for the organization, on which account, and how strong the cue is.
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import pack from "../src/index.js";

const ORG = { organization: { name: "Northwind Traders", aliases: ["Northwind"] } };

async function findings(text: string, meta: Record<string, string> = { lang: "en" }, spokespeople: string[] = ["jane.doe", "@northwind_ceo"]) {
  const linter = createLinter({ packs: [pack], config: { ...ORG, spokespeople } });
  const result = await linter.lint({ text, meta });
  return result.messages.filter((m) => m.ruleId === "unauthorized-spokesperson").map((m) => `${m.severity} ${m.messageId} ${m.text ?? ""}`);
}

describe("unauthorized-spokesperson", () => {
  it("is an error for speaking for the organization and a warning for a weak “we at …”", async () => {
    expect(await findings("On behalf of Northwind: the outage is fixed.")).toEqual(["error speaksForOrganization On behalf of Northwind"]);
    expect(await findings("We at Northwind love a good pun.")).toEqual(["warn weakCue We at Northwind"]);
    expect(await findings("We at Northwind can confirm the store reopens Monday.")).toEqual(["error speaksForOrganization Northwind can confirm"]);
  });

  it("is silent for listed spokespeople, however their handle is written", async () => {
    expect(await findings("On behalf of Northwind: the outage is fixed.", { lang: "en", author: "Jane.Doe" })).toEqual([]);
    expect(await findings("On behalf of Northwind: the outage is fixed.", { lang: "en", author: "northwind_ceo" })).toEqual([]);
  });

  it("checks the brand account only when a named author is outside a configured list", async () => {
    const text = "Official response: Northwind disagrees with the article.";
    expect(await findings(text, { lang: "en", account: "official" })).toEqual([]);
    expect(await findings(text, { lang: "en", account: "official", author: "jane.doe" })).toEqual([]);
    expect(await findings(text, { lang: "en", account: "official", author: "tom.baker" }, [])).toEqual([]);
    expect(await findings(text, { lang: "en", account: "official", author: "tom.baker" })).toEqual(["error speaksForOrganization Official response"]);
  });

  it("does not mistake one's own behalf, hopes or passed-on news for a statement", async () => {
    expect(await findings("Ik spreek namens mezelf: mooi congres!", { lang: "nl" })).toEqual([]);
    expect(await findings("Jeg skriver på vegne af mig selv: sikke en dag!", { lang: "da" })).toEqual([]);
    expect(await findings("I hope Northwind will open a store in York.")).toEqual([]);
    expect(await findings("Read the official statement from Northwind here.")).toEqual([]);
    expect(await findings("Will Northwind open on Boxing Day?")).toEqual([]);
  });

  it("needs the organization named for an announcement in the first person plural", async () => {
    expect(await findings("We are pleased to announce our wedding!")).toEqual([]);
    expect(await findings("We are pleased to announce that Northwind opens in York.")).toEqual(["error speaksForOrganization We are pleased to announce"]);
  });
});
