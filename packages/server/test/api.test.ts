// The API over real HTTP on 127.0.0.1: lint, each gate decision, batches, rules, OpenAPI, probes.
import { ACCOUNTS, LANGUAGES, PLATFORMS } from "@postlint/core";
import { Validator } from "@seriousme/openapi-schema-validator";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BEFORE_LAUNCH, parsedLogs, start, WITH_TEST_PACK, type Started } from "./helpers.js";

interface Message {
  ruleId: string | null;
  severity: string;
  message: string;
  line: number;
  column: number;
  text?: string;
}
interface Result {
  messages: Message[];
  errorCount: number;
  warningCount: number;
  language: string;
}
interface Decision {
  id: string | null;
  decision: string;
  reasons: { ruleId: string; severity: string; message: string }[];
  result: Result;
}

let api: Started;
beforeAll(async () => {
  api = await start({ packs: WITH_TEST_PACK });
});
afterAll(() => api.close());

describe("POST /v1/lint", () => {
  it("returns the contract's result object with each finding located", async () => {
    const r = await api.post("/v1/lint", { text: "What a fucking week.\nAurora Pro is coming!", platform: "x", date: BEFORE_LAUNCH });
    expect(r.status).toBe(200);
    const result = r.body as Result;
    expect(Object.keys(result)).toEqual(expect.arrayContaining(["filePath", "language", "messages", "errorCount", "warningCount"]));
    const byRule = Object.fromEntries(result.messages.map((m) => [m.ruleId, m]));
    expect(byRule["profanity"]).toMatchObject({ severity: "error", line: 1, column: 8, text: "fucking" });
    expect(byRule["unreleased-product"]).toMatchObject({ severity: "error", line: 2, column: 1, text: "Aurora Pro" });
    expect(result.errorCount).toBe(2);
  });

  it("applies the post fields: after the launch date the product may be named", async () => {
    const before = (await api.post("/v1/lint", { text: "Aurora Pro is live today!", date: BEFORE_LAUNCH })).body as Result;
    const after = (await api.post("/v1/lint", { text: "Aurora Pro is live today!", date: "2027-03-02" })).body as Result;
    expect(before.messages.map((m) => m.ruleId)).toContain("unreleased-product");
    expect(after.messages.map((m) => m.ruleId)).not.toContain("unreleased-product");
  });

  it("lets the post's own front matter win over the request fields", async () => {
    const text = `---\ndate: 2027-06-01\n---\nAurora Pro is live today!`;
    const r = (await api.post("/v1/lint", { text, date: BEFORE_LAUNCH })).body as Result;
    expect(r.messages.map((m) => m.ruleId)).not.toContain("unreleased-product");
  });

  it("answers 400 for a post that cannot be read, naming the problem", async () => {
    const r = await api.post("/v1/lint", { text: "---\nplatform: [unclosed\n---\nhello there everyone" });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ error: { code: "invalid_post", field: "text" } });
    const blank = await api.post("/v1/lint", { text: "   \n  " });
    expect(blank.status).toBe(400);
    expect((blank.body as { error: { message: string } }).error.message).toMatch(/empty/);
  });
});

describe("POST /v1/gate", () => {
  it("blocks a post with an error-level finding and says why", async () => {
    const r = await api.post("/v1/gate", { id: "q-1", text: "This launch was a fucking triumph." });
    expect(r.status).toBe(200);
    const d = r.body as Decision;
    expect(d).toMatchObject({ id: "q-1", decision: "block" });
    expect(d.reasons).toEqual([expect.objectContaining({ ruleId: "profanity", severity: "error" })]);
    expect(d.result.errorCount).toBe(1);
  });

  it("sends a post with only warnings to review", async () => {
    const d = (await api.post("/v1/gate", { text: "Read teh release notes on our blog today." })).body as Decision;
    expect(d).toMatchObject({ id: null, decision: "review" });
    expect(d.reasons.map((r) => r.ruleId)).toEqual(["test-typo"]);
  });

  it("allows a clean post", async () => {
    const d = (await api.post("/v1/gate", { id: "q-3", text: "Had a lovely day at the team offsite. Thanks everyone for the great ideas!" })).body as Decision;
    expect(d).toMatchObject({ id: "q-3", decision: "allow", reasons: [] });
  });

  it("uses scheduledAt as the post's date for embargoes", async () => {
    const text = "Aurora Pro is here, and it is everything we hoped for.";
    const early = (await api.post("/v1/gate", { text, scheduledAt: "2027-02-28T23:30:00+01:00" })).body as Decision;
    const onTime = (await api.post("/v1/gate", { text, scheduledAt: "2027-03-01T09:00:00Z", date: BEFORE_LAUNCH })).body as Decision;
    expect(early.decision).toBe("block");
    expect(early.reasons.map((r) => r.ruleId)).toContain("unreleased-product");
    expect(onTime.result.messages.map((m) => m.ruleId)).not.toContain("unreleased-product");
  });
});

describe("gate thresholds from the config", () => {
  it("reviews instead of blocking when gate.block is never", async () => {
    const lenient = await start({ config: { gate: { block: "never", review: "error" } } });
    try {
      const d = (await lenient.post("/v1/gate", { text: "This launch was a fucking triumph." })).body as Decision;
      expect(d.decision).toBe("review");
    } finally {
      await lenient.close();
    }
  });
});

describe("POST /v1/gate/batch", () => {
  it("decides every post and gives the one invalid post its own error", async () => {
    const posts = [
      { id: "a", text: "Had a lovely day at the team offsite. Thanks everyone!" },
      { id: "b", text: "This launch was a fucking triumph." },
      { id: "c", text: "Read teh release notes on our blog today.", platform: "twitter" },
      { id: "d", text: "Read teh release notes on our blog today." },
    ];
    const r = await api.post("/v1/gate/batch", { posts });
    expect(r.status).toBe(200);
    const { results, summary } = r.body as { results: (Decision & { index: number; error?: { field: string; code: string } })[]; summary: Record<string, number> };
    expect(results.map((e) => [e.index, e.id, e.decision ?? "error"])).toEqual([
      [0, "a", "allow"],
      [1, "b", "block"],
      [2, "c", "error"],
      [3, "d", "review"],
    ]);
    expect(results[2]?.error).toMatchObject({ code: "invalid_request", field: "posts[2].platform" });
    expect(summary).toEqual({ allow: 1, review: 1, block: 1, error: 1 });
  });

  it("takes 100 posts and refuses 101", async () => {
    const post = { text: "Thanks everyone who came by our booth today!" };
    const ok = await api.post("/v1/gate/batch", { posts: Array.from({ length: 100 }, (_, i) => ({ ...post, id: `p${i}` })) });
    expect(ok.status).toBe(200);
    expect((ok.body as { results: unknown[] }).results).toHaveLength(100);
    const tooMany = await api.post("/v1/gate/batch", { posts: Array.from({ length: 101 }, () => post) });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body).toMatchObject({ error: { field: "posts" } });
  });
});

describe("GET /v1/rules, probes and the OpenAPI document", () => {
  it("lists the active rules with their metadata", async () => {
    const r = await api.get("/v1/rules");
    expect(r.status).toBe(200);
    const rules = (r.body as { rules: { id: string; description: string; languages: string[]; fixable: boolean }[] }).rules;
    const ids = rules.map((x) => x.id);
    expect(ids).toEqual(expect.arrayContaining(["profanity", "unreleased-product", "test-typo"]));
    expect(rules.find((x) => x.id === "test-typo")).toMatchObject({ fixable: true, languages: ["en", "nl", "da"] });
    expect(rules.every((x) => x.description.length > 0)).toBe(true);
  });

  it("answers health and readiness probes", async () => {
    expect((await api.get("/healthz")).body).toEqual({ status: "ok" });
    expect((await api.get("/readyz")).status).toBe(200);
  });

  it("describes the API in OpenAPI 3.1, from the schemas that validate requests", async () => {
    const doc = (await api.get("/openapi.json")).body as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
      components: { schemas: Record<string, { properties: Record<string, { enum?: string[] }>; required?: string[]; additionalProperties?: boolean }> };
    };
    expect(doc.openapi).toBe("3.1.0");
    // Valid against the official OpenAPI 3.1 schema, so client generators accept it.
    const checked = await new Validator().validate(doc as unknown as Record<string, unknown>);
    expect(checked.errors ?? []).toEqual([]);
    expect(checked.valid).toBe(true);
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/v1/lint", "/v1/gate", "/v1/gate/batch", "/v1/rules", "/healthz", "/readyz"]));
    const lint = doc.components.schemas["LintRequest"];
    expect(lint?.required).toEqual(["text"]);
    expect(lint?.additionalProperties).toBe(false);
    expect(lint?.properties["platform"]?.enum).toEqual([...PLATFORMS]);
    expect(lint?.properties["account"]?.enum).toEqual([...ACCOUNTS]);
    expect(lint?.properties["lang"]?.enum).toEqual([...LANGUAGES, "auto"]);
    expect(Object.keys(doc.components.schemas["GateRequest"]?.properties ?? {})).toEqual(expect.arrayContaining(["id", "scheduledAt", "text"]));
  });
});

describe("logs", () => {
  it("writes one JSON line per request, without the post's text", async () => {
    const quiet = await start();
    try {
      const secret = "hunter2-Zq9xV7-do-not-log";
      await quiet.post("/v1/lint", { text: `My password is ${secret}, do not tell anyone.` });
      await quiet.post("/v1/gate", { text: `Another post with ${secret} in it.` });
      await quiet.post("/v1/lint", `{"text": "${secret}`);
      const requests = parsedLogs(quiet.logs).filter((l) => l["msg"] === "request");
      expect(requests.map((l) => [l["method"], l["path"], l["status"]])).toEqual([
        ["POST", "/v1/lint", 200],
        ["POST", "/v1/gate", 200],
        ["POST", "/v1/lint", 400],
      ]);
      expect(requests[1]).toMatchObject({ decision: expect.any(String) as unknown });
      expect(quiet.logs.join("\n")).not.toContain("hunter2");
    } finally {
      await quiet.close();
    }
  });
});
