// Two `postlint serve` replicas on one real PostgreSQL server: they share decisions, send each
// webhook once between them, and a replica killed mid-delivery loses nothing.
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";
import { createInterface } from "node:readline";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, SAMPLE_CONFIG } from "./helpers.js";
import { postgresAvailability, startPostgres, type Postgres } from "./postgres.js";
import { startReceiver, type Receiver } from "./webhook-receiver.js";

const ADMIN = "bootstrap-admin-token-0123456789";
const SECRET = "webhook-secret-for-replicas";
const BIN = path.join(ROOT, "packages/cli/bin/postlint.js");
const pg = postgresAvailability();

interface Replica {
  url: string;
  child: ChildProcess;
  logs: Record<string, unknown>[];
}

async function startReplica(databaseUrl: string): Promise<Replica> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--workers", "1", "-c", SAMPLE_CONFIG, "--webhook-poll", "50", "--webhook-lease", "1500"], {
    env: { ...process.env, POSTLINT_API_TOKEN: ADMIN, DATABASE_URL: databaseUrl, POSTLINT_WEBHOOK_SECRET: SECRET },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = "";
  child.stderr?.on("data", (c: Buffer) => (stderr += c.toString()));
  const url = await new Promise<string>((resolve, reject) => {
    const lines = createInterface({ input: child.stdout as NodeJS.ReadableStream });
    lines.on("line", (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      if (entry["event"] === "listening") resolve(String(entry["url"]));
    });
    child.once("exit", (code) => reject(new Error(`replica exited with ${String(code)}: ${stderr}`)));
  });
  return { url, child, logs };
}

async function call(replica: Replica, p: string, body?: unknown): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(replica.url + p, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization: `Bearer ${ADMIN}`, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

function stop(replica: Replica | undefined, signal: NodeJS.Signals = "SIGTERM"): Promise<void> {
  if (!replica || replica.child.exitCode !== null || replica.child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    replica.child.once("exit", () => resolve());
    replica.child.kill(signal);
  });
}

describe.runIf(pg.run)("two replicas on one PostgreSQL", { timeout: 120_000 }, () => {
  let postgres: Postgres;
  let receiver: Receiver;
  let a: Replica | undefined;
  let b: Replica | undefined;
  let c: Replica | undefined;

  beforeAll(async () => {
    postgres = await startPostgres();
    receiver = await startReceiver(SECRET);
    // Both start at once: the migrations' advisory lock makes them take turns.
    [a, b] = await Promise.all([startReplica(postgres.url), startReplica(postgres.url)]);
  }, 120_000);
  afterAll(async () => {
    await Promise.all([stop(a), stop(b), stop(c)]);
    await receiver?.close();
    postgres?.stop();
  });

  it("a decision made through one replica is seen by the other", async () => {
    if (!a || !b) throw new Error("replicas did not start");
    expect((await call(a, "/v1/submissions", { id: "shared-1", text: "My manager is an idiot, honestly." })).body).toMatchObject({ state: "review" });
    expect((await call(b, "/v1/submissions?state=review")).body["submissions"]).toMatchObject([{ id: "shared-1" }]);
    expect((await call(b, "/v1/submissions/shared-1/decisions", { decision: "reject", reason: "Not on our channels" })).status).toBe(201);
    expect((await call(a, "/v1/submissions/shared-1")).body).toMatchObject({ state: "rejected" });
  });

  it("each state change's webhook is delivered exactly once, signed, with both replicas polling", async () => {
    if (!a || !b) throw new Error("replicas did not start");
    const count = 20;
    await Promise.all(
      Array.from({ length: count }, (_, i) => call(i % 2 ? a! : b!, "/v1/submissions", { id: `once-${i}`, text: `Lovely day at the office, part ${i}.`, callbackUrl: receiver.url })),
    );
    await receiver.waitFor(count);
    await new Promise((r) => setTimeout(r, 1_500));
    const got = receiver.received.filter((r) => r.json.id.startsWith("once-"));
    expect(got).toHaveLength(count);
    expect(new Set(got.map((r) => `${r.json.id}/${r.json.state}`)).size).toBe(count);
    expect(got.every((r) => r.valid && r.json.state === "allowed")).toBe(true);
  });

  it("a replica killed mid-delivery loses nothing: the other delivers when its lease expires", async () => {
    if (!a || !b) throw new Error("replicas did not start");
    await stop(b);
    receiver.fail(1, "hang");
    await call(a, "/v1/submissions", { id: "killed-1", text: "Team lunch was great.", callbackUrl: receiver.url });
    const deadline = Date.now() + 20_000;
    while (receiver.hanging() === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(receiver.hanging()).toBe(1);
    await stop(a, "SIGKILL");
    c = await startReplica(postgres.url);
    const got = (await receiver.waitFor(receiver.received.length + 1, 20_000)).filter((r) => r.json.id === "killed-1");
    expect(got).toHaveLength(1);
    expect(got[0]?.valid).toBe(true);
    const detail = (await call(c, "/v1/submissions/killed-1")).body as { deliveries: { status: string; attempts: number }[] };
    expect(detail.deliveries).toMatchObject([{ status: "delivered", attempts: 2 }]);
  });
});

if (!pg.run) describe.skip(`two replicas on one PostgreSQL (skipped: ${pg.reason})`, () => undefined);
