// The learned second opinion (src/concepts/learned.ts): when it speaks (after the vocabulary found
// nothing, past its gate, above its threshold), what it says, and that blind sets never train it.
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { createLinter, definePolicyRule } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
import { LEARNED_GATES, LEARNED_SURE_SCORE, learnedData, learnedFeatures, learnedGateOpen, type LearnedModelName } from "../src/concepts/learned.js";
import { LEARNED_MODELS, LEARNED_WEIGHTS } from "../src/generated/models.js";
import pack from "../src/index.js";

const ORG = { organization: { name: "Northwind Traders", aliases: ["Northwind"] }, brand: { hashtags: { required: ["#Northwind"] } } };
const POLITICS = { "controversial-topic": ["warn", { topics: ["politics", "religion"] }] };

async function lint(text: string, lang: string, rules: Record<string, unknown> = {}, account = "personal") {
  const linter = createLinter({ packs: [pack], config: { ...ORG, rules } });
  return linter.lint({ text, meta: { lang, account } });
}

/** The model's gate for a post, as the rule asks it with `score`. */
async function gateOf(text: string, lang: string, name: LearnedModelName, score: number): Promise<boolean> {
  let open: boolean | undefined;
  const probe = definePolicyRule({
    id: "gate-probe",
    meta: { description: "Asks the learned gate.", policy: [], languages: ["en", "nl", "da"], defaultSeverity: "warn", fixable: false },
    messages: { en: { none: "none" } },
    async check(post) {
      open = await learnedGateOpen(post, name, score);
    },
  });
  await createLinter({ packs: [{ name: "probe", rules: [probe] }], config: ORG }).lint({ text, meta: { lang } });
  if (open === undefined) throw new Error("the probe did not run");
  return open;
}

describe("learned second opinion", () => {
  it("flags a complaint the vocabulary has no words for, as a warning at its sentence, naming the words that weighed most", async () => {
    const result = await lint("some days this job is just answering the same email from the same guy who never reads the reply", "en");
    expect(findingsOf(result, "workplace-conflict", ["severity", "messageId", "position"])).toEqual(["warn learned 1:1"]);
    const message = result.messages.find((m) => m.messageId === "learned")?.message ?? "";
    expect(message).toMatch(/^This sentence may read as a complaint about your work or the people in it \(“[^”]+”(, “[^”]+”){0,2}\)\./);
  });

  it("never quotes function words as the reason", async () => {
    const result = await lint("some days this job is just answering the same email from the same guy who never reads the reply", "en");
    const quoted = [...(result.messages.find((m) => m.messageId === "learned")?.message.matchAll(/“([^”]+)”/g) ?? [])].map((m) => m[1]);
    expect(quoted.length).toBeGreaterThan(0);
    for (const word of quoted) expect(["the", "a", "is", "this", "from", "who", "same", "some"]).not.toContain(word?.toLowerCase());
  });

  it("stays quiet when the vocabulary already reported the post", async () => {
    const result = await lint("My manager moved the deadline again. Honestly, what an idiot.", "en");
    expect(findingsOf(result, "workplace-conflict", ["messageId"])).toEqual(["hostility"]);
  });

  it("stays quiet about a post about work whose tone is warm on the whole", async () => {
    const result = await lint("En kunde ringede tre gange i dag bare for at sige tak. Det gjorde min dag 💚", "da");
    expect(findingsOf(result, "workplace-conflict", ["messageId"])).toEqual([]);
  });

  it("speaks for hurtful language only when the post names a group, a gender or a tragedy", async () => {
    expect(findingsOf(await lint("women in the warehouse, just dont 😂 took her ten minutes to find the forklift keys", "en"), "insensitive-language", ["severity", "messageId"])).toEqual(["warn learned"]);
    // Dutch "achter" shares its stem with "achterlijk": the gate matches slurs as written.
    expect(findingsOf(await lint("Weer een zaterdag achter de kassa omdat de rest van het team blijkbaar altijd ziek is.", "nl"), "insensitive-language", ["messageId"])).toEqual([]);
  });

  it("speaks without the gate's words only when sure, and a complaint still has to read sour", async () => {
    const gate = (text: string, name: LearnedModelName, score: number) => gateOf(text, "en", name, score);
    // No target, grievance or group from the lists: a plain score cannot open the gate, a sure one can.
    const sour = "Back in this kip again tomorrow. Heating's broken again, it's miserable, and they wonder why nobody stays past Christmas.";
    expect(await gate(sour, "workplace-conflict", 0.7)).toBe(false);
    expect(await gate(sour, "workplace-conflict", LEARNED_SURE_SCORE)).toBe(true);
    // However sure the model, a warm post about work is no complaint.
    expect(await gate("Three calls this morning from the same lovely old boy checking on his parcel 😊 He sent the depot a tin of biscuits.", "workplace-conflict", 0.99)).toBe(false);
  });

  it("speaks for the brand's voice on the brand account, in the post's language", async () => {
    const result = await lint("Wie na dit kabinet nog op die partij stemt, moet zich eens goed achter de oren krabben. #Northwind", "nl", POLITICS, "official");
    expect(findingsOf(result, "brand-voice", ["severity", "messageId"])).toEqual(["warn learned"]);
    expect(result.messages.find((m) => m.ruleId === "brand-voice")?.message).toMatch(/^Deze zin past mogelijk niet bij de stem van het merk/);
  });

  it("asks the political model only when the organization chose politics and religion", async () => {
    const text = "Hvis man stemmer på den regering igen, så må man have det godt med høje afgifter. #Northwind";
    const chosen = await lint(text, "da", POLITICS, "official");
    expect(findingsOf(chosen, "brand-voice", ["messageId"])).toEqual(["learned"]);
    const onlyWar = await lint("Hvis man stemmer på den regering igen, så må man have det godt med høje afgifter.", "da", { "controversial-topic": ["warn", { topics: ["war"] }] });
    expect(findingsOf(onlyWar, "controversial-topic", ["messageId"])).toEqual([]);
  });

  it("is turned off per rule with `learned: false`, leaving the vocabulary's findings", async () => {
    const complaint = "some days this job is just answering the same email from the same guy who never reads the reply";
    expect(findingsOf(await lint(complaint, "en", { "workplace-conflict": ["warn", { learned: false }] }), "workplace-conflict", ["messageId"])).toEqual([]);
    const stereotype = "women in the warehouse, just dont 😂 took her ten minutes to find the forklift keys";
    expect(findingsOf(await lint(stereotype, "en", { "insensitive-language": ["warn", { learned: false }] }), "insensitive-language", ["messageId"])).toEqual([]);
    const jab = "Wie na dit kabinet nog op die partij stemt, moet zich eens goed achter de oren krabben. #Northwind";
    const off = await lint(jab, "nl", { "controversial-topic": ["warn", { topics: ["politics", "religion"], learned: false }], "brand-voice": ["warn", { learned: false }] }, "official");
    expect(findingsOf(off, ["brand-voice", "controversial-topic"], ["messageId"])).toEqual([]);
    // The vocabulary still speaks: an insult at the manager is hostility either way.
    expect(findingsOf(await lint("My manager moved the deadline again. What an idiot.", "en", { "workplace-conflict": ["warn", { learned: false }] }), "workplace-conflict", ["messageId"])).toEqual(["hostility"]);
  });

  it("reads the organization's configured names as what they name, whatever the organization is called", async () => {
    const keysOf = async (text: string, config: Record<string, unknown>): Promise<string[]> => {
      let keys: string[] | undefined;
      const probe = definePolicyRule({
        id: "features-probe",
        meta: { description: "Reads the learned features.", policy: [], languages: ["en", "nl", "da"], defaultSeverity: "warn", fixable: false },
        messages: { en: { none: "none" } },
        async check(post, ctx) {
          keys = (await learnedFeatures(post, ctx.config)).keys;
        },
      });
      await createLinter({ packs: [{ name: "probe", rules: [probe] }], config }).lint({ text, meta: { lang: "en" } });
      return keys ?? [];
    };
    const sample = await keysOf("Contoso is buying Northwind, and Project Hydra goes with it.", { organization: { name: "Northwind", competitors: ["Contoso"] }, confidential: { terms: ["Project Hydra"] } });
    expect(sample).toEqual(expect.arrayContaining(["@name:competitor", "@name:organization", "@name:confidential", "en:@name:competitor_is", "en:bui_@name:organization"]));
    expect(sample.filter((k) => /contoso|northwind|hydra/.test(k))).toEqual([]);
    // Another organization: its own competitor is the competitor, the sample's is a word like any other.
    const other = await keysOf("Fabrikam is buying Contoso.", { organization: { name: "Tailspin", competitors: ["Fabrikam"] } });
    expect(other).toEqual(expect.arrayContaining(["@name:competitor", "en:contoso"]));
    // A name written as one word: a hashtag, or the end of a compound; never the start of a word,
    // and a configured term is literal text ("Hydra*" is no wildcard).
    expect(await keysOf("Love the #ProjectHydra demo, klotenorthwind or not.", { organization: { name: "Northwind" }, confidential: { terms: ["Project Hydra"] } })).toEqual(expect.arrayContaining(["@name:confidential", "@name:organization"]));
    expect((await keysOf("Hydration matters on a long run.", { organization: { name: "Northwind" }, confidential: { terms: ["Hydra*"] } })).filter((k) => k.includes("@name"))).toEqual([]);
    // No model weighs a name of the sample config the sets are written for.
    for (const lang of ["en", "nl", "da"] as const) {
      expect((JSON.parse(LEARNED_WEIGHTS[lang]) as { keys: string[] }).keys.filter((k) => /contoso|northwind|projectkestrel|hydra(?!t)/.test(k))).toEqual([]);
    }
  });

  it("formats its words, or says none when no word weighed enough", () => {
    expect(learnedData({ score: 0.9, range: [0, 1], words: ["job", "guy"] })).toEqual({ words: "“job”, “guy”", named: "yes" });
    expect(learnedData({ score: 0.9, range: [0, 1], words: [] })).toEqual({ words: "", named: "no" });
  });

  it("has every gate tag in the concept registry and a threshold between 0 and 1 for every model", async () => {
    const { CONCEPT_TAGS } = await import("../src/generated/concept-tags.js");
    for (const tags of Object.values(LEARNED_GATES)) for (const tag of tags) expect(CONCEPT_TAGS).toContain(tag);
    const english = JSON.parse(LEARNED_WEIGHTS.en) as { keys: string[] } & Record<string, number[]>;
    for (const [name, model] of Object.entries(LEARNED_MODELS)) {
      expect(model.threshold).toBeGreaterThan(0);
      expect(model.threshold).toBeLessThan(1);
      expect(english[name]).toHaveLength(english.keys.length);
      expect(english[name]?.filter((w) => w !== 0).length).toBeGreaterThan(1000);
    }
  });
});

describe("training sets", () => {
  const fixtures = path.resolve(import.meta.dirname, "../../fixtures");
  const sets = JSON.parse(readFileSync(path.resolve(import.meta.dirname, "../scripts/training-sets.json"), "utf8")) as { training: string[]; validation: string[]; blind: string[] };
  const all = [...sets.training, ...sets.validation, ...sets.blind];

  it("never trains on a blind or validation set, never validates on a blind set, and every set exists", () => {
    expect(sets.training.filter((s) => sets.blind.includes(s) || sets.validation.includes(s))).toEqual([]);
    expect(sets.validation.filter((s) => sets.blind.includes(s))).toEqual([]);
    for (const set of all) expect(existsSync(path.join(fixtures, set, "en.yaml")), set).toBe(true);
  });

  const numberOf = (s: string): number | undefined => {
    const n = /^holdout-(\d+)$/.exec(s)?.[1];
    return n === undefined ? undefined : Number(n);
  };
  const numbers = (list: string[]): number[] => list.map(numberOf).filter((n): n is number => n !== undefined);

  // The oldest blind set bounds the others: every validation set is older, and a training set
  // newer than it must have had its own blind figures recorded.
  it("keeps a held-out set blind, newer than every validation set", () => {
    const blind = Math.min(...numbers(sets.blind));
    expect(Number.isFinite(blind)).toBe(true);
    for (const n of numbers(sets.validation)) expect(n).toBeLessThan(blind);
  });

  // Sets written after the blind one may train the models (session 24 wrote three more for that),
  // but only once their own blind figures are on record: they were held out when written.
  it("trains on a set newer than the blind one only when its blind figures are in docs/quality.md", () => {
    const blind = Math.min(...numbers(sets.blind));
    const quality = readFileSync(path.resolve(import.meta.dirname, "../../docs/quality.md"), "utf8");
    for (const n of numbers(sets.training).filter((t) => t > blind)) expect(quality, `holdout-${n}`).toMatch(new RegExp(`holdout-${n}\\b[^\\n]*blind`));
  });
});
