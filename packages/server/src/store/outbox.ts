import { createHmac } from "node:crypto";
import type { Db, Row } from "./db.js";

export interface OutboxOptions {
  /** HMAC-SHA256 key for `Postlint-Signature`. */
  secret: string;
  /** This process's name in the delivery log. */
  replica: string;
  /** How often the outbox is polled; default 1 s. */
  pollMs?: number;
  /** How long a claimed delivery is this replica's before another may retry it; default 30 s. */
  leaseMs?: number;
  /** Time one POST may take; default 10 s. */
  timeoutMs?: number;
  /** First retry delay, doubled per attempt up to an hour; default 5 s. */
  backoffMs?: number;
  /** Attempts before a delivery is marked failed; default 12 (about 5 hours with the defaults). */
  maxAttempts?: number;
  log?: (fields: Record<string, unknown>, message: string) => void;
}

/** `sha256=<hex HMAC-SHA256 of the raw body>`: what a receiver recomputes and compares. */
export function signature(secret: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/**
 * Delivers the outbox (rows written in the same transaction as each state change). Each replica
 * claims due rows with `FOR UPDATE SKIP LOCKED` and a lease, so two replicas never send the same
 * row at once; a replica that dies mid-delivery leaves a lease that expires, and another replica
 * sends it then (at least once: receivers dedupe on `Postlint-Delivery`).
 */
export function startOutbox(db: Db, options: OutboxOptions): { stop(): Promise<void>; runOnce(): Promise<number> } {
  const pollMs = options.pollMs ?? 1_000;
  const leaseMs = options.leaseMs ?? 30_000;
  const timeoutMs = options.timeoutMs ?? 10_000;
  const backoffMs = options.backoffMs ?? 5_000;
  const maxAttempts = options.maxAttempts ?? 12;
  let stopped = false;
  let running: Promise<number> = Promise.resolve(0);
  let timer: NodeJS.Timeout | undefined;

  const claim = (): Promise<Row[]> =>
    db.query(
      `UPDATE deliveries SET lease_until = clock_timestamp() + ($1::bigint * interval '1 millisecond'), attempts = attempts + 1
       WHERE id IN (
         SELECT id FROM deliveries
         WHERE delivered_at IS NULL AND failed_at IS NULL AND next_attempt_at <= clock_timestamp()
           AND (lease_until IS NULL OR lease_until < clock_timestamp())
         ORDER BY id LIMIT 10 FOR UPDATE SKIP LOCKED)
       RETURNING id::text AS id, submission_id, revision, state, url, body, attempts`,
      [String(leaseMs)],
    );

  const deliver = async (row: Row): Promise<void> => {
    const body = String(row["body"]);
    const attempts = Number(row["attempts"]);
    const started = Date.now();
    let status: number | null = null;
    let error: string | null = null;
    try {
      const response = await fetch(String(row["url"]), {
        method: "POST",
        headers: {
          "content-type": "application/json",
          "user-agent": "postlint-webhook",
          "postlint-signature": signature(options.secret, body),
          "postlint-delivery": String(row["id"]),
          "postlint-event": "submission.state",
        },
        body,
        redirect: "manual",
        signal: AbortSignal.timeout(timeoutMs),
      });
      status = response.status;
      await response.arrayBuffer().catch(() => undefined);
      if (status < 200 || status >= 300) error = `HTTP ${status}`;
    } catch (e) {
      error = (e as Error).name === "TimeoutError" ? `no answer within ${timeoutMs} ms` : ((e as { cause?: Error }).cause?.message ?? (e as Error).message);
    }
    const ms = Date.now() - started;
    await db.query("INSERT INTO delivery_attempts (delivery_id, replica, status, error, ms) VALUES ($1::bigint, $2, $3, $4, $5)", [row["id"], options.replica, status, error, ms]);
    const fields = { event: "webhook", submission: row["submission_id"], revision: row["revision"], state: row["state"], delivery: row["id"], attempt: attempts, status, ms };
    if (!error) {
      await db.query("UPDATE deliveries SET delivered_at = clock_timestamp(), last_status = $2, last_error = NULL, lease_until = NULL WHERE id = $1::bigint", [row["id"], status]);
      options.log?.(fields, "webhook delivered");
      return;
    }
    const giveUp = attempts >= maxAttempts;
    const delay = Math.min(backoffMs * 2 ** (attempts - 1), 3_600_000) * (0.75 + Math.random() / 2);
    await db.query(
      `UPDATE deliveries SET last_status = $2, last_error = $3, lease_until = NULL,
         next_attempt_at = clock_timestamp() + ($4::bigint * interval '1 millisecond'), failed_at = CASE WHEN $5 THEN clock_timestamp() END
       WHERE id = $1::bigint`,
      [row["id"], status, error, String(Math.round(delay)), giveUp],
    );
    options.log?.({ ...fields, error, giveUp }, giveUp ? "webhook failed for good" : "webhook failed; will retry");
  };

  const runOnce = async (): Promise<number> => {
    const rows = await claim();
    await Promise.all(rows.map(deliver));
    return rows.length;
  };

  const tick = (): void => {
    if (stopped) return;
    running = runOnce()
      .catch((e: unknown) => {
        options.log?.({ event: "webhook-poll-failed", reason: (e as Error).message }, "outbox poll failed");
        return 0;
      })
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, pollMs);
      });
  };
  timer = setTimeout(tick, Math.min(pollMs, 200));
  return {
    runOnce,
    async stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      await running;
    },
  };
}
