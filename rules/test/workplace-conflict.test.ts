// Intent and context of workplace-conflict: the same negative words pass about the weather and
// are flagged about work; threats are errors. Vocabulary is covered by fixtures/workplace-conflict/.
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import pack from "../src/index.js";

const ORG = { organization: { name: "Northwind Traders", aliases: ["Northwind"] } };

async function findings(text: string, lang = "en", rules: Record<string, unknown> = {}) {
  const linter = createLinter({ packs: [pack], config: { ...ORG, rules } });
  return findingsOf(await linter.lint({ text, meta: { lang } }), "workplace-conflict", ["severity", "messageId", "text"]);
}

describe("workplace-conflict", () => {
  it("flags negativity about work but not the same negativity about the weather", async () => {
    expect(await findings("This was a terrible week. The rain never stopped.")).toEqual([]);
    expect(await findings("This was a terrible week at work. The rain never stopped.")).toEqual(["warn venting terrible week at work"]);
  });

  it("looks at the target's sentence and the next, not further", async () => {
    expect(await findings("My manager moved the deadline. Honestly, what an idiot.")).toEqual(["warn hostility idiot"]);
    expect(await findings("My manager moved the deadline. We got coffee. Then the train was a nightmare.")).toEqual([]);
  });

  it("reads a curse word as an insult only where it names someone ('is a complete dickhead')", async () => {
    expect(await findings("the new area manager is a complete d1ckhead.")).toEqual(["warn hostility d1ckhead"]);
    expect(await findings("what a shit manager")).toEqual(["warn hostility shit manager"]);
    expect(await findings("my manager got us a fucking pizza")).toEqual([]);
    expect(await findings("Holy shit, my manager just gave us all a day off")).toEqual([]);
  });

  it("lets a pet play the boss, but not over 'my manager'", async () => {
    expect(await findings("Hunden har overtaget hjemmekontoret og er en frygtelig chef 🐶", "da")).toEqual([]);
    expect(await findings("Onze kat heeft de leiding overgenomen op mijn thuiswerkplek. Slechte baas 😼", "nl")).toEqual([]);
    expect(await findings("The dog barked all night and my manager is an idiot")).toEqual(["warn hostility idiot"]);
  });

  it("lets praise of colleagues and customers pass, and a negated complaint too", async () => {
    expect(await findings("Proud of my colleagues, and grateful for our customers 💚")).toEqual([]);
    expect(await findings("My manager is not an idiot, whatever people say.")).toEqual([]);
  });

  it("reports threats as errors, and a configured level overrides that", async () => {
    expect(await findings("To the customer from this morning: I know where you live.")).toEqual(["error threat I know where you live"]);
    expect(await findings("To the customer from this morning: I know where you live.", "en", { "workplace-conflict": "warn" })).toEqual([
      "warn threat I know where you live",
    ]);
  });

  it("is not silenced by an opinion disclaimer (P7)", async () => {
    expect(await findings("My boss is a clown. Opinions are my own.")).toEqual(["warn hostility clown"]);
  });

  it("uses the curated Dutch and Danish word lists", async () => {
    expect(await findings("Mijn leidinggevende is echt afschuwelijk.", "nl")).toEqual(["warn venting afschuwelijk"]);
    expect(await findings("Min chef er virkelig træls.", "da")).toEqual(["warn venting træls"]);
    expect(await findings("Min chef er virkelig sød.", "da")).toEqual([]);
  });

  it("treats slurs and stereotypes aimed at colleagues as hostility", async () => {
    expect(await findings("The new guy in accounts is a total retard.")).toEqual(["warn hostility retard"]);
  });

  it("scores the writer's attitude, not events or bad luck near a customer or colleague", async () => {
    expect(await findings("A customer needed a refund and I lost the form, my bad.")).toEqual([]);
    expect(await findings("None of our customers lost money in the outage. Great job, team.")).toEqual([]);
    expect(await findings("Klant meldde een fout in de factuur, meteen opgelost.", "nl")).toEqual([]);
    expect(await findings("Kollegaen mistede sin telefon i kantinen, nogen der har set den?", "da")).toEqual([]);
    // The same customers, and the writer's contempt for them.
    expect(await findings("Our customers are so entitled and rude.")).toEqual(["warn hostility entitled"]);
  });

  it("counts a feeling only when the writer has it: an angry customer is not venting", async () => {
    expect(await findings("An angry customer called twice about her order.")).toEqual([]);
    expect(await findings("I'm so angry at my manager.")).toEqual(["warn venting angry"]);
    expect(await findings("De klant was woedend over zijn pakket.", "nl")).toEqual([]);
    expect(await findings("Ik ben zo boos op mijn collega's.", "nl")).toEqual(["warn venting boos"]);
    expect(await findings("Kunden var rasende over regningen.", "da")).toEqual([]);
    expect(await findings("Jeg er rasende på min chef.", "da")).toEqual(["warn venting rasende"]);
  });

  it("does not read an apology or empathy as venting, but an insult in it still counts", async () => {
    expect(await findings("So sorry for the terrible wait today, customers. Thanks for your patience!")).toEqual([]);
    expect(await findings("Onze excuses aan alle klanten voor de chaos van gisteren.", "nl")).toEqual([]);
    expect(await findings("Vi beklager det elendige forløb over for kunderne.", "da")).toEqual([]);
    expect(await findings("Sorry, but my manager is an idiot.")).toEqual(["warn hostility idiot"]);
  });

  it("finds threats by pattern, whoever they name, and not look-alikes", async () => {
    for (const [who, verb] of [["he", "parks"], ["she", "lives"], ["they", "live"], ["that guy", "sleeps"]]) {
      expect(await findings(`My manager again. I know where ${who} ${verb}.`)).toEqual([`error threat I know where ${who} ${verb}`]);
    }
    expect(await findings("Ik weet waar zijn fiets staat 🔪", "nl")).toEqual(["error threat Ik weet waar zijn fiets"]);
    expect(await findings("Als mijn baas nog één keer zo doet, dan gaat hij het merken.", "nl")).toEqual(["error threat dan gaat hij het merken"]);
    expect(await findings("Hvis chefen gør det igen, så skal hun få at se.", "da")).toEqual(["error threat så skal hun få at se"]);
    expect(await findings("I know where the best coffee is near the office.")).toEqual([]);
    expect(await findings("I don't know where he lives, can someone from the team post his card?")).toEqual([]);
    expect(await findings("Big all-hands on Monday: you'll find out what happens next with the office move!")).toEqual([]);
    expect(await findings("Je gaat het merken: de nieuwe planning geeft rust.", "nl")).toEqual([]);
    expect(await findings("I skal få at se, hvad vi har lavet til kollegerne!", "da")).toEqual([]);
  });
});
