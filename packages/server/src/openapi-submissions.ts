import { z } from "zod";
import { gateReason, lintResult } from "./responses.js";
import { decisionRequest, tokenRequest } from "./routes/submissions.js";
import { ROLES, STATES } from "./store/store.js";

type JsonObject = Record<string, unknown>;

// Answers of the review queue, documented (not validated), as in responses.ts.
const state = z.enum(STATES).describe("`allowed`, `review`, `blocked` (the automatic decision), then `approved` or `rejected` by a reviewer.");
const decisionRecord = z.object({
  id: z.string(),
  submission: z.string(),
  revision: z.number().int(),
  decision: z.enum(["approve", "reject"]),
  reason: z.string(),
  by: z.string().describe("The token's name: who decided."),
  role: z.enum(ROLES),
  override: z.boolean().describe("True when an admin approved a `blocked` post."),
  from: state,
  to: state,
  at: z.string(),
});
const submissionAnswer = z.object({
  id: z.string(),
  revision: z.number().int().describe("1 for a new id; each re-submission adds one."),
  state,
  decision: z.enum(["allow", "review", "block"]),
  reasons: z.array(gateReason),
  result: lintResult,
  hash: z.string().describe("SHA-256 of the text, the config and the postlint version."),
});
const delivery = z.object({
  id: z.string(),
  revision: z.number().int(),
  state,
  url: z.string(),
  attempts: z.number().int(),
  status: z.enum(["pending", "delivered", "failed"]),
  deliveredAt: z.string().nullable(),
  nextAttemptAt: z.string().nullable(),
  lastStatus: z.number().int().nullable(),
  lastError: z.string().nullable(),
  log: z.array(z.object({ at: z.string(), replica: z.string(), status: z.number().int().nullable(), error: z.string().nullable(), ms: z.number().int() })),
});
const submissionDetail = z.object({
  id: z.string(),
  revision: z.number().int().describe("The current revision."),
  state,
  callbackUrl: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  revisions: z.array(
    z.object({
      revision: z.number().int(),
      state,
      decision: z.enum(["allow", "review", "block"]),
      text: z.string().nullable().describe("null once `server.retention.text` has passed."),
      fields: z.record(z.string(), z.unknown()),
      scheduledAt: z.string().nullable(),
      hash: z.string(),
      reasons: z.array(z.unknown()),
      result: lintResult.nullable(),
      ruleIds: z.array(z.string()),
      submittedBy: z.string(),
      createdAt: z.string(),
      textRemovedAt: z.string().nullable(),
      decisions: z.array(decisionRecord.omit({ submission: true })),
    }),
  ),
  deliveries: z.array(delivery).describe("The webhook delivery log."),
});
const submissionPage = z.object({
  submissions: z.array(
    z.object({
      id: z.string(),
      revision: z.number().int(),
      state,
      decision: z.enum(["allow", "review", "block"]),
      fields: z.record(z.string(), z.unknown()),
      scheduledAt: z.string().nullable(),
      ruleIds: z.array(z.string()),
      excerpt: z.string().nullable(),
      updatedAt: z.string(),
    }),
  ),
  next: z.string().nullable().describe("Pass as `cursor` for the next page; null on the last."),
});
const auditEvent = z.object({
  id: z.string(),
  at: z.string(),
  event: z.enum(["submitted", "decided"]),
  submission: z.string(),
  revision: z.number().int(),
  state,
  actor: z.string(),
  decision: z.string().nullable(),
  override: z.boolean(),
  reason: z.string().nullable(),
  ruleIds: z.array(z.string()),
  hash: z.string().nullable(),
});
const tokenCreated = z.object({ name: z.string(), role: z.enum(ROLES), token: z.string().describe("Shown once; only its hash is stored.") });
const tokenList = z.object({ tokens: z.array(z.object({ name: z.string(), role: z.enum(ROLES), createdAt: z.string(), revoked: z.boolean() })) });

export const SUBMISSION_SCHEMAS: [z.ZodType, string][] = [
  [decisionRequest, "DecisionRequest"],
  [tokenRequest, "TokenRequest"],
  [submissionAnswer, "Submission"],
  [submissionDetail, "SubmissionDetail"],
  [submissionPage, "SubmissionPage"],
  [decisionRecord, "Decision"],
  [auditEvent, "AuditEvent"],
  [tokenCreated, "TokenCreated"],
  [tokenList, "TokenList"],
];

const BEARER = [{ bearer: [] }, {}];
const EXAMPLE_SUBMISSION = {
  id: "buffer-5f1c2a",
  text: "Proud of the team: our new store in Aarhus opens on Monday! #Northwind",
  platform: "linkedin",
  account: "official",
  author: "jane.doe",
  scheduledAt: "2026-12-07T09:00:00+01:00",
  callbackUrl: "https://scheduler.example.com/hooks/postlint",
};

/** The review queue's paths, for the OpenAPI document. */
export function submissionPaths(ref: (id: string) => JsonObject, errors: (...statuses: number[]) => JsonObject): Record<string, JsonObject> {
  const json = (id: string, description: string, example?: unknown): JsonObject => ({
    description,
    content: { "application/json": { schema: ref(id), ...(example ? { example } : {}) } },
  });
  const body = (id: string, example: unknown): JsonObject => ({ required: true, content: { "application/json": { schema: ref(id), example } } });
  const role = (r: string): string => ` Needs the \`${r}\` role (with tokens configured).`;
  const idParam = { name: "id", in: "path", required: true, schema: { type: "string" } };
  return {
    "/v1/submissions": {
      post: {
        summary: "Submit a scheduled post to the review queue",
        description:
          "Lints the post as the gate does and stores it as a new revision: `allowed` and `blocked` are final, `review` waits for a reviewer. Re-submitting an `id` (an edited post) makes the next revision; decisions on older revisions do not carry over. Send `Idempotency-Key` to make a retry safe: the same key and body answer the stored response (`Idempotent-Replayed: true`)." +
          role("writer"),
        security: BEARER,
        parameters: [{ name: "Idempotency-Key", in: "header", required: false, schema: { type: "string", maxLength: 200 } }],
        requestBody: body("SubmissionRequest", EXAMPLE_SUBMISSION),
        responses: { "201": json("Submission", "Stored"), ...errors(400, 401, 403, 413, 415, 422, 503) },
      },
      get: {
        summary: "A page of the review queue, oldest first",
        description: "Submissions in one `state` (default `review`), by when they reached it." + role("reviewer"),
        security: BEARER,
        parameters: [
          { name: "state", in: "query", required: false, schema: { type: "string", enum: [...STATES], default: "review" } },
          { name: "limit", in: "query", required: false, schema: { type: "integer", minimum: 1, maximum: 100, default: 50 } },
          { name: "cursor", in: "query", required: false, schema: { type: "string" } },
        ],
        responses: { "200": json("SubmissionPage", "OK"), ...errors(400, 401, 403) },
      },
    },
    "/v1/submissions/{id}": {
      get: {
        summary: "A submission with every revision, decision and webhook delivery",
        description: role("writer").trim(),
        security: BEARER,
        parameters: [idParam],
        responses: { "200": json("SubmissionDetail", "OK"), ...errors(401, 403, 404) },
      },
    },
    "/v1/submissions/{id}/decisions": {
      post: {
        summary: "Approve or reject the current revision",
        description: "`reason` is required and kept in the audit trail. Approving a `blocked` post is an override: it needs `admin` and is marked `override: true`. 409 when the revision is already decided or `revision` is not the current one." + role("reviewer"),
        security: BEARER,
        parameters: [idParam],
        requestBody: body("DecisionRequest", { decision: "approve", reason: "Checked with legal: the figure is public since the Q3 report.", revision: 1 }),
        responses: { "201": json("Decision", "Recorded"), ...errors(400, 401, 403, 404, 409) },
      },
    },
    "/v1/audit": {
      get: {
        summary: "The audit trail: every submission and decision",
        description: "NDJSON, one `AuditEvent` per line, oldest first; `Accept: text/csv` for CSV with the same columns." + role("admin"),
        security: BEARER,
        parameters: [{ name: "since", in: "query", required: false, schema: { type: "string", description: "ISO 8601 date or date-time" } }],
        responses: {
          "200": {
            description: "OK",
            content: { "application/x-ndjson": { schema: ref("AuditEvent") }, "text/csv": { schema: { type: "string" } } },
          },
          ...errors(400, 401, 403),
        },
      },
    },
    "/v1/tokens": {
      post: {
        summary: "Create a personal token",
        description: "The token is in this answer only; the server keeps its SHA-256." + role("admin"),
        security: BEARER,
        requestBody: body("TokenRequest", { name: "alice", role: "reviewer" }),
        responses: { "201": json("TokenCreated", "Created"), ...errors(400, 401, 403, 409) },
      },
      get: { summary: "List tokens (names and roles, never the tokens)", security: BEARER, responses: { "200": json("TokenList", "OK"), ...errors(401, 403) } },
    },
    "/v1/tokens/{name}": {
      delete: {
        summary: "Revoke a token",
        security: BEARER,
        parameters: [{ name: "name", in: "path", required: true, schema: { type: "string" } }],
        responses: { "204": { description: "Revoked" }, ...errors(401, 403, 404) },
      },
    },
  };
}
