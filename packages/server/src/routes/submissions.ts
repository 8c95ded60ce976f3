import { Readable } from "node:stream";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import { withPlatformAlias } from "@postlint/core";
import { z } from "zod";
import { HttpError, parseRequest } from "../errors.js";
import type { RuntimeHolder } from "../runtime.js";
import type { RequestSchemas } from "../schemas.js";
import type { Storage } from "../store/storage.js";
import { DecisionConflict, Forbidden, IdempotencyConflict, NotFound, ROLES, sha256, STATES, type Actor, type Store } from "../store/store.js";
import { gatePost } from "./post.js";

export const decisionRequest = z
  .strictObject({
    decision: z.enum(["approve", "reject"]),
    reason: z.string().trim().min(1).max(2000).describe("Why: kept in the audit trail."),
    revision: z.number().int().min(1).optional().describe("The revision the reviewer looked at; a 409 when the post has been edited since."),
  })
  .describe("A reviewer's decision on the current revision. Approving a `blocked` post is an override and needs the `admin` role.");

export const tokenRequest = z.strictObject({
  name: z.string().regex(/^[\w.@-]{1,64}$/, "letters, digits, `.`, `_`, `-` or `@`, up to 64").describe("Who holds the token; shown as the deciding user."),
  role: z.enum(ROLES),
});

const listQuery = z.strictObject({
  state: z.enum(STATES).default("review"),
  limit: z.coerce.number().int().min(1).max(100).default(50),
  cursor: z.string().max(500).optional(),
});

const auditQuery = z.strictObject({ since: z.union([z.iso.datetime({ offset: true }), z.iso.date()]).optional() });

const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,200}$/;
const AUDIT_COLUMNS = ["id", "at", "event", "submission", "revision", "state", "actor", "decision", "override", "reason", "ruleIds", "hash"] as const;

export interface SubmissionRouteOptions {
  holder: RuntimeHolder;
  schemas: RequestSchemas;
  storage: Storage;
  /** The postlint version, part of each revision's hash. */
  version: string;
}

export function submissionRoutes(app: FastifyInstance, { holder, schemas, storage, version }: SubmissionRouteOptions): void {
  const store = (): Promise<Store> => storage.get();

  app.post("/v1/submissions", { config: { role: "writer" }, preHandler: storable }, async (request, reply) => {
    const body = parseRequest(schemas.submission, withPlatformAlias(request.body));
    const keyHeader = request.headers["idempotency-key"];
    const key = typeof keyHeader === "string" ? keyHeader : undefined;
    if (keyHeader !== undefined && (!key || !IDEMPOTENCY_KEY.test(key))) {
      throw new HttpError(400, "invalid_request", "Idempotency-Key: expected 1 to 200 visible ASCII characters", "Idempotency-Key");
    }
    const { callbackUrl, ...post } = body;
    const runtime = holder.current();
    if (callbackUrl !== undefined) checkCallback(callbackUrl, runtime.allowHosts, Boolean(storage.settings.webhooks?.secret));
    const answer = await gatePost(runtime.engine, runtime.gate, post);
    const ruleIds = [...new Set(answer.result.messages.map((m) => m.ruleId).filter((id): id is string => id !== null))].sort();
    const { id, text, scheduledAt, ...fields } = post;
    const s = await store();
    let stored;
    try {
      stored = await s.submit(
        {
          id,
          text,
          fields,
          scheduledAt: scheduledAt ?? null,
          callbackUrl: callbackUrl ?? null,
          hash: sha256(JSON.stringify([text, runtime.configHash, version])),
          decision: answer.decision,
          reasons: answer.reasons,
          result: answer.result,
          ruleIds,
        },
        request.actor,
        key ? { key, requestHash: sha256(JSON.stringify(body)) } : undefined,
      );
    } catch (error) {
      if (error instanceof IdempotencyConflict) {
        throw new HttpError(422, "idempotency_key_reused", "this Idempotency-Key was used for a different request; use a new key for a new request", "Idempotency-Key");
      }
      throw error;
    }
    if (stored.replayed) reply.header("idempotent-replayed", "true");
    request.logFields = { submission: id, revision: stored.body.revision, state: stored.body.state, rules: ruleIds, user: request.actor.name, ...(stored.replayed ? { replayed: true } : {}) };
    return reply.code(stored.status).header("location", `/v1/submissions/${encodeURIComponent(id)}`).send(stored.body);
  });

  app.get("/v1/submissions", { config: { role: "reviewer" }, preHandler: storable }, async (request) => {
    const query = parseRequest(listQuery, request.query);
    try {
      const page = await (await store()).list(query.state, query.limit, query.cursor);
      request.logFields = { state: query.state, count: page.submissions.length, user: request.actor.name };
      return page;
    } catch (error) {
      if (error instanceof RangeError) throw new HttpError(400, "invalid_request", "cursor: not a cursor from this API; start again without it", "cursor");
      throw error;
    }
  });

  app.get<{ Params: { id: string } }>("/v1/submissions/:id", { config: { role: "writer" }, preHandler: storable }, async (request) => {
    const found = await (await store()).get(request.params.id);
    if (!found) throw notFound(request.params.id);
    request.logFields = { submission: found.id, revision: found.revision, state: found.state, user: request.actor.name };
    return found;
  });

  app.post<{ Params: { id: string } }>("/v1/submissions/:id/decisions", { config: { role: "reviewer" }, preHandler: storable }, async (request, reply) => {
    const input = parseRequest(decisionRequest, request.body);
    try {
      const record = await (await store()).decide(request.params.id, input, request.actor);
      request.logFields = { submission: record.submission, revision: record.revision, state: record.to, decision: record.decision, override: record.override, user: request.actor.name };
      return await reply.code(201).send(record);
    } catch (error) {
      if (error instanceof NotFound) throw notFound(request.params.id);
      if (error instanceof DecisionConflict) throw new HttpError(409, "conflict", error.message);
      if (error instanceof Forbidden) throw new HttpError(403, "forbidden", error.message);
      throw error;
    }
  });

  app.get("/v1/audit", { config: { role: "admin" }, preHandler: storable }, async (request, reply) => {
    const { since } = parseRequest(auditQuery, request.query);
    const events = (await store()).audit(new Date(since ?? 0));
    const csv = /\btext\/csv\b/i.test(request.headers.accept ?? "");
    request.logFields = { since: since ?? null, format: csv ? "csv" : "ndjson", user: request.actor.name };
    async function* lines(): AsyncGenerator<string> {
      if (csv) yield AUDIT_COLUMNS.join(",") + "\r\n";
      for await (const event of events) {
        yield csv ? AUDIT_COLUMNS.map((c) => csvCell(event[c])).join(",") + "\r\n" : JSON.stringify(event) + "\n";
      }
    }
    return reply.type(csv ? "text/csv; charset=utf-8" : "application/x-ndjson").send(Readable.from(lines()));
  });

  app.post("/v1/tokens", { config: { role: "admin" }, preHandler: storable }, async (request, reply) => {
    const { name, role } = parseRequest(tokenRequest, request.body);
    try {
      const token = await (await store()).createToken(name, role);
      request.logFields = { token: name, role, user: request.actor.name };
      return await reply.code(201).send({ name, role, token });
    } catch (error) {
      if (error instanceof DecisionConflict) throw new HttpError(409, "conflict", error.message, "name");
      throw error;
    }
  });

  app.get("/v1/tokens", { config: { role: "admin" } }, async () => ({ tokens: await (await store()).listTokens() }));

  app.delete<{ Params: { name: string } }>("/v1/tokens/:name", { config: { role: "admin" }, preHandler: storable }, async (request, reply) => {
    if (!(await (await store()).revokeToken(request.params.name))) throw new HttpError(404, "not_found", `no active token named "${request.params.name}"`);
    request.logFields = { token: request.params.name, revoked: true, user: request.actor.name };
    return reply.code(204).send();
  });
}

/**
 * What the review queue stores must be storable: PostgreSQL text cannot hold a NUL character, and
 * a NUL in an id, a query or a body failed the query (a 500). Refused as a bad request instead.
 */
function storable(request: FastifyRequest, _reply: FastifyReply, done: (error?: Error) => void): void {
  for (const [part, value] of [["path", request.params], ["query", request.query], ["body", request.body]] as const) {
    const at = nulAt(value, []);
    if (at) return done(new HttpError(400, "invalid_request", `${at.length ? at.join(".") : part}: contains a NUL character (\\u0000), which cannot be stored`, at.join(".") || part));
  }
  done();
}

function nulAt(value: unknown, path: (string | number)[], depth = 0): (string | number)[] | undefined {
  if (typeof value === "string") return value.includes("\0") ? path : undefined;
  if (typeof value !== "object" || value === null || depth > 64) return undefined;
  for (const [key, item] of Object.entries(value)) {
    if (key.includes("\0")) return [...path, key];
    const found = nulAt(item, [...path, Array.isArray(value) ? Number(key) : key], depth + 1);
    if (found) return found;
  }
  return undefined;
}

function notFound(id: string): HttpError {
  return new HttpError(404, "not_found", `no submission with id "${id.slice(0, 200)}"`);
}

/**
 * A callback must be http(s) and, when `server.webhooks.allowHosts` is set, go to one of those
 * hosts (`*.example.com` matches subdomains): the server makes these requests from inside the
 * network, so an open list lets any writer make it call internal addresses (SSRF).
 */
function checkCallback(raw: string, allowHosts: readonly string[], hasSecret: boolean): void {
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new HttpError(400, "invalid_request", "callbackUrl: expected an absolute http or https URL", "callbackUrl");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") throw new HttpError(400, "invalid_request", `callbackUrl: expected http or https, got ${url.protocol.slice(0, -1)}`, "callbackUrl");
  if (url.username || url.password) throw new HttpError(400, "invalid_request", "callbackUrl: must not carry a user name or password", "callbackUrl");
  const host = url.hostname.replace(/^\[|\]$/g, "").toLowerCase();
  if (allowHosts.length && !allowHosts.some((a) => matchesHost(host, a.toLowerCase()))) {
    throw new HttpError(400, "callback_not_allowed", `callbackUrl: ${host} is not in server.webhooks.allowHosts`, "callbackUrl");
  }
  if (!hasSecret) throw new HttpError(400, "webhooks_not_configured", "callbackUrl: this server has no webhook secret (POSTLINT_WEBHOOK_SECRET), so it cannot sign callbacks", "callbackUrl");
}

function matchesHost(host: string, pattern: string): boolean {
  if (pattern.startsWith("*.")) return host.endsWith(pattern.slice(1));
  return host === pattern;
}

function csvCell(value: unknown): string {
  let text = Array.isArray(value) ? value.join(" ") : typeof value === "string" ? value : typeof value === "number" || typeof value === "boolean" ? String(value) : "";
  // A cell a spreadsheet would run as a formula is prefixed, so an export cannot carry one.
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

declare module "fastify" {
  interface FastifyRequest {
    /** Who sent the request (set by the auth hook for `/v1`). */
    actor: Actor;
  }
  interface FastifyContextConfig {
    /** The least role a route needs; `/v1` routes without one need `writer`. */
    role?: "writer" | "reviewer" | "admin";
  }
}

