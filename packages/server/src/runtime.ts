import type { ImageReader } from "@postlint/core/node";
import type { GateThresholds } from "./gate.js";
import type { LintEngine } from "./engine/types.js";

/** What a config load produces; swapped as a whole on reload, read once per request. */
export interface Runtime {
  engine: LintEngine;
  gate: GateThresholds;
  /** SHA-256 digests of the accepted API tokens; empty means no auth. */
  tokens: readonly Buffer[];
  configFile: string | undefined;
  /** Reads `images` of requests (cached by content hash for the runtime's life); absent with `images: false`. */
  images?: ImageReader;
  /** SHA-256 of the resolved config: part of each submission revision's hash. */
  configHash: string;
  /** `server.webhooks.allowHosts`: hosts callbacks may go to (empty: any). */
  allowHosts: readonly string[];
  /** The config for clients that lint themselves (`GET /v1/config`), serialized once per load. */
  clientConfig: string;
  /** `server.retention.text` in milliseconds. */
  retentionMs: number | undefined;
}

export interface RuntimeHolder {
  current(): Runtime;
  /** `draining` from the moment shutdown starts, so `/readyz` turns traffic away. */
  phase(): "ready" | "draining";
}
