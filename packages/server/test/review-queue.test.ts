// The review queue (issue #11) against both backends: PGlite in memory, and a real PostgreSQL
// server from Debian's package (see postgres.ts; skipped locally without it, failing in CI).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openStore, type StorageSettings } from "../dist/index.js";
import { BEFORE_LAUNCH, parsedLogs, start, type Started } from "./helpers.js";
import { postgresAvailability, startPostgres, type Postgres } from "./postgres.js";
import { startReceiver, type Receiver } from "./webhook-receiver.js";

const ADMIN = "bootstrap-admin-token-0123456789";
const SECRET = "webhook-secret-for-tests";
/** Warnings only (workplace-conflict): waits for a reviewer. */
const WARNS = "My manager is an idiot, honestly.";
/** An error (confidential-info): blocked. */
const BLOCKS = "Sneak peek at the Q3 forecast: revenue is up 40% 📈";
const CLEAN = "Great coffee with the team this morning.";

const pg = postgresAvailability();
const backends: [string, boolean][] = [
  ["PGlite", true],
  ["PostgreSQL", pg.run],
];

describe.each(backends)("review queue on %s", { timeout: 60_000 }, (backend, enabled) => {
  let postgres: Postgres | undefined;
  let api: Started;
  let receiver: Receiver;
  let storage: StorageSettings;
  let reviewer = "";
  let writer = "";
  const auth = (token: string): Record<string, string> => ({ authorization: `Bearer ${token}` });
  let n = 0;
  const uid = (name: string): string => `${backend}-${name}-${++n}-${Date.now()}`;

  beforeAll(async () => {
    if (!enabled) return;
    receiver = await startReceiver(SECRET);
    if (backend === "PostgreSQL") postgres = await startPostgres();
    storage = postgres ? { databaseUrl: postgres.url } : {};
    api = await start({ workers: 0, tokens: [ADMIN], storage: { ...storage, webhooks: { secret: SECRET, pollMs: 50, backoffMs: 100 } } });
    const r1 = await api.post("/v1/tokens", { name: "alice", role: "reviewer" }, auth(ADMIN));
    const r2 = await api.post("/v1/tokens", { name: "scheduler", role: "writer" }, auth(ADMIN));
    reviewer = (r1.body as { token: string }).token;
    writer = (r2.body as { token: string }).token;
  }, 120_000);
  afterAll(async () => {
    await api?.close();
    await receiver?.close();
    postgres?.stop();
  });

  it.runIf(enabled)("a warnings-only post waits in review; a reviewer approves it with a reason; the trail shows who", async () => {
    const id = uid("warn");
    const submitted = await api.post("/v1/submissions", { id, text: WARNS, platform: "twitter", scheduledAt: `${BEFORE_LAUNCH}T09:00:00+01:00` }, auth(writer));
    expect(submitted.status).toBe(201);
    expect(submitted.body).toMatchObject({ id, revision: 1, state: "review", decision: "review", reasons: [{ ruleId: "workplace-conflict" }] });

    const queue = await api.get("/v1/submissions?state=review&limit=100", auth(reviewer));
    expect(queue.status).toBe(200);
    expect((queue.body as { submissions: { id: string }[] }).submissions.map((s) => s.id)).toContain(id);
    expect((await api.get("/v1/submissions?state=review", auth(writer))).status).toBe(403);

    expect((await api.post(`/v1/submissions/${id}/decisions`, { decision: "approve" }, auth(reviewer))).status).toBe(400);
    expect((await api.post(`/v1/submissions/${id}/decisions`, { decision: "approve", reason: "ok" }, auth(writer))).status).toBe(403);
    const decided = await api.post(`/v1/submissions/${id}/decisions`, { decision: "approve", reason: "Venting, but the team agreed it is fine", revision: 1 }, auth(reviewer));
    expect(decided.status).toBe(201);
    expect(decided.body).toMatchObject({ by: "alice", role: "reviewer", override: false, from: "review", to: "approved" });
    expect((await api.post(`/v1/submissions/${id}/decisions`, { decision: "reject", reason: "changed my mind" }, auth(reviewer))).status).toBe(409);

    const detail = (await api.get(`/v1/submissions/${id}`, auth(writer))).body as { state: string; revisions: { fields: { platform: string }; decisions: unknown[] }[] };
    expect(detail.state).toBe("approved");
    expect(detail.revisions[0]?.fields.platform).toBe("x");
    expect(detail.revisions[0]?.decisions).toHaveLength(1);

    const logs = parsedLogs(api.logs).filter((l) => l["submission"] === id);
    expect(logs.map((l) => l["state"])).toEqual(["review", "approved", "approved"].slice(0, logs.length));
    expect(logs.some((l) => l["user"] === "alice")).toBe(true);
    expect(api.logs.join("\n")).not.toContain("idiot");
  });

  it.runIf(enabled)("approving a blocked post is an admin override, marked in the audit trail (NDJSON and CSV)", async () => {
    const id = uid("block");
    const since = new Date(Date.now() - 1000).toISOString();
    expect((await api.post("/v1/submissions", { id, text: BLOCKS, account: "personal" }, auth(writer))).body).toMatchObject({ state: "blocked" });
    const denied = await api.post(`/v1/submissions/${id}/decisions`, { decision: "approve", reason: "fine" }, auth(reviewer));
    expect(denied.status).toBe(403);
    const override = await api.post(`/v1/submissions/${id}/decisions`, { decision: "approve", reason: "Legal cleared the figure" }, auth(ADMIN));
    expect(override.body).toMatchObject({ override: true, from: "blocked", to: "approved", by: "bootstrap-admin" });

    expect((await api.get(`/v1/audit?since=${encodeURIComponent(since)}`, auth(reviewer))).status).toBe(403);
    const ndjson = await api.get(`/v1/audit?since=${encodeURIComponent(since)}`, auth(ADMIN));
    expect(ndjson.headers.get("content-type")).toContain("application/x-ndjson");
    const events = ndjson.text.trim().split("\n").map((l) => JSON.parse(l) as Record<string, unknown>).filter((e) => e["submission"] === id);
    expect(events).toMatchObject([
      { event: "submitted", state: "blocked", actor: "scheduler", ruleIds: expect.arrayContaining(["confidential-info"]) as unknown },
      { event: "decided", state: "approved", actor: "bootstrap-admin", override: true, reason: "Legal cleared the figure" },
    ]);
    const csv = await api.get(`/v1/audit?since=${encodeURIComponent(since)}`, { ...auth(ADMIN), accept: "text/csv" });
    expect(csv.headers.get("content-type")).toContain("text/csv");
    expect(csv.text.split("\r\n")[0]).toBe("id,at,event,submission,revision,state,actor,decision,override,reason,ruleIds,hash");
    expect(csv.text).toContain(`,decided,${id},1,approved,bootstrap-admin,approve,true,Legal cleared the figure,confidential-info`);
  });

  it.runIf(enabled)("an edited post is a new revision, linted again; decisions on the old one do not carry over", async () => {
    const id = uid("edit");
    await api.post("/v1/submissions", { id, text: WARNS }, auth(writer));
    await api.post(`/v1/submissions/${id}/decisions`, { decision: "reject", reason: "Too harsh" }, auth(reviewer));
    const second = await api.post("/v1/submissions", { id, text: WARNS.replace("an idiot", "busy") + " Anyway!" }, auth(writer));
    expect(second.body).toMatchObject({ revision: 2 });
    const third = await api.post("/v1/submissions", { id, text: `${WARNS} (edited)` }, auth(writer));
    expect(third.body).toMatchObject({ revision: 3, state: "review" });
    const stale = await api.post(`/v1/submissions/${id}/decisions`, { decision: "approve", reason: "ok", revision: 1 }, auth(reviewer));
    expect(stale.status).toBe(409);
    const detail = (await api.get(`/v1/submissions/${id}`, auth(reviewer))).body as { revision: number; state: string; revisions: { revision: number; decisions: unknown[] }[] };
    expect(detail).toMatchObject({ revision: 3, state: "review" });
    expect(detail.revisions.map((r) => r.decisions.length)).toEqual([1, 0, 0]);
  });

  it.runIf(enabled)("an Idempotency-Key makes a retry safe; the same key for another request is refused", async () => {
    const id = uid("idem");
    const key = { ...auth(writer), "idempotency-key": `key-${id}` };
    const first = await api.post("/v1/submissions", { id, text: CLEAN }, key);
    const retry = await api.post("/v1/submissions", { id, text: CLEAN }, key);
    expect(retry.status).toBe(201);
    expect(retry.body).toEqual(first.body);
    expect(retry.headers.get("idempotent-replayed")).toBe("true");
    expect(((await api.get(`/v1/submissions/${id}`, auth(writer))).body as { revision: number }).revision).toBe(1);
    const other = await api.post("/v1/submissions", { id, text: "something else entirely" }, key);
    expect(other.status).toBe(422);
    expect((other.body as { error: { code: string } }).error.code).toBe("idempotency_key_reused");
  });

  it.runIf(enabled)("a final state sends one signed webhook, retried with backoff, logged per submission", async () => {
    const id = uid("hook");
    receiver.fail(2, 503);
    const before = receiver.received.length;
    await api.post("/v1/submissions", { id, text: CLEAN, callbackUrl: receiver.url }, auth(writer));
    const got = (await receiver.waitFor(before + 1)).filter((r) => r.json.id === id);
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ valid: true, json: { id, revision: 1, state: "allowed" } });
    await new Promise((r) => setTimeout(r, 300));
    const detail = (await api.get(`/v1/submissions/${id}`, auth(writer))).body as { deliveries: { status: string; attempts: number; log: { status: number }[] }[] };
    expect(detail.deliveries).toMatchObject([{ status: "delivered", attempts: 3 }]);
    expect(detail.deliveries[0]?.log.map((a) => a.status)).toEqual([503, 503, 204]);
    expect(receiver.received.filter((r) => r.json.id === id)).toHaveLength(1);
  });

  it.runIf(enabled)("callbackUrl must be http(s)", async () => {
    const bad = await api.post("/v1/submissions", { id: uid("cb"), text: CLEAN, callbackUrl: "file:///etc/passwd" }, auth(writer));
    expect(bad.status).toBe(400);
    expect((bad.body as { error: { field: string } }).error.field).toBe("callbackUrl");
  });

  it.runIf(enabled)("retention removes post text and quoted findings, keeps decisions, hashes and rule ids", async () => {
    const id = uid("retain");
    await api.post("/v1/submissions", { id, text: WARNS, author: "someone" }, auth(writer));
    await api.post(`/v1/submissions/${id}/decisions`, { decision: "reject", reason: "no" }, auth(reviewer));
    if (backend === "PostgreSQL") {
      const store = await openStore(storage);
      expect(await store.removeTextOlderThan(0)).toBeGreaterThan(0);
      await store.db.close();
      const detail = (await api.get(`/v1/submissions/${id}`, auth(reviewer))).body as { revisions: Record<string, unknown>[] };
      expect(detail.revisions[0]).toMatchObject({ text: null, result: null, ruleIds: ["workplace-conflict"], reasons: [{ ruleId: "workplace-conflict", severity: "warn" }] });
      expect(detail.revisions[0]?.["hash"]).toMatch(/^[0-9a-f]{64}$/);
      expect((detail.revisions[0]?.["decisions"] as unknown[]).length).toBe(1);
      expect(JSON.stringify(detail)).not.toContain("idiot");
    } else {
      // In memory the database is the server's own; the same SQL runs on a second PGlite here.
      const store = await openStore({});
      await store.submit({ id, text: WARNS, fields: {}, scheduledAt: null, callbackUrl: null, hash: "h", decision: "review", reasons: [{ ruleId: "workplace-conflict", severity: "warn", message: "“idiot” …" }], result: {}, ruleIds: ["workplace-conflict"] }, { name: "t", role: "writer" });
      expect(await store.removeTextOlderThan(0)).toBe(1);
      expect(JSON.stringify(await store.get(id))).not.toContain("idiot");
      await store.db.close();
    }
  });
});
