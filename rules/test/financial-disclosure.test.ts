// financial-disclosure: what makes results, figures and numbers a hint, and what keeps ordinary
// numbers (a running app, exam results, a vegetable garden) and published results fine.
import { createLinter, type Language } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";

const linter = createLinter({ packs: [pack], config: { organization: { name: "Northwind Traders", aliases: ["Northwind"] } } });

async function findings(text: string, lang: Language, ruleId = "financial-disclosure"): Promise<string[]> {
  return findingsOf(await linter.lint({ text, filePath: "post.md", meta: { lang, date: "2026-12-01" } }), ruleId, ["messageId", "text"]);
}

describe("results hints: an upcoming release plus hype", () => {
  it("flags company results with a release and hype, in each language", async () => {
    expect(await findings("Quarterly results come out Tuesday and all I will say is 🚀🚀🚀", "en")).toEqual(["results Quarterly results"]);
    expect(await findings("De jaarcijfers komen dinsdag pas naar buiten en ik zeg alleen maar: 🚀🚀🚀", "nl")).toEqual(["results jaarcijfers"]);
    expect(await findings("Kvartalstallene kommer på tirsdag, og jeg siger bare 🚀🚀🚀", "da")).toEqual(["results Kvartalstallene"]);
  });
  it("needs both: a release date alone or hype alone is no hint", async () => {
    expect(await findings("Quarterly results come out Tuesday, see the investor calendar.", "en")).toEqual([]);
    expect(await findings("Worked on the quarterly results slides with the team 🚀", "en")).toEqual([]);
  });
  it("keeps published results and other people's results fine", async () => {
    expect(await findings("Our quarterly results are out 🚀 worth a read on the investor site.", "en")).toEqual([]);
    expect(await findings("Exam results come out Tuesday and all I'll say is 🚀", "en")).toEqual([]);
    expect(await findings("De cijfers van mijn hardloopapp worden elke week beter", "nl")).toEqual([]);
  });
  it("reports a buy call rather than the results hint in the same sentence", async () => {
    expect(await findings("Kvartalstallene kommer torsdag, og jeg siger bare: køb 🚀📈", "da")).toEqual(["stockTip køb"]);
  });
});

describe("internal figures", () => {
  it("flags growth figures from an internal source", async () => {
    expect(await findings("Mag dit niet delen maar uit het kwartaaloverleg: 38% groei in de Benelux", "nl")).toEqual(["figures groei"]);
    expect(await findings("På kvartalsmødet i dag: 38% vækst i Norden. Burde ikke dele det", "da")).toEqual(["figures vækst"]);
  });
  it("keeps growth without an internal source fine", async () => {
    expect(await findings("38% growth in my tomato harvest this year 🍅", "en")).toEqual([]);
    expect(await findings("38% vækst i min køkkenhave i år", "da")).toEqual([]);
  });
  it("counts numbers words only next to money words, not any numbers", async () => {
    expect(await findings("The numbers from my marathon training app are wild: 12% faster", "en")).toEqual([]);
    expect(await findings("The numbers from my marathon training app are wild: 12% faster", "en", "confidential-info")).toEqual([]);
    expect(await findings("Numbers from the sales meeting: 3.2M in November alone", "en")).toEqual(["figures Numbers from"]);
  });
  it("does not take a shouted word for a ticker that makes numbers financial", async () => {
    expect(await findings("the numbers from this morning's all-hands were WILD: 62% of the yearly target", "en")).toEqual([]);
    expect(await findings("the numbers from this morning's all-hands were WILD: 62% of the yearly target", "en", "confidential-info")).toEqual(["figures numbers from"]);
  });
});

describe("figure evidence on hostile input (issue #9 §5)", () => {
  it("tries each number once, from its first digit, so long digit runs stay linear", async () => {
    const { figureEvidence } = await import("../src/concepts/figures.js");
    const text = "1".repeat(200_000);
    // A generous ceiling (the old pattern took minutes on this); speed itself is measured in `pnpm bench`.
    const started = performance.now();
    expect(figureEvidence({ text, tokens: [], bodyStart: 0 })).toEqual([]);
    expect(figureEvidence({ text: "1" + ",000".repeat(100_000) + ",5", tokens: [], bodyStart: 0 }, { counts: true })).toEqual([]);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});

describe("financial-disclosure: insiders", () => {
  it("makes an insider's hints errors and others' weaker hints warnings", async () => {
    const insiders = createLinter({ packs: [pack], config: { financialDisclosure: { insiders: ["@northwind_cfo"] } } });
    // The words' findings: the learned model has its own say, a warning, where they find nothing.
    const run = async (text: string, author?: string): Promise<string[]> =>
      (await insiders.lint({ text, meta: { lang: "en", ...(author ? { author } : {}) } })).messages
        .filter((m) => m.ruleId === "financial-disclosure" && m.messageId !== "learned")
        .map((m) => `${m.severity} ${m.messageId ?? ""}`);
    expect(await run("Great quarter, the board will be pleased.")).toEqual(["warn results"]);
    expect(await run("Great quarter, the board will be pleased.", "Northwind_CFO")).toEqual(["error results"]);
    expect(await run("Crossed 10 million users for the first time!")).toEqual([]);
    expect(await run("Crossed 10 million users for the first time!", "@northwind_cfo")).toEqual(["error milestone"]);
    expect(await run("Our stock is way undervalued, buy before Q4.")).toEqual(["error stockTip"]);
  });

  it("takes the spokespeople as insiders until the team lists its own", async () => {
    const spokespeople = { spokespeople: ["@northwind_ceo"], rules: { "financial-disclosure": ["error", { learned: false }] } };
    const lint = async (config: object, text: string, lang: "en" | "nl" | "da"): Promise<string[]> =>
      (await createLinter({ packs: [pack], config }).lint({ text, meta: { lang, author: "@northwind_ceo" } })).messages
        .filter((m) => m.ruleId === "financial-disclosure")
        .map((m) => `${m.severity} ${m.messageId ?? ""}`);
    expect(await lint(spokespeople, "Just crossed 5 million app downloads. First time ever.", "en")).toEqual(["error milestone"]);
    expect(await lint(spokespeople, "Vandaag voor het eerst meer dan 250.000 bestellingen op één dag!", "nl")).toEqual(["error milestone"]);
    expect(await lint(spokespeople, "For første gang: 1.200.000 aktive brugere på appen i dag!", "da")).toEqual(["error milestone"]);
    // A team that lists its insiders decides alone: the CEO is no longer one here.
    expect(await lint({ ...spokespeople, financialDisclosure: { insiders: ["@northwind_cfo"] } }, "Just crossed 5 million app downloads. First time ever.", "en")).toEqual([]);
  });
});

describe("financial-disclosure: large counts", () => {
  it("reads a count with thousands separators as an operating figure, not a time, a year or a thesis", async () => {
    const { figureEvidence } = await import("../src/concepts/figures.js");
    const text = "250.000 bestellingen, 1,200,000 users, om 14.30 in 2026, 61,000 words, 1,000,000,5";
    // One token spanning the text: every figure found maps to it, so the count is what matters.
    const post = { text, tokens: [{ end: text.length }] as never, bodyStart: 0 };
    expect(figureEvidence(post)).toHaveLength(0);
    expect(figureEvidence(post, { counts: true })).toHaveLength(3);
  });
});
