// Issue #9: property-based fuzzing of the HTTP API. Whatever the method, path, headers or body
// (valid and invalid shapes, wrong types, huge numbers, deep nesting, broken JSON, hostile posts):
// never a 5xx, every 4xx is JSON with an error code and message, and the server still answers
// /healthz afterwards. More cases: POSTLINT_FUZZ_RUNS=10000 (see test-support/fuzz.ts).
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { fuzzParameters, fuzzTimeout } from "../../../test-support/fuzz.js";
import { frontMatter, post, word } from "../../../test-support/post-arbitraries.js";
import { start, type Started } from "./helpers.js";
import { rawRequest } from "./raw-http.js";

const ADMIN = "fuzz-admin-token-0123456789abcdef";
const RUNS = 150;
let api: Started;

beforeAll(async () => {
  // A short lint budget, so hostile posts meet it; PGlite in memory for the review-queue routes.
  api = await start({ workers: 1, tokens: [ADMIN], lintTimeoutMs: 2_000, storage: {} });
});
afterAll(() => api.close());

const ROUTES = ["/v1/lint", "/v1/gate", "/v1/gate/batch", "/v1/rules", "/v1/submissions", "/v1/submissions/abc", "/v1/submissions/abc/decisions", "/v1/audit", "/v1/tokens", "/v1/tokens/bob", "/healthz", "/readyz", "/openapi.json", "/", "/review", "/nope"];

/** A path: a route, spelled oddly (encoded, doubled slashes, dot segments, case, query strings) or not a route at all. */
const pathArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...ROUTES) },
  fc.tuple(fc.constantFrom(...ROUTES), fc.constantFrom("?", "?limit=-1", "?limit=99999999999999999999", "?status=nope&status=x", "?since=yesterday", "?a[b]=c", "?%zz", "#x", "/", "//", "/..", "/%2e%2e", "%00", "%")).map(([p, s]) => p + s),
  fc.constantFrom("/V1/LINT", "//v1/gate", "/v1/./gate", "/v1/%67ate", "/%761/lint", "/v1/gate/batch/", "/v1/submissions/%00", "/v1/submissions/" + "x".repeat(5000)),
  fc.webPath(),
);

const field = fc.oneof(word, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.array(word, { maxLength: 3 }), fc.dictionary(word, word, { maxKeys: 2 }));

/** A post as the API takes it: right fields with right and wrong values, and unknown ones. */
const postBody = fc.record(
  {
    id: fc.oneof(word, fc.integer(), fc.string({ maxLength: 300 })),
    text: fc.oneof({ weight: 5, arbitrary: post }, fc.tuple(frontMatter, post).map(([fm, p]) => `---\n${fm}\n---\n${p}`), field, fc.constant("")),
    platform: fc.oneof(fc.constantFrom("x", "twitter", "linkedin", "mastodon", "myspace"), field),
    account: fc.oneof(fc.constantFrom("personal", "official"), field),
    author: fc.oneof(fc.constantFrom("jane.doe", "@northwind_ceo"), field),
    lang: fc.oneof(fc.constantFrom("en", "nl", "da", "auto", "fr"), field),
    scheduledAt: fc.oneof(fc.constantFrom("2027-06-01T09:00:00Z", "2027-06-01", "never", "2027-02-30T25:61:00+99:00"), field),
    date: fc.oneof(fc.constantFrom("2026-12-01", "2027-13-01"), field),
    images: fc.oneof(fc.array(fc.record({ name: fc.oneof(word, field), data: fc.oneof(fc.constantFrom("", "aGVsbG8=", "!!!not base64"), field), alt: field }, { requiredKeys: [] }), { maxLength: 2 }), field),
    callbackUrl: fc.oneof(fc.constantFrom("http://127.0.0.1:1/hook", "file:///etc/passwd", "javascript:alert(1)", "http://[::1]:0/"), field),
    decision: fc.oneof(fc.constantFrom("approve", "reject", "override"), field),
    note: field,
    name: field,
    role: fc.oneof(fc.constantFrom("writer", "reviewer", "admin", "root"), field),
    extra: field,
  },
  { requiredKeys: [] },
);

/** Bodies: posts, batches, any JSON value, huge numbers, deep nesting, duplicate keys, broken JSON, non-JSON. */
const bodyArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 5, arbitrary: postBody.map((b) => JSON.stringify(b)) },
  { weight: 2, arbitrary: fc.array(fc.oneof(postBody, field), { maxLength: 4 }).map((posts) => JSON.stringify({ posts })) },
  fc.jsonValue().map((v) => JSON.stringify(v)),
  fc.constantFrom(
    '{"text": 1e400}', '{"text": "hi", "text": "again"}', '{"posts": [{"text": "a"}], "posts": []}', "null", "[]", '""', "{", '{"text": "\\ud800"}',
    `{"text": "${"a".repeat(30_000)}"}`, `{"posts": [${Array.from({ length: 200 }, () => '{"text":"x"}').join(",")}]}`,
    "[".repeat(10_000) + "]".repeat(10_000), '{"a":'.repeat(5_000) + "1" + "}".repeat(5_000), '{"__proto__": {"admin": true}, "text": "hi"}', '{"constructor": {"prototype": {}}, "text": "hi"}',
  ),
  fc.string({ unit: "binary", maxLength: 200 }),
);

const headersArb = fc.record(
  {
    "content-type": fc.constantFrom("application/json", "application/json; charset=utf-8", "application/json; charset=latin1", "text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/merge-patch+json", "*/*", ""),
    authorization: fc.constantFrom(`Bearer ${ADMIN}`, `Bearer ${ADMIN}`, `Bearer ${ADMIN}`, "Bearer nope", "Basic YTpi", "Bearer", "", `bearer ${ADMIN}`),
    "idempotency-key": fc.oneof(word.filter((w) => /^[\x21-\x7e]*$/.test(w)), fc.constant("x".repeat(500))),
    accept: fc.constantFrom("application/json", "text/html", "*/*", "application/xml"),
    "x-forwarded-for": fc.constantFrom("1.2.3.4", "::1", "nonsense"),
  },
  { requiredKeys: [] },
);

const methodArb = fc.constantFrom("GET", "POST", "POST", "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "HEAD");

async function expectWellFormed(method: string, path: string, status: number, contentType: string, body: string): Promise<void> {
  const where = `${method} ${path.slice(0, 100)} answered ${status}: ${body.slice(0, 300)}`;
  expect(status, where).toBeGreaterThanOrEqual(200);
  expect(status, where).toBeLessThan(500);
  if (status >= 400 && method !== "HEAD") {
    expect(contentType, where).toMatch(/^application\/json/);
    const parsed = JSON.parse(body) as { error?: { code?: unknown; message?: unknown } };
    expect(typeof parsed.error?.code, where).toBe("string");
    expect(typeof parsed.error?.message, where).toBe("string");
  }
}

describe("fuzzing the HTTP API", () => {
  it("never answers 5xx, and answers every 4xx with a JSON error", { timeout: fuzzTimeout(RUNS, 200) }, async () => {
    await fc.assert(
      fc.asyncProperty(methodArb, pathArb, headersArb, bodyArb, async (method, path, headers, body) => {
        const init: RequestInit = { method, headers: Object.fromEntries(Object.entries(headers).filter(([, v]) => v !== "")) };
        if (method !== "GET" && method !== "HEAD") init.body = body;
        let response: Response;
        try {
          response = await fetch(api.url + (path.startsWith("/") ? path : `/${path}`), init);
        } catch (error) {
          // fetch itself refuses some combinations (a body on OPTIONS in some versions): not the server's answer.
          if (error instanceof TypeError && !/fetch failed/.test(error.message)) return;
          throw error;
        }
        await expectWellFormed(method, path, response.status, response.headers.get("content-type") ?? "", await response.text());
      }),
      fuzzParameters(RUNS),
    );
    expect((await api.get("/healthz")).status).toBe(200);
  });

  it("answers raw request targets fetch would normalise, never 5xx", { timeout: fuzzTimeout(RUNS, 100) }, async () => {
    const target = fc.oneof(
      fc.tuple(fc.constantFrom(...ROUTES), fc.constantFrom("", "/..", "/../..", "/%2e%2e/", "//", "?x", "%")).map(([r, s]) => r + s),
      fc.constantFrom("http://x/v1/rules", "http://127.0.0.1/v1/gate", "*", "/v1/../v1/gate", "/v1/gate/../../healthz", "v1/gate", "//v1//gate"),
      fc.string({ unit: fc.constantFrom("/", ".", "%", "2", "e", "v", "1", "g", "a", "t", "?", "#"), maxLength: 20 }).map((s) => `/${s}`),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom("GET", "POST"), target, bodyArb, async (method, t, body) => {
        const answer = await rawRequest(api.url, `${method} ${t} HTTP/1.1`, { "content-type": "application/json" }, method === "POST" ? body : "");
        const contentType = /^content-type: (.*)$/im.exec(answer.head)?.[1] ?? "";
        // A chunked answer's body has chunk sizes around it; the JSON check needs the plain body.
        const plain = /transfer-encoding: chunked/i.test(answer.head) ? answer.body.replace(/^[0-9a-f]+\r\n|\r\n[0-9a-f]+\r\n/gi, "").replace(/\r\n0\r\n\r\n$/, "") : answer.body;
        await expectWellFormed(method, t, answer.status, contentType, plain);
      }),
      fuzzParameters(RUNS),
    );
    expect((await api.get("/healthz")).status).toBe(200);
  });
});

describe("requests the fuzzer found answered with a 500 or in Fastify's own shape", () => {
  const auth = { authorization: `Bearer ${ADMIN}` };

  it.each([
    ["a NUL in a submission id", () => api.get("/v1/submissions/%00", auth), "id: contains a NUL character (\\u0000), which cannot be stored"],
    ["a NUL in a submission's text", () => api.post("/v1/submissions", { id: "nul", text: "hi\u0000there" }, auth), "text: contains a NUL character (\\u0000), which cannot be stored"],
    ["a NUL in a token name", () => api.request("/v1/tokens/a%00b", { method: "DELETE", headers: auth }), "name: contains a NUL character (\\u0000), which cannot be stored"],
  ])("refuses %s with a 400", async (_name, send, message) => {
    const answer = await send();
    expect(answer.status).toBe(400);
    expect(answer.body).toEqual({ error: { code: "invalid_request", message, field: expect.any(String) as string } });
  });

  it("answers a path the router cannot decode with the API's error shape", async () => {
    const answer = await rawRequest(api.url, "GET /v1/lint% HTTP/1.1");
    expect(answer.status).toBe(400);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: "invalid_request", message: "the request path cannot be decoded (FST_ERR_BAD_URL); percent-encode it as a URL" } });
  });

  it("answers a request line Node refuses with the API's error shape", async () => {
    const answer = await rawRequest(api.url, "GET v1/gate HTTP/1.1");
    expect(answer.status).toBe(400);
    expect(answer.head).toMatch(/content-type: application\/json/i);
    expect(JSON.parse(answer.body)).toEqual({ error: { code: "invalid_request", message: "the request is not valid HTTP/1.1 (its request line or headers)" } });
  });
});
