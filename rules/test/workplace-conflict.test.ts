// Intent and context of workplace-conflict: the same negative words pass about the weather and
// are flagged about work; threats are errors. Vocabulary is covered by fixtures/workplace-conflict/.
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import pack from "../src/index.js";

const ORG = { organization: { name: "Northwind Traders", aliases: ["Northwind"] } };

async function findings(text: string, lang = "en", rules: Record<string, unknown> = {}) {
  const linter = createLinter({ packs: [pack], config: { ...ORG, rules } });
  const result = await linter.lint({ text, meta: { lang } });
  return result.messages.filter((m) => m.ruleId === "workplace-conflict").map((m) => `${m.severity} ${m.messageId} ${m.text ?? ""}`);
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

  it("uses natural's Dutch sentiment lexicon and the Danish word list", async () => {
    expect(await findings("Mijn leidinggevende is echt afschuwelijk.", "nl")).toEqual(["warn venting afschuwelijk"]);
    expect(await findings("Min chef er virkelig træls.", "da")).toEqual(["warn venting træls"]);
    expect(await findings("Min chef er virkelig sød.", "da")).toEqual([]);
  });

  it("treats slurs and stereotypes aimed at colleagues as hostility", async () => {
    expect(await findings("The new guy in accounts is a total retard.")).toEqual(["warn hostility retard"]);
  });
});
