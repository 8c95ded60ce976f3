import type { LintInput, LintResult } from "@postlint/core";
import { readImageData, type ImageReader } from "@postlint/core/node";
import { LintTimeoutError, OverloadedError, type LintEngine } from "../engine/types.js";
import { HttpError } from "../errors.js";
import { decide, type Decision, type GateThresholds } from "../gate.js";
import type { GateReason } from "../responses.js";
import { dayOf, type GateRequest, type LintRequest } from "../schemas.js";

/** How the gate reads a post: see LintInput.fieldsFrom and LintInput.inlineConfig. */
type Trust = Pick<LintInput, "fieldsFrom" | "inlineConfig">;

/** Lints one validated post. A post the engine cannot read (empty, bad front matter) is a 400. */
export async function lintPost(engine: LintEngine, request: LintRequest, filePath = "<text>", trust: Trust = {}, reader?: ImageReader): Promise<LintResult> {
  const { text, date, images: sent, ...meta } = request;
  // Read on this thread (OCR runs in its own process), cached by content hash; the worker gets data.
  const images = sent?.length && reader ? await readImageData(reader, sent) : undefined;
  let result: LintResult;
  try {
    result = await engine.lint({ text, filePath, meta: { ...meta, ...(date ? { date: dayOf(date) } : {}) }, ...trust, ...(images?.length ? { images } : {}) });
  } catch (error) {
    if (error instanceof OverloadedError) throw new HttpError(503, "overloaded", `${error.message}; retry shortly`, undefined, { "retry-after": "1" });
    if (error instanceof LintTimeoutError) throw new HttpError(422, "lint_timeout", `${error.message}; shorten the post or split it`, "text");
    if (error instanceof HttpError) throw error;
    // Anything else went wrong with this one post (its worker crashed or ran out of memory): answer
    // for this post, so a batch still gets the others' results, and the server keeps serving.
    throw new HttpError(422, "lint_failed", `the post could not be checked (${error instanceof Error ? error.message : String(error)}); other posts are not affected`, "text");
  }
  const unreadable = result.messages.find((m) => m.fatal && m.ruleId === null);
  if (unreadable) throw new HttpError(400, "invalid_post", `text: line ${unreadable.line}: ${unreadable.message}`, "text");
  return result;
}

export interface GateAnswer {
  id: string | null;
  decision: Decision;
  reasons: GateReason[];
  result: LintResult;
}

/**
 * The gate trusts the scheduler's request, not the post's text: the request's fields (or their
 * defaults) decide who publishes, when and where, front matter inside `text` cannot change them,
 * and in-text suppressions only count when the organization's config says so.
 */
export async function gatePost(engine: LintEngine, gate: GateThresholds, request: GateRequest, reader?: ImageReader): Promise<GateAnswer> {
  const { id, scheduledAt, ...post } = request;
  const date = scheduledAt ?? post.date;
  const trust: Trust = { fieldsFrom: "request", inlineConfig: gate.honorSuppressions ? "apply" : "report" };
  const result = await lintPost(engine, { ...post, ...(date ? { date } : {}) }, id ?? "<text>", trust, reader);
  return { id: id ?? null, ...decide(result, gate), result };
}
