import { createHash, randomBytes } from "node:crypto";
import type { Db, Queryable, Row } from "./db.js";

export const ROLES = ["writer", "reviewer", "admin"] as const;
export type Role = (typeof ROLES)[number];
export const STATES = ["allowed", "review", "blocked", "approved", "rejected"] as const;
export type State = (typeof STATES)[number];
/** States a scheduler acts on: a callback is sent when a submission reaches one. */
const FINAL_STATES: ReadonlySet<State> = new Set(["allowed", "blocked", "approved", "rejected"]);

/** Who makes a request: a named token with a role. */
export interface Actor {
  name: string;
  role: Role;
}

const RANK: Record<Role, number> = { writer: 0, reviewer: 1, admin: 2 };
export function hasRole(actor: Actor, role: Role): boolean {
  return RANK[actor.role] >= RANK[role];
}

export interface NewRevision {
  id: string;
  text: string;
  fields: Record<string, unknown>;
  scheduledAt: string | null;
  callbackUrl: string | null;
  hash: string;
  decision: "allow" | "review" | "block";
  reasons: unknown[];
  result: unknown;
  ruleIds: string[];
}

export interface SubmitAnswer {
  status: number;
  body: SubmissionAnswer;
  /** True when the answer was stored for this Idempotency-Key by an earlier request. */
  replayed: boolean;
}

interface SubmissionAnswer {
  id: string;
  revision: number;
  state: State;
  decision: "allow" | "review" | "block";
  reasons: unknown[];
  result: unknown;
  hash: string;
}

export class IdempotencyConflict extends Error {}
export class NotFound extends Error {}
export class DecisionConflict extends Error {}
export class Forbidden extends Error {}

const STATE_OF = { allow: "allowed", review: "review", block: "blocked" } as const;

export function sha256(value: string): string {
  return createHash("sha256").update(value).digest("hex");
}

/** The store: every read and write of submissions, decisions, the audit trail, tokens and the outbox. */
export class Store {
  constructor(readonly db: Db) {}

  /** Stores a new revision (the first, or the next for a known id) and its automatic decision. */
  async submit(rev: NewRevision, actor: Actor, idempotency?: { key: string; requestHash: string }): Promise<SubmitAnswer> {
    return this.db.transaction(async (tx) => {
      if (idempotency) {
        // The key is claimed first: a concurrent retry waits on this row, then finds the answer.
        const claimed = await tx.query(
          "INSERT INTO idempotency_keys (key, actor, request_hash, status, response) VALUES ($1, $2, $3, 0, '{}') ON CONFLICT DO NOTHING RETURNING key",
          [idempotency.key, actor.name, idempotency.requestHash],
        );
        if (!claimed.length) {
          const [stored] = await tx.query<{ request_hash: string; status: number; response: string }>(
            "SELECT request_hash, status, response FROM idempotency_keys WHERE actor = $1 AND key = $2",
            [actor.name, idempotency.key],
          );
          if (!stored || stored.request_hash !== idempotency.requestHash) throw new IdempotencyConflict();
          return { status: stored.status, body: JSON.parse(stored.response) as SubmissionAnswer, replayed: true };
        }
      }
      const state = STATE_OF[rev.decision];
      const [row] = await tx.query<{ revision: number }>(
        `INSERT INTO submissions (id, revision, state, callback_url) VALUES ($1, 1, $2, $3)
         ON CONFLICT (id) DO UPDATE SET revision = submissions.revision + 1, state = EXCLUDED.state, callback_url = EXCLUDED.callback_url, updated_at = clock_timestamp()
         RETURNING revision`,
        [rev.id, state, rev.callbackUrl],
      );
      const revision = Number(row?.revision);
      await tx.query(
        `INSERT INTO revisions (submission_id, revision, text, fields, scheduled_at, hash, decision, state, reasons, result, rule_ids, submitted_by)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
        [rev.id, revision, rev.text, JSON.stringify(rev.fields), rev.scheduledAt, rev.hash, rev.decision, state, JSON.stringify(rev.reasons), JSON.stringify(rev.result), rev.ruleIds, actor.name],
      );
      await audit(tx, { event: "submitted", id: rev.id, revision, state, actor: actor.name, decision: rev.decision, ruleIds: rev.ruleIds, hash: rev.hash });
      if (rev.callbackUrl && FINAL_STATES.has(state)) await enqueue(tx, rev.id, revision, state, rev.callbackUrl);
      const body: SubmissionAnswer = { id: rev.id, revision, state, decision: rev.decision, reasons: rev.reasons, result: rev.result, hash: rev.hash };
      if (idempotency) {
        await tx.query("UPDATE idempotency_keys SET status = 201, response = $3 WHERE actor = $1 AND key = $2", [actor.name, idempotency.key, JSON.stringify(body)]);
      }
      return { status: 201, body, replayed: false };
    });
  }

  /** A reviewer's decision on the current revision. */
  async decide(id: string, input: { decision: "approve" | "reject"; reason: string; revision?: number | undefined }, actor: Actor): Promise<DecisionRecord> {
    return this.db.transaction(async (tx) => {
      const [sub] = await tx.query<{ revision: number; state: State; callback_url: string | null }>(
        "SELECT revision, state, callback_url FROM submissions WHERE id = $1 FOR UPDATE",
        [id],
      );
      if (!sub) throw new NotFound();
      const revision = Number(sub.revision);
      if (input.revision !== undefined && input.revision !== revision) {
        throw new DecisionConflict(`revision ${input.revision} is not the current one (${revision}): the post was edited; review revision ${revision}`);
      }
      const from = sub.state;
      if (from === "approved" || from === "rejected") throw new DecisionConflict(`revision ${revision} is already ${from}; a new revision needs a new decision`);
      if (input.decision === "approve" && from === "allowed") throw new DecisionConflict(`revision ${revision} is already allowed; there is nothing to approve`);
      const override = input.decision === "approve" && from === "blocked";
      if (override && !hasRole(actor, "admin")) throw new Forbidden("approving a blocked post is an override and needs the admin role");
      const to: State = input.decision === "approve" ? "approved" : "rejected";
      await tx.query("UPDATE submissions SET state = $2, updated_at = clock_timestamp() WHERE id = $1", [id, to]);
      const [rec] = await tx.query<{ id: string; created_at: Date }>(
        `INSERT INTO decisions (submission_id, revision, decision, reason, actor, role, override, from_state, to_state)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING id::text AS id, created_at`,
        [id, revision, input.decision, input.reason, actor.name, actor.role, override, from, to],
      );
      const [revRow] = await tx.query<{ rule_ids: string[]; hash: string }>("SELECT rule_ids, hash FROM revisions WHERE submission_id = $1 AND revision = $2", [id, revision]);
      await audit(tx, { event: "decided", id, revision, state: to, actor: actor.name, decision: input.decision, override, reason: input.reason, ruleIds: revRow?.rule_ids ?? [], hash: revRow?.hash ?? null });
      if (sub.callback_url) await enqueue(tx, id, revision, to, sub.callback_url);
      return { id: rec?.id ?? "", submission: id, revision, decision: input.decision, reason: input.reason, by: actor.name, role: actor.role, override, from, to, at: iso(rec?.created_at) };
    });
  }

  /** One submission with every revision, decision and webhook delivery; undefined when unknown. */
  async get(id: string): Promise<SubmissionDetail | undefined> {
    const [sub] = await this.db.query<Row>("SELECT id, revision, state, callback_url, created_at, updated_at FROM submissions WHERE id = $1", [id]);
    if (!sub) return undefined;
    const revisions = await this.db.query<Row>(
      "SELECT revision, text, fields, scheduled_at, hash, decision, state, reasons, result, rule_ids, submitted_by, created_at, text_removed_at FROM revisions WHERE submission_id = $1 ORDER BY revision",
      [id],
    );
    const decisions = await this.db.query<Row>(
      "SELECT id::text AS id, revision, decision, reason, actor, role, override, from_state, to_state, created_at FROM decisions WHERE submission_id = $1 ORDER BY id",
      [id],
    );
    const deliveries = await this.db.query<Row>(
      `SELECT d.id::text AS id, d.revision, d.state, d.url, d.attempts, d.delivered_at, d.failed_at, d.last_status, d.last_error, d.next_attempt_at, d.created_at,
              COALESCE((SELECT json_agg(json_build_object('at', a.at, 'replica', a.replica, 'status', a.status, 'error', a.error, 'ms', a.ms) ORDER BY a.id)
                        FROM delivery_attempts a WHERE a.delivery_id = d.id), '[]'::json) AS log
       FROM deliveries d WHERE d.submission_id = $1 ORDER BY d.id`,
      [id],
    );
    return {
      id: String(sub["id"]),
      revision: Number(sub["revision"]),
      state: sub["state"] as State,
      callbackUrl: (sub["callback_url"] as string | null) ?? null,
      createdAt: iso(sub["created_at"]),
      updatedAt: iso(sub["updated_at"]),
      revisions: revisions.map((r) => ({
        revision: Number(r["revision"]),
        state: r["state"] as State,
        decision: r["decision"] as SubmissionAnswer["decision"],
        text: (r["text"] as string | null) ?? null,
        fields: r["fields"] as Record<string, unknown>,
        scheduledAt: (r["scheduled_at"] as string | null) ?? null,
        hash: String(r["hash"]),
        reasons: r["reasons"] as unknown[],
        result: r["result"] ?? null,
        ruleIds: r["rule_ids"] as string[],
        submittedBy: String(r["submitted_by"]),
        createdAt: iso(r["created_at"]),
        textRemovedAt: r["text_removed_at"] ? iso(r["text_removed_at"]) : null,
        decisions: decisions.filter((d) => Number(d["revision"]) === Number(r["revision"])).map(toDecision),
      })),
      deliveries: deliveries.map((d) => ({
        id: String(d["id"]),
        revision: Number(d["revision"]),
        state: d["state"] as State,
        url: String(d["url"]),
        attempts: Number(d["attempts"]),
        status: d["delivered_at"] ? "delivered" : d["failed_at"] ? "failed" : "pending",
        deliveredAt: d["delivered_at"] ? iso(d["delivered_at"]) : null,
        nextAttemptAt: d["delivered_at"] || d["failed_at"] ? null : iso(d["next_attempt_at"]),
        lastStatus: (d["last_status"] as number | null) ?? null,
        lastError: (d["last_error"] as string | null) ?? null,
        log: d["log"] as unknown[],
      })),
    };
  }

  /** A page of submissions in one state, oldest state change first, and the cursor of the next page. */
  async list(state: State, limit: number, cursor: string | undefined): Promise<{ submissions: SubmissionSummary[]; next: string | null }> {
    const after = cursor ? decodeCursor(cursor) : undefined;
    const rows = await this.db.query<Row>(
      `SELECT s.id, s.revision, s.state, s.updated_at, s.updated_at::text AS cursor_at, r.fields, r.scheduled_at, r.rule_ids, r.decision, r.text
       FROM submissions s JOIN revisions r ON r.submission_id = s.id AND r.revision = s.revision
       WHERE s.state = $1 ${after ? "AND (s.updated_at, s.id) > ($3::timestamptz, $4)" : ""}
       ORDER BY s.updated_at, s.id LIMIT $2`,
      after ? [state, limit + 1, after.at, after.id] : [state, limit + 1],
    );
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    return {
      submissions: page.map((r) => ({
        id: String(r["id"]),
        revision: Number(r["revision"]),
        state: r["state"] as State,
        decision: r["decision"] as SubmissionAnswer["decision"],
        fields: r["fields"] as Record<string, unknown>,
        scheduledAt: (r["scheduled_at"] as string | null) ?? null,
        ruleIds: r["rule_ids"] as string[],
        excerpt: typeof r["text"] === "string" ? excerpt(r["text"]) : null,
        updatedAt: iso(r["updated_at"]),
      })),
      next: rows.length > limit && last ? encodeCursor(String(last["cursor_at"]), String(last["id"])) : null,
    };
  }

  /** Audit events after `since`, oldest first, in pages (so an export of any size streams). */
  async *audit(since: Date): AsyncGenerator<AuditEvent> {
    let afterId = "0";
    for (;;) {
      const rows = await this.db.query<Row>(
        `SELECT id::text AS id, at, event, submission_id, revision, state, actor, decision, override, reason, rule_ids, hash
         FROM audit_events WHERE at >= $1 AND id > $2::bigint ORDER BY id LIMIT 500`,
        [since.toISOString(), afterId],
      );
      for (const r of rows) {
        yield {
          id: String(r["id"]),
          at: iso(r["at"]),
          event: String(r["event"]),
          submission: String(r["submission_id"]),
          revision: Number(r["revision"]),
          state: r["state"] as State,
          actor: String(r["actor"]),
          decision: (r["decision"] as string | null) ?? null,
          override: Boolean(r["override"]),
          reason: (r["reason"] as string | null) ?? null,
          ruleIds: r["rule_ids"] as string[],
          hash: (r["hash"] as string | null) ?? null,
        };
      }
      if (rows.length < 500) return;
      afterId = String(rows.at(-1)?.["id"]);
    }
  }

  /** Creates a token; returns it (shown once). Only its SHA-256 is stored. */
  async createToken(name: string, role: Role): Promise<string> {
    const token = `plt_${randomBytes(24).toString("base64url")}`;
    try {
      await this.db.query("INSERT INTO tokens (name, role, hash) VALUES ($1, $2, $3)", [name, role, sha256(token)]);
    } catch (error) {
      if ((error as { code?: string }).code === "23505") throw new DecisionConflict(`a token named "${name}" already exists; pick another name or revoke it first`);
      throw error;
    }
    return token;
  }

  async revokeToken(name: string): Promise<boolean> {
    const rows = await this.db.query("UPDATE tokens SET revoked_at = now() WHERE name = $1 AND revoked_at IS NULL RETURNING id", [name]);
    return rows.length > 0;
  }

  async listTokens(): Promise<{ name: string; role: Role; createdAt: string; revoked: boolean }[]> {
    const rows = await this.db.query<Row>("SELECT name, role, created_at, revoked_at FROM tokens ORDER BY id");
    return rows.map((r) => ({ name: String(r["name"]), role: r["role"] as Role, createdAt: iso(r["created_at"]), revoked: r["revoked_at"] !== null }));
  }

  async findToken(token: string): Promise<Actor | undefined> {
    const [row] = await this.db.query<{ name: string; role: Role }>("SELECT name, role FROM tokens WHERE hash = $1 AND revoked_at IS NULL", [sha256(token)]);
    return row ? { name: row.name, role: row.role } : undefined;
  }

  async hasTokens(): Promise<boolean> {
    return (await this.db.query("SELECT 1 FROM tokens WHERE revoked_at IS NULL LIMIT 1")).length > 0;
  }

  /** Idempotency keys answer retries for a day, then go. */
  async expireIdempotencyKeys(): Promise<number> {
    return (await this.db.query("DELETE FROM idempotency_keys WHERE created_at < now() - interval '24 hours' RETURNING key")).length;
  }

  /** Retention: removes the text (and the findings that quote it) of revisions older than `ms`; keeps decisions, hashes and rule ids. */
  async removeTextOlderThan(ms: number): Promise<number> {
    const rows = await this.db.query(
      `UPDATE revisions SET text = NULL, result = NULL, text_removed_at = now(),
         reasons = COALESCE((SELECT jsonb_agg(jsonb_build_object('ruleId', e->'ruleId', 'severity', e->'severity')) FROM jsonb_array_elements(reasons) e), '[]'::jsonb),
         fields = fields - 'author'
       WHERE text IS NOT NULL AND created_at < now() - ($1::bigint * interval '1 millisecond') RETURNING revision`,
      [String(ms)],
    );
    return rows.length;
  }
}

export interface DecisionRecord {
  id: string;
  submission: string;
  revision: number;
  decision: "approve" | "reject";
  reason: string;
  by: string;
  role: string;
  override: boolean;
  from: State;
  to: State;
  at: string;
}

export interface SubmissionSummary {
  id: string;
  revision: number;
  state: State;
  decision: SubmissionAnswer["decision"];
  fields: Record<string, unknown>;
  scheduledAt: string | null;
  ruleIds: string[];
  excerpt: string | null;
  updatedAt: string;
}

export interface SubmissionDetail {
  id: string;
  revision: number;
  state: State;
  callbackUrl: string | null;
  createdAt: string;
  updatedAt: string;
  revisions: {
    revision: number;
    state: State;
    decision: SubmissionAnswer["decision"];
    text: string | null;
    fields: Record<string, unknown>;
    scheduledAt: string | null;
    hash: string;
    reasons: unknown[];
    result: unknown;
    ruleIds: string[];
    submittedBy: string;
    createdAt: string;
    textRemovedAt: string | null;
    decisions: Omit<DecisionRecord, "submission">[];
  }[];
  deliveries: unknown[];
}

export interface AuditEvent {
  id: string;
  at: string;
  event: string;
  submission: string;
  revision: number;
  state: State;
  actor: string;
  decision: string | null;
  override: boolean;
  reason: string | null;
  ruleIds: string[];
  hash: string | null;
}

function toDecision(d: Row): Omit<DecisionRecord, "submission"> {
  return {
    id: String(d["id"]),
    revision: Number(d["revision"]),
    decision: d["decision"] as DecisionRecord["decision"],
    reason: String(d["reason"]),
    by: String(d["actor"]),
    role: String(d["role"]),
    override: Boolean(d["override"]),
    from: d["from_state"] as State,
    to: d["to_state"] as State,
    at: iso(d["created_at"]),
  };
}

async function audit(
  tx: Queryable,
  e: { event: string; id: string; revision: number; state: State; actor: string; decision?: string; override?: boolean; reason?: string; ruleIds: string[]; hash: string | null },
): Promise<void> {
  await tx.query(
    "INSERT INTO audit_events (at, event, submission_id, revision, state, actor, decision, override, reason, rule_ids, hash) VALUES (clock_timestamp(), $1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
    [e.event, e.id, e.revision, e.state, e.actor, e.decision ?? null, e.override ?? false, e.reason ?? null, e.ruleIds, e.hash],
  );
}

/** The webhook for a state change, written in the same transaction as the change (an outbox). */
async function enqueue(tx: Queryable, id: string, revision: number, state: State, url: string): Promise<void> {
  const [{ rule_ids = [], hash = "", reasons = [] } = {}] = await tx.query<{ rule_ids: string[]; hash: string; reasons: unknown[] }>(
    "SELECT rule_ids, hash, reasons FROM revisions WHERE submission_id = $1 AND revision = $2",
    [id, revision],
  );
  const decisions = await tx.query<Row>(
    "SELECT id::text AS id, revision, decision, reason, actor, role, override, from_state, to_state, created_at FROM decisions WHERE submission_id = $1 AND revision = $2 ORDER BY id",
    [id, revision],
  );
  const body = JSON.stringify({ event: "submission.state", id, revision, state, ruleIds: rule_ids, reasons, hash, decisions: decisions.map(toDecision), at: new Date().toISOString() });
  await tx.query("INSERT INTO deliveries (submission_id, revision, state, url, body) VALUES ($1, $2, $3, $4, $5)", [id, revision, state, url, body]);
}

function iso(value: unknown): string {
  if (value instanceof Date) return value.toISOString();
  if (typeof value === "string") return new Date(value).toISOString();
  return new Date(0).toISOString();
}

function excerpt(text: string): string {
  const flat = text.replace(/\s+/g, " ").trim();
  return flat.length > 140 ? `${flat.slice(0, 139)}…` : flat;
}

function encodeCursor(at: string, id: string): string {
  return Buffer.from(JSON.stringify([at, id])).toString("base64url");
}

function decodeCursor(cursor: string): { at: string; id: string } {
  try {
    const [at, id] = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8")) as unknown[];
    if (typeof at === "string" && typeof id === "string" && !Number.isNaN(Date.parse(at))) return { at, id };
  } catch {
    // fall through
  }
  throw new RangeError("cursor");
}
