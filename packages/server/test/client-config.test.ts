// GET /v1/config: the organization's policy for clients that lint offline (the browser extension),
// without the server's tokens, plugins or paths, and in a shape the client's own linter accepts.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { createLinter } from "@postlint/core";
import pack from "@postlint/rules";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, TEST_PACK, type Started } from "./helpers.js";

const TOKEN = "config-reader-token-0123";
const BOOTSTRAP = "bootstrap-token-in-the-config-4567";

const CONFIG = `organization:
  name: Northwind Traders
  aliases: ["Northwind"]
confidential:
  terms: ["Project Hydra"]
plugins: [${JSON.stringify(TEST_PACK)}]
rulesDir: rules
rules:
  test-typo: error
  profanity: warn
overrides:
  - account: official
    rules: { test-typo: warn, profanity: error }
policy:
  clauses:
    - id: NW-7
      title: Codenames stay inside
      text: Never name a codename outside the company.
  map:
    confidential-info: NW-7
    test-typo: NW-7
server:
  tokens: [${BOOTSTRAP}]
  webhooks: { allowHosts: ["hooks.northwind.example"] }
`;
const SYNERGY = `id: nw-no-synergy
type: existence
level: warn
terms: { en: ["synergy"] }
message: { en: "Say what you mean instead of “{match}”." }
`;

let dir: string;
let api: Started;
beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), "postlint-client-config-"));
  mkdirSync(path.join(dir, "rules"));
  writeFileSync(path.join(dir, "rules", "synergy.yml"), SYNERGY);
  writeFileSync(path.join(dir, ".postlintrc.yaml"), CONFIG);
  api = await start({ configFile: path.join(dir, ".postlintrc.yaml"), tokens: [TOKEN] });
});
afterAll(async () => {
  await api.close();
  rmSync(dir, { recursive: true, force: true });
});

describe("GET /v1/config", () => {
  it("needs a token", async () => {
    expect((await api.get("/v1/config")).status).toBe(401);
  });

  it("serves the policy without the server's tokens, plugins, webhook hosts or paths", async () => {
    const answer = await api.get("/v1/config", { authorization: `Bearer ${TOKEN}` });
    expect(answer.status).toBe(200);
    expect(answer.headers.get("content-type")).toMatch(/^application\/json/);
    expect(answer.headers.get("cache-control")).toBe("no-store");
    for (const secret of [BOOTSTRAP, TOKEN, "hooks.northwind.example", dir, "test-pack", "rulesDir"]) expect(answer.text).not.toContain(secret);
    const body = answer.body as Record<string, unknown>;
    expect(Object.keys(body)).not.toEqual(expect.arrayContaining(["server"]));
    expect(body).toMatchObject({
      organization: { name: "Northwind Traders" },
      confidential: { terms: ["Project Hydra"] },
      rules: { profanity: "warn" },
      overrides: [{ rules: { profanity: "error" } }],
      policy: { map: { "confidential-info": "NW-7" } },
      customRules: [{ id: "nw-no-synergy" }],
    });
    // The plugin's rule is the server's business: the client could not run it.
    expect(answer.text).not.toContain("test-typo");
  });

  it("is a config the default pack's linter accepts as it is, and lints with it", async () => {
    const answer = await api.get("/v1/config", { authorization: `Bearer ${TOKEN}` });
    const linter = createLinter({ packs: [pack], config: answer.body as Record<string, unknown> });
    const result = await linter.lint({ text: "Big synergy news about Project Hydra soon!", meta: { account: "personal" } });
    const byRule = Object.fromEntries(result.messages.map((m) => [m.ruleId, m]));
    expect(byRule["confidential-info"]?.policy).toMatch(/^NW-7 Codenames stay inside/);
    expect(byRule["nw-no-synergy"]?.text).toBe("synergy");
  });

  it("is in the OpenAPI document", async () => {
    const doc = (await api.get("/openapi.json")).body as { paths: Record<string, Record<string, unknown>> };
    expect(Object.keys(doc.paths["/v1/config"] ?? {})).toEqual(["get"]);
  });
});
