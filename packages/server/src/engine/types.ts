import type { LintInput, LintResult } from "@postlint/core";
import type { RuleInfo } from "../responses.js";

/** Where posts get linted: worker threads (the default) or the server's own thread. */
export interface LintEngine {
  /** Metadata of the active rules, for `GET /v1/rules`. */
  readonly rules: readonly RuleInfo[];
  lint(input: LintInput): Promise<LintResult>;
  /** Finishes queued and running posts, then releases the engine. */
  close(): Promise<void>;
}

/** Every worker is busy and the queue is full: answer 503 and let the client retry. */
export class OverloadedError extends Error {
  override readonly name = "OverloadedError";
}

/** A post took longer than the time budget; the worker that ran it was replaced. */
export class LintTimeoutError extends Error {
  override readonly name = "LintTimeoutError";
}
