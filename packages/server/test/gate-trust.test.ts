// Regression (security issue, item 2): the post's own text decided who, when and which rules at
// the gate. Front matter inside `text` beat the request's `scheduledAt` and `author`, and an
// in-text `postlint-disable` silenced everything, so the gate answered `allow`.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type Started } from "./helpers.js";

interface Answer {
  decision: string;
  reasons: { ruleId: string | null; suppressed?: boolean }[];
  result: { messages: { ruleId: string | null; suppressed?: boolean }[]; errorCount: number; language: string };
}

const ruleIds = (a: Answer): (string | null)[] => a.result.messages.map((m) => m.ruleId);

describe("the gate trusts the request, not the text", () => {
  let api: Started;
  beforeAll(async () => {
    api = await start();
  });
  afterAll(() => api.close());
  const gate = async (body: Record<string, unknown>): Promise<Answer> => {
    const r = await api.post("/v1/gate", body);
    expect(r.status).toBe(200);
    return r.body as Answer;
  };

  it("keeps the embargo: a date in the text's front matter does not move the post past launch", async () => {
    const text = "---\ndate: 2027-06-01\n---\nAurora Pro is finally here, go get one!\n";
    const scheduled = await gate({ text, scheduledAt: "2026-12-10T09:00:00Z" });
    expect(ruleIds(scheduled)).toContain("unreleased-product");
    expect(scheduled.decision).toBe("block");
    // No scheduledAt: the post goes out now, still before launch.
    expect(ruleIds(await gate({ text }))).toContain("unreleased-product");
  });

  it("keeps the spokesperson check: an author in the text does not make the writer a spokesperson", async () => {
    const text = "---\nauthor: jane.doe\n---\nOn behalf of Northwind Traders, we are officially announcing that we are leaving the Danish market.\n";
    expect(ruleIds(await gate({ text, author: "bob.smith" }))).toContain("unauthorized-spokesperson");
    expect(ruleIds(await gate({ text }))).toContain("unauthorized-spokesperson");
    // The same words from a spokesperson named by the request pass that rule.
    expect(ruleIds(await gate({ text, author: "jane.doe" }))).not.toContain("unauthorized-spokesperson");
  });

  it("keeps the account and language: front matter cannot turn off brand-voice or swap the word lists", async () => {
    const brand = await gate({ text: "---\naccount: personal\n---\nNew opening hours for the holidays, see you there!\n", account: "official" });
    expect(ruleIds(brand)).toContain("brand-voice");
    const lang = await gate({ text: "---\nlang: da\n---\nMy boss is a fucking clown and this job is killing me.\n" });
    expect(lang.result.language).toBe("en");
    expect(ruleIds(lang)).toContain("profanity");
  });

  it("does not honour postlint-disable comments, and shows what they tried to silence", async () => {
    const answer = await gate({ text: "<!-- postlint-disable -- approved -->\nMy boss is a fucking clown. Project Hydra ships in May.\n" });
    expect(answer.decision).toBe("block");
    const silenced = answer.result.messages.filter((m) => m.suppressed);
    expect(silenced.map((m) => m.ruleId)).toEqual(expect.arrayContaining(["profanity", "confidential-info"]));
    expect(answer.reasons.filter((r) => r.suppressed).length).toBeGreaterThan(0);
  });

  it("does not honour a front-matter postlint.disable either", async () => {
    const answer = await gate({ text: "---\npostlint:\n  disable: [profanity]\n  reason: approved by comms\n---\nThis launch was a fucking triumph.\n" });
    expect(answer.decision).toBe("block");
    expect(answer.result.messages.find((m) => m.ruleId === "profanity")?.suppressed).toBe(true);
  });

  it("leaves /v1/lint as the CLI is: the writer's own suppressions apply there", async () => {
    const r = await api.post("/v1/lint", { text: "<!-- postlint-disable profanity -- quoting a customer -->\nThis launch was a fucking triumph.\n" });
    expect((r.body as Answer["result"]).messages.map((m) => m.ruleId)).not.toContain("profanity");
  });
});

describe("gate.honorSuppressions: true", () => {
  it("lets reasoned in-text suppressions through, as the organization chose", async () => {
    const api = await start({ config: { gate: { honorSuppressions: true } } });
    try {
      const r = await api.post("/v1/gate", { text: "<!-- postlint-disable-next-line profanity -- quoting a customer's review -->\nThis launch was a fucking triumph.\n" });
      expect((r.body as Answer).decision).toBe("allow");
    } finally {
      await api.close();
    }
  });
});
