import { z } from "zod";
import { apiError, clientConfigResponse, gateBatchResponse, gateDecision, health, lintResult, rulesResponse } from "./responses.js";
import { MAX_BATCH, type RequestSchemas } from "./schemas.js";
import { SUBMISSION_SCHEMAS, submissionPaths } from "./openapi-submissions.js";

type JsonObject = Record<string, unknown>;

/** The OpenAPI 3.1 document, generated from the zod schemas that validate the requests. */
export function openApiDocument(schemas: RequestSchemas, version: string): JsonObject {
  const registry = z.registry<{ id: string }>();
  const named: [z.ZodType, string][] = [
    [schemas.lint, "LintRequest"],
    [schemas.gate, "GateRequest"],
    [schemas.batch, "GateBatchRequest"],
    [lintResult, "LintResult"],
    [gateDecision, "GateDecision"],
    [gateBatchResponse, "GateBatchResponse"],
    [rulesResponse, "RulesResponse"],
    [clientConfigResponse, "ClientConfig"],
    [health, "Health"],
    [apiError, "Error"],
    [schemas.submission, "SubmissionRequest"],
    ...SUBMISSION_SCHEMAS,
  ];
  for (const [schema, id] of named) registry.add(schema, { id });
  const generated = z.toJSONSchema(registry, { io: "input", uri: (id) => `#/components/schemas/${id}` });
  const components: Record<string, JsonObject> = {};
  for (const [id, schema] of Object.entries(generated.schemas)) {
    const { $schema: _s, $id: _i, ...rest } = schema as JsonObject;
    components[id] = rest;
  }

  const ref = (id: string): JsonObject => ({ $ref: `#/components/schemas/${id}` });
  const json = (id: string, description: string): JsonObject => ({ description, content: { "application/json": { schema: ref(id) } } });
  const errors = (...statuses: number[]): JsonObject => Object.fromEntries(statuses.map((s) => [String(s), json("Error", ERROR_TEXT[s] ?? "Error")]));
  const post = (summary: string, request: string, response: string, description: string): JsonObject => ({
    post: {
      summary,
      description,
      security: OPTIONAL_BEARER,
      requestBody: { required: true, content: { "application/json": { schema: ref(request) } } },
      responses: { "200": json(response, "OK"), ...errors(400, 401, 413, 415, 422, 503) },
    },
  });

  return {
    openapi: "3.1.0",
    info: {
      title: "postlint API",
      version,
      description: "Check social-media posts against your organization's policy, and gate scheduled posts.",
    },
    jsonSchemaDialect: "https://json-schema.org/draft/2020-12/schema",
    paths: {
      "/v1/lint": post("Check one post", "LintRequest", "LintResult", "Returns every finding for the post, as `postlint --format json` does for one file."),
      "/v1/gate": post(
        "Decide on one scheduled post",
        "GateRequest",
        "GateDecision",
        "`block` when a finding reaches `gate.block` (default: any error), else `review` when one reaches `gate.review` (default: any warning), else `allow`.",
      ),
      "/v1/gate/batch": post(
        `Decide on up to ${MAX_BATCH} posts`,
        "GateBatchRequest",
        "GateBatchResponse",
        "Each post is decided on its own; an invalid post gets an `error` entry and the others are still decided. Treat an error entry as not allowed.",
      ),
      "/v1/rules": {
        get: { summary: "The active rules", security: OPTIONAL_BEARER, responses: { "200": json("RulesResponse", "OK"), ...errors(401) } },
      },
      "/v1/config": {
        get: {
          summary: "The organization's config, for clients that lint offline",
          description: "What the browser extension fetches and caches: the policy part of the server's config, never its tokens or settings.",
          security: OPTIONAL_BEARER,
          responses: { "200": json("ClientConfig", "OK"), ...errors(401) },
        },
      },
      ...submissionPaths(ref, errors),
      "/healthz": { get: { summary: "Liveness", responses: { "200": json("Health", "The process is up") } } },
      "/readyz": {
        get: { summary: "Readiness", responses: { "200": json("Health", "Ready for traffic"), "503": json("Health", "Shutting down: send traffic elsewhere") } },
      },
    },
    components: {
      schemas: components,
      securitySchemes: {
        bearer: { type: "http", scheme: "bearer", description: "Required when the server has API tokens (`POSTLINT_API_TOKEN` or `server.tokens`)." },
      },
    },
  };
}

/** Bearer auth, or none when the server runs without tokens. */
const OPTIONAL_BEARER = [{ bearer: [] }, {}];

const ERROR_TEXT: Record<number, string> = {
  400: "Invalid JSON or an invalid field (named in `error.field`), or a post that cannot be read",
  401: "Missing or invalid API token",
  403: "The token's role does not allow this",
  404: "No such submission or token",
  409: "Conflicts with the current state (already decided, an edited post, a name in use)",
  413: "The body is larger than the server accepts",
  415: "The body is not application/json",
  422: "The post could not be checked within the time budget, or an Idempotency-Key was reused for another request",
  503: "Too busy or shutting down; retry after the `Retry-After` seconds",
};
