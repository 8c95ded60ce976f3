import type { LintResult } from "@postlint/core";
import { LintTimeoutError, OverloadedError, type LintEngine } from "../engine/types.js";
import { HttpError } from "../errors.js";
import { decide, type Decision, type GateThresholds } from "../gate.js";
import type { GateReason } from "../responses.js";
import { dayOf, type GateRequest, type LintRequest } from "../schemas.js";

/** Lints one validated post. A post the engine cannot read (empty, bad front matter) is a 400. */
export async function lintPost(engine: LintEngine, request: LintRequest, filePath = "<text>"): Promise<LintResult> {
  const { text, date, ...meta } = request;
  let result: LintResult;
  try {
    result = await engine.lint({ text, filePath, meta: { ...meta, ...(date ? { date: dayOf(date) } : {}) } });
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

export async function gatePost(engine: LintEngine, gate: GateThresholds, request: GateRequest): Promise<GateAnswer> {
  const { id, scheduledAt, ...post } = request;
  const date = scheduledAt ?? post.date;
  const result = await lintPost(engine, { ...post, ...(date ? { date } : {}) }, id ?? "<text>");
  return { id: id ?? null, ...decide(result, gate), result };
}
