// Every error status the API gives, each with a stable code and a sentence naming what to fix.
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parsedLogs, start, WITH_TEST_PACK, type Started } from "./helpers.js";

interface ErrorBody {
  error: { code: string; message: string; field?: string };
}

let api: Started;
beforeAll(async () => {
  api = await start({ packs: WITH_TEST_PACK, lintTimeoutMs: 500 });
});
afterAll(() => api.close());

describe("400: the request is wrong, and the answer names the field", () => {
  it.each([
    ["invalid JSON", '{"text": "hello', "invalid_json", undefined],
    ["an empty body", "", "invalid_json", undefined],
    ["a JSON array", "[1, 2]", "invalid_request", undefined],
    ["a missing text", { platform: "x" }, "invalid_request", "text"],
    ["text of the wrong type", { text: 42 }, "invalid_request", "text"],
    ["an unknown platform", { text: "hi there", platform: "twitter" }, "invalid_request", "platform"],
    ["a misspelled field", { text: "hi there", plattform: "x" }, "invalid_request", "plattform"],
    ["a date that is not ISO 8601", { text: "hi there", date: "01/12/2026" }, "invalid_request", "date"],
    ["a text over the length limit", { text: "a ".repeat(10_001) }, "invalid_request", "text"],
  ])("%s", async (_case, body, code, field) => {
    const r = await api.post("/v1/lint", body);
    expect(r.status).toBe(400);
    const { error } = r.body as ErrorBody;
    expect(error.code).toBe(code);
    expect(error.field).toBe(field);
    if (field) expect(error.message.startsWith(`${field}:`)).toBe(true);
  });

  it("explains what was expected", async () => {
    const r = await api.post("/v1/gate", { text: "hi there", account: "corporate" });
    expect((r.body as ErrorBody).error.message).toBe('account: expected "personal" or "official", got "corporate"');
  });

  it("refuses a JSON body that tries to pollute prototypes", async () => {
    const r = await api.post("/v1/lint", '{"text": "hi there", "__proto__": {"admin": true}}');
    expect(r.status).toBe(400);
  });
});

describe("404, 405, 413, 415", () => {
  it("404 for an unknown path", async () => {
    const r = await api.get("/v2/lint");
    expect(r.status).toBe(404);
    expect((r.body as ErrorBody).error.code).toBe("not_found");
  });

  it("405 with an Allow header for a known path and the wrong method", async () => {
    const get = await api.get("/v1/lint");
    expect(get.status).toBe(405);
    expect(get.headers.get("allow")).toBe("POST");
    const del = await api.request("/v1/rules", { method: "DELETE" });
    expect(del.status).toBe(405);
    expect(del.headers.get("allow")).toBe("GET, HEAD");
  });

  it("413 for a 1 MB body, and the server carries on", async () => {
    const r = await api.post("/v1/lint", { text: "x".repeat(1024 * 1024) });
    expect(r.status).toBe(413);
    expect((r.body as ErrorBody).error.code).toBe("body_too_large");
    expect((await api.post("/v1/lint", { text: "Still here after that." })).status).toBe(200);
  });

  it("413 when the body is larger than Content-Length says, streamed without a length", async () => {
    const status = await new Promise<number>((resolve, reject) => {
      const req = httpRequest(`${api.url}/v1/lint`, { method: "POST", headers: { "content-type": "application/json", "transfer-encoding": "chunked" } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on("error", reject);
      const chunk = "x".repeat(64 * 1024);
      req.write('{"text": "');
      for (let i = 0; i < 16; i++) req.write(chunk);
      req.end('"}');
    });
    expect(status).toBe(413);
  });

  it("415 for a body that is not JSON", async () => {
    const r = await api.request("/v1/lint", { method: "POST", headers: { "content-type": "text/plain" }, body: "What a day" });
    expect(r.status).toBe(415);
    expect((r.body as ErrorBody).error.code).toBe("unsupported_media_type");
    const form = await api.request("/v1/gate", { method: "POST", body: new URLSearchParams({ text: "What a day" }) });
    expect(form.status).toBe(415);
  });
});

describe("422 and 503: the engine's limits", () => {
  it("422 when a post overruns its time budget; the worker is replaced and the next post is checked", async () => {
    // The second post waits in the same worker, behind the stalled one, and must not be lost with it.
    const [r, behind] = await Promise.all([api.post("/v1/lint", { text: "Hold on [[stall 5000]] please" }), api.post("/v1/lint", { text: "Read teh notes." })]);
    expect(r.status).toBe(422);
    expect((r.body as ErrorBody).error).toMatchObject({ code: "lint_timeout", field: "text" });
    expect(behind.status).toBe(200);
    const next = await api.post("/v1/lint", { text: "Read teh notes." });
    expect(next.status).toBe(200);
    expect(parsedLogs(api.logs).some((l) => l["event"] === "worker-replaced")).toBe(true);
  });

  it("503 with Retry-After when the queue is full", async () => {
    const busy = await start({ packs: WITH_TEST_PACK, maxQueue: 1, lintTimeoutMs: 20_000 });
    try {
      // One worker holds two posts (one running, one ready), the queue one more; the fourth is refused.
      // The stall outlasts the time all four take to arrive, even on a busy machine.
      const answers = await Promise.all([1, 2, 3, 4].map(() => busy.post("/v1/lint", { text: "Slow one [[stall 2000]] here" })));
      const statuses = answers.map((a) => a.status).sort();
      expect(statuses).toEqual([200, 200, 200, 503]);
      const refused = answers.find((a) => a.status === 503);
      expect(refused?.headers.get("retry-after")).toBe("1");
      expect((refused?.body as ErrorBody).error.code).toBe("overloaded");
    } finally {
      await busy.close();
    }
  });
});
