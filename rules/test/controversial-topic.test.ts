// Off by default; topics choose what an impartial role avoids; opinions, not news, are flagged.
import { ConfigError, createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";

async function findings(text: string, lang = "en", rules: Record<string, unknown> = { "controversial-topic": "warn" }) {
  const linter = createLinter({ packs: [pack], config: { rules } });
  return findingsOf(await linter.lint({ text, meta: { lang } }), "controversial-topic", ["severity", "text"]);
}

describe("controversial-topic", () => {
  it("is off unless turned on", async () => {
    expect(await findings("This government is a disgrace.", "en", {})).toEqual([]);
    expect(await findings("This government is a disgrace.")).toEqual(["warn This government"]);
  });

  it("flags opinions and voting advice, not news or neutral civic posts", async () => {
    expect(await findings("The government announced a new climate plan today.")).toEqual([]);
    expect(await findings("Election day! Whatever your choice, go vote.")).toEqual([]);
    expect(await findings("Vote Green on Thursday, the only sane choice.")).toEqual(["warn Vote Green"]);
    expect(await findings("Vote for us in the Best Retailer awards!")).toEqual([]);
  });

  it("only counts negative words about a religion, so a church concert passes", async () => {
    expect(await findings("The church choir was lovely tonight.")).toEqual([]);
    expect(await findings("Religion has done more harm than good.")).toEqual(["warn Religion"]);
  });

  it("limits itself to the configured topics", async () => {
    const politicsOnly = { "controversial-topic": ["warn", { topics: ["politics"] }] };
    expect(await findings("Religion has done more harm than good.", "en", politicsOnly)).toEqual([]);
    expect(await findings("This government is a disgrace.", "en", politicsOnly)).toEqual(["warn This government"]);
    expect(() => createLinter({ packs: [pack], config: { rules: { "controversial-topic": ["warn", { topics: ["sports"] }] } } })).toThrow(ConfigError);
  });

  it("reads Danish “politik” as policy, not politics", async () => {
    expect(await findings("Virksomhedens politik for hjemmearbejde er elendig.", "da")).toEqual([]);
    expect(await findings("Regeringens politik er elendig.", "da")).toEqual(["warn Regeringens"]);
  });
});

describe("controversial-topic: parties, politicians, topics of your own", () => {
  it("flags jabs at parties and politicians, not news or 'til venstre'", async () => {
    expect(await findings("Anyone voting Reform this time is out of their mind.")).toEqual(["warn Reform"]);
    expect(await findings("Wilders is een gevaar voor de democratie.", "nl")).toEqual(["warn Wilders"]);
    expect(await findings("Venstre har solgt ud af alt, hvad de stod for.", "da")).toEqual(["warn Venstre"]);
    expect(await findings("The election is on Thursday, polling stations open at 7.")).toEqual([]);
    expect(await findings("Drej til venstre ved rundkørslen, så ligger kontoret på højre hånd.", "da")).toEqual([]);
  });

  it("accepts built-in topics and custom topics with their own terms", async () => {
    const custom = { "controversial-topic": ["warn", { topics: ["immigration", { name: "abortion", terms: { en: ["abortion", "pro-life"], nl: ["abortus"] }, label: { nl: "abortus" } }] }] };
    expect(await findings("Abortion should be banned, period.", "en", custom)).toEqual(["warn Abortion"]);
    expect(await findings("These refugees should be sent straight back.", "en", custom)).toEqual(["warn refugees"]);
    expect(await findings("This government is a disgrace.", "en", custom)).toEqual([]);
    expect(() => createLinter({ packs: [pack], config: { rules: { "controversial-topic": ["warn", { topics: [{ terms: { en: ["x"] } }] }] } } })).toThrow(ConfigError);
  });
});
