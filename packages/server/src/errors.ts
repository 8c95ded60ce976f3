import { describeIssue, formatPath } from "@postlint/core";
import type { z } from "zod";
import type { ApiErrorBody } from "./responses.js";

/** An answer other than 2xx, with a stable code and one sentence for people. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly field?: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }

  body(): ApiErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.field ? { field: this.field } : {}) } };
  }
}

/** Parses `data` or throws a 400 naming the first field at fault: `posts[3].platform: expected …`. */
export function parseRequest<T>(schema: z.ZodType<T>, data: unknown, basePath: (string | number)[] = []): T {
  const parsed = schema.safeParse(data, { reportInput: true });
  if (parsed.success) return parsed.data;
  throw invalidRequest(parsed.error, basePath);
}

function invalidRequest(error: z.ZodError, basePath: (string | number)[] = []): HttpError {
  const issue = error.issues[0];
  if (!issue) return new HttpError(400, "invalid_request", "the request body is invalid");
  if (issue.path.length === 0 && basePath.length === 0 && issue.code === "invalid_type") {
    return new HttpError(400, "invalid_request", "the request body must be a JSON object");
  }
  const { key, message } = issue.code === "too_small" && issue.origin === "string" && issue.minimum === 1 ? { key: formatPath([...basePath, ...issue.path.map((p) => (typeof p === "symbol" ? String(p) : p))]), message: "must not be empty" } : describeIssue(issue, basePath);
  return new HttpError(400, "invalid_request", key ? `${key}: ${message}` : message, key || undefined);
}

/** Fastify's own errors (body parsing, limits, timeouts) mapped onto the API's error codes. */
const FASTIFY_CODES: Record<string, [number, string, string]> = {
  FST_ERR_CTP_INVALID_JSON_BODY: [400, "invalid_json", "the request body is not valid JSON"],
  FST_ERR_CTP_EMPTY_JSON_BODY: [400, "invalid_json", "the request body is empty; send a JSON object"],
  FST_ERR_CTP_BODY_TOO_LARGE: [413, "body_too_large", "the request body is larger than the server accepts"],
  FST_ERR_CTP_INVALID_MEDIA_TYPE: [415, "unsupported_media_type", "send the request body as application/json"],
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: [400, "invalid_request", "the Content-Length header does not match the body"],
  FST_ERR_CTP_INVALID_TYPE: [415, "unsupported_media_type", "send the request body as application/json"],
};

export function toHttpError(error: unknown, bodyLimit: number): HttpError {
  if (error instanceof HttpError) return error;
  const e = error as { code?: string; statusCode?: number; message?: string };
  const known = e.code ? FASTIFY_CODES[e.code] : undefined;
  if (known) {
    const [status, code, message] = known;
    return new HttpError(status, code, status === 413 ? `${message} (${Math.round(bodyLimit / 1024)} KB)` : message);
  }
  if (e.statusCode && e.statusCode >= 400 && e.statusCode < 500) return new HttpError(e.statusCode, "bad_request", e.message ?? "bad request");
  return new HttpError(500, "internal_error", "the server failed to handle this request; this is a bug in postlint, please report it");
}
