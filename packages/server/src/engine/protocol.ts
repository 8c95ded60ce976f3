import type { LintInput, LintResult, ResolvedConfig } from "@postlint/core";
import type { RuleInfo } from "../responses.js";

/** What a worker is started with; structured-cloned, so packs are module names, not objects. */
export interface WorkerInit {
  packs: string[];
  config: ResolvedConfig;
  cwd: string;
  configDir: string;
}

export interface ToWorker {
  id: number;
  input: LintInput;
}

export type FromWorker =
  | { type: "ready"; rules: RuleInfo[] }
  | { type: "init-failed"; error: { name: string; message: string } }
  | { type: "done"; id: number; result: LintResult }
  | { type: "failed"; id: number; error: { name: string; message: string } };
