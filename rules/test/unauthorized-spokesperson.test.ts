// Who may speak for the organization, on which account, and how strong the cue is.
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";

const ORG = { organization: { name: "Northwind Traders", aliases: ["Northwind"] } };

async function findings(text: string, meta: Record<string, string> = { lang: "en" }, spokespeople: string[] = ["jane.doe", "@northwind_ceo"]) {
  const linter = createLinter({ packs: [pack], config: { ...ORG, spokespeople } });
  return findingsOf(await linter.lint({ text, meta }), "unauthorized-spokesperson", ["severity", "messageId", "text"]);
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

  it("reports passing on a decision or the official line, whatever noun follows “official”", async () => {
    expect(await findings("Management has decided: no layoffs this year.")).toEqual(["error speaksForOrganization Management has decided"]);
    expect(await findings("The official view from senior leadership is that York stays open.")).toEqual(["error speaksForOrganization The official view from senior leadership"]);
    expect(await findings("De directie heeft besloten dat niemand ontslagen wordt.", { lang: "nl" })).toEqual(["error speaksForOrganization De directie heeft besloten"]);
    expect(await findings("Officiële koers van het management: geen ontslagen.", { lang: "nl" })).toEqual(["error speaksForOrganization Officiële koers van het management"]);
    expect(await findings("Ledelsen har besluttet: ingen fyringer.", { lang: "da" })).toEqual(["error speaksForOrganization Ledelsen har besluttet"]);
    expect(await findings("Direktionens officielle linje er, at ingen fyres.", { lang: "da" })).toEqual(["error speaksForOrganization Direktionens officielle linje"]);
  });

  it("treats dismissing a rumour as speaking with authority, not as passing one on", async () => {
    expect(await findings("To clear up the rumours: management has decided to keep York open.")).toEqual(["error speaksForOrganization management has decided"]);
    expect(await findings("Heard a rumour that management has decided to close York?")).toEqual([]);
  });

  it("lets a post mention a decision, point to the official statement, or use “official” for other things", async () => {
    expect(await findings("Management has decided to change the travel policy. Read the full statement on the intranet.")).toEqual([]);
    expect(await findings("Management has decided to change the travel policy: https://northwind.example/news/travel")).toEqual([]);
    expect(await findings("Management has decided on the new office. Exciting times!")).toEqual([]);
    expect(await findings("Our CEO decided to run a marathon, go Sarah!")).toEqual([]);
    expect(await findings("The official photos from the team party are up 😂")).toEqual([]);
    expect(await findings("Mijn manager heeft besloten dat ik vrijdag vrij mag!", { lang: "nl" })).toEqual([]);
    expect(await findings("Virksomhedens officielle julefrokost er i morgen 🎄", { lang: "da" })).toEqual([]);
  });
});
