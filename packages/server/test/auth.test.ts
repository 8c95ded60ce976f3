// API tokens: /v1 needs "Authorization: Bearer …" when the server has tokens; the rest stays open.
import { describe, expect, it } from "vitest";
import { createServer, InsecureBindError } from "../dist/index.js";
import { SAMPLE_CONFIG, start } from "./helpers.js";

const POST = { text: "Thanks everyone who came by our booth today!" };

describe("with a token (POSTLINT_API_TOKEN)", () => {
  it("requires the bearer token on /v1 and answers 401 without saying which part failed", async () => {
    const api = await start({ tokens: ["s3cret-token-one"] });
    try {
      const missing = await api.post("/v1/lint", POST);
      const wrong = await api.post("/v1/lint", POST, { authorization: "Bearer s3cret-token-onf" });
      const wrongScheme = await api.post("/v1/lint", POST, { authorization: "Basic s3cret-token-one" });
      const prefix = await api.post("/v1/lint", POST, { authorization: "Bearer s3cret-token" });
      for (const r of [missing, wrong, wrongScheme, prefix]) {
        expect(r.status).toBe(401);
        expect(r.headers.get("www-authenticate")).toMatch(/^Bearer/);
      }
      expect(new Set([missing.text, wrong.text, wrongScheme.text, prefix.text]).size).toBe(1);
      expect((await api.get("/v1/rules")).status).toBe(401);
      expect((await api.post("/v1/gate/batch", { posts: [POST] })).status).toBe(401);

      const ok = await api.post("/v1/lint", POST, { authorization: "Bearer s3cret-token-one" });
      expect(ok.status).toBe(200);
      expect((await api.post("/v1/gate", POST, { authorization: "bearer s3cret-token-one" })).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it("leaves the page, the probes and the OpenAPI document open", async () => {
    const api = await start({ tokens: ["s3cret-token-one"] });
    try {
      for (const p of ["/healthz", "/readyz", "/openapi.json"]) expect((await api.get(p)).status).toBe(200);
      expect((await api.get("/")).status).not.toBe(401);
    } finally {
      await api.close();
    }
  });

  it("checks auth before reading the body, so unauthenticated floods cost little", async () => {
    const api = await start({ tokens: ["s3cret-token-one"] });
    try {
      const r = await api.post("/v1/lint", { text: "x".repeat(1024 * 1024) });
      expect(r.status).toBe(401);
    } finally {
      await api.close();
    }
  });
});

describe("with tokens from the config (server.tokens)", () => {
  it("accepts any of them", async () => {
    const api = await start({ config: { server: { tokens: ["alpha-token-0123456", "beta-token-01234567"] } } });
    try {
      expect((await api.post("/v1/lint", POST, { authorization: "Bearer beta-token-01234567" })).status).toBe(200);
      expect((await api.post("/v1/lint", POST, { authorization: "Bearer alpha-token-0123456" })).status).toBe(200);
      expect((await api.post("/v1/lint", POST, { authorization: "Bearer gamma-token-0123456" })).status).toBe(401);
    } finally {
      await api.close();
    }
  });
});

describe("without a token", () => {
  it("serves /v1 to anyone on loopback", async () => {
    const api = await start();
    try {
      expect((await api.post("/v1/lint", POST)).status).toBe(200);
    } finally {
      await api.close();
    }
  });

  it("refuses to listen beyond this machine unless told --insecure", async () => {
    const server = await createServer({ configFile: SAMPLE_CONFIG, workers: 0, log: false });
    try {
      for (const host of ["0.0.0.0", "::", "192.168.1.10"]) {
        await expect(server.listen({ port: 0, host })).rejects.toThrow(InsecureBindError);
      }
      await expect(server.listen({ port: 0, host: "0.0.0.0" })).rejects.toThrow(/POSTLINT_API_TOKEN/);
    } finally {
      await server.close();
    }
  });
});
