import type { GateThresholds } from "./gate.js";
import type { LintEngine } from "./engine/types.js";

/** What a config load produces; swapped as a whole on reload, read once per request. */
export interface Runtime {
  engine: LintEngine;
  gate: GateThresholds;
  /** SHA-256 digests of the accepted API tokens; empty means no auth. */
  tokens: readonly Buffer[];
  configFile: string | undefined;
}

export interface RuntimeHolder {
  current(): Runtime;
  /** `draining` from the moment shutdown starts, so `/readyz` turns traffic away. */
  phase(): "ready" | "draining";
}
