// Regression (security issue, item 1): the token check ran on a string prefix of the raw URL
// while the router resolved a decoded one, so `/%761/gate` or an absolute-form target reached
// the API without a token. Every spelling of every /v1 route must answer 401.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createServer, WeakTokenError } from "../dist/index.js";
import { SAMPLE_CONFIG, start, type Started } from "./helpers.js";
import { rawRequest } from "./raw-http.js";

const TOKEN = "a-long-enough-test-token";
const BODY = JSON.stringify({ text: "hi", posts: [{ text: "hi" }] });

/** Ways to write `/v1/<rest>` that some router, proxy or decoder reads as the same path. */
function spellings(path: string): string[] {
  const rest = path.slice("/v1".length);
  return [
    path,
    `/%761${rest}`,
    `/%76%31${rest}`,
    `/%2576%2531${rest}`,
    `//v1${rest}`,
    `/v1/${rest}`,
    `/./v1${rest}`,
    `/x/../v1${rest}`,
    `/v1/.${rest}`,
    `/V1${rest}`,
    `/v1${rest.toUpperCase()}`,
    `${path}/`,
    `${path}?`,
    `${path};x`,
    `http://x${path}`,
    `http://127.0.0.1${path}`,
    `HTTP://X${path}`,
  ];
}

describe("authentication on every spelling of the API's routes", () => {
  let api: Started;
  let routes: [string, string][];
  beforeAll(async () => {
    api = await start({ tokens: [TOKEN] });
    const doc = (await api.get("/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
    routes = Object.entries(doc.paths)
      .filter(([path]) => path.startsWith("/v1"))
      .flatMap(([path, ops]) => Object.keys(ops).map((method): [string, string] => [method.toUpperCase(), path]));
  });
  afterAll(() => api.close());

  it("finds the API's routes in the OpenAPI document", () => {
    expect(routes.map(([m, p]) => `${m} ${p}`)).toEqual(expect.arrayContaining(["POST /v1/gate", "POST /v1/lint", "GET /v1/rules", "GET /v1/config", "POST /v1/gate/batch"]));
  });

  it("answers 401 to every spelling without a token, and never runs the handler", async () => {
    const passed: string[] = [];
    for (const [method, path] of routes) {
      for (const target of spellings(path)) {
        const answer = await rawRequest(api.url, `${method} ${target} HTTP/1.1`, { "content-type": "application/json" }, method === "POST" ? BODY : "");
        if (answer.status !== 401) passed.push(`${method} ${target} -> ${answer.status}`);
      }
    }
    expect(passed).toEqual([]);
  });

  it("still serves the canonical route with the token", async () => {
    const answer = await rawRequest(api.url, "POST /v1/gate HTTP/1.1", { "content-type": "application/json", authorization: `Bearer ${TOKEN}` }, JSON.stringify({ text: "hi" }));
    expect(answer.status).toBe(200);
  });

  it("keeps the open routes open", async () => {
    for (const path of ["/healthz", "/readyz", "/openapi.json", "/"]) {
      expect((await rawRequest(api.url, `GET ${path} HTTP/1.1`)).status).not.toBe(401);
    }
  });
});

describe("tokens too short to be safe", () => {
  it("refuses a token under 16 characters at start-up, without echoing it", async () => {
    const start = createServer({ configFile: SAMPLE_CONFIG, workers: 0, log: false, tokens: ["short-token"] });
    await expect(start).rejects.toThrow(WeakTokenError);
    await expect(createServer({ configFile: SAMPLE_CONFIG, workers: 0, log: false, tokens: ["short-token"] })).rejects.not.toThrow(/short-token/);
    await expect(createServer({ configFile: SAMPLE_CONFIG, workers: 0, log: false, config: { server: { tokens: ["fifteen-chars-x"] } } })).rejects.toThrow(/at least 16/);
  });
});
