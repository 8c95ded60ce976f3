import { createHash } from "node:crypto";
import path from "node:path";
import { Worker } from "node:worker_threads";
import { ConfigError, isResolvedConfig, resolveConfig, type ResolvedConfig } from "@postlint/core";

export interface ConfigLoadRequest {
  configFile: string | undefined;
  cwd: string;
}

export type ConfigLoadReply = { ok: true; config: ResolvedConfig; filePath: string | undefined } | { ok: false; name: string; message: string };

export interface LoadedConfig {
  config: ResolvedConfig;
  /** Absolute path of the config file; undefined when none was found or it was given as data. */
  filePath: string | undefined;
  /** Where the config's relative `plugins` resolve from. */
  dir: string;
}

/** Loads `configFile`, or searches upward from `cwd` (cosmiconfig, module `postlint`). Throws ConfigError. */
export function loadConfig(request: ConfigLoadRequest): Promise<LoadedConfig> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL("./config-worker.js", import.meta.url), { workerData: request });
    let settled = false;
    worker.once("message", (reply: ConfigLoadReply) => {
      settled = true;
      void worker.terminate();
      if (reply.ok) resolve({ config: reply.config, filePath: reply.filePath, dir: reply.filePath ? path.dirname(reply.filePath) : request.cwd });
      else reject(reply.name === "ConfigError" ? new ConfigError({ message: reply.message }) : new Error(reply.message));
    });
    worker.once("error", (error) => {
      settled = true;
      reject(error);
    });
    worker.once("exit", () => {
      if (!settled) reject(new Error("the config loader stopped before answering"));
    });
  });
}

/** A config given as data: validated here unless it already is a resolved config. */
export function configFromData(data: ResolvedConfig | Record<string, unknown>, cwd: string): LoadedConfig {
  return { config: isResolvedConfig(data) ? data : resolveConfig(data), filePath: undefined, dir: cwd };
}

/** Shorter tokens can be guessed or brute-forced over the network; 16 random characters cannot. */
export const MIN_TOKEN_LENGTH = 16;

/** A configured API token too short to be safe: the server refuses to start (or to reload) with it. */
export class WeakTokenError extends Error {
  constructor(length: number) {
    super(
      `an API token has ${length} characters; use at least ${MIN_TOKEN_LENGTH} (for example: node -e "console.log(crypto.randomBytes(24).toString('base64url'))")`,
    );
    this.name = "WeakTokenError";
  }
}

/**
 * API tokens are kept only as digests, so comparing them takes the same time whatever the input.
 * Throws WeakTokenError for a token shorter than MIN_TOKEN_LENGTH (never echoing the token).
 */
export function tokenDigests(...lists: readonly (readonly string[] | undefined)[]): Buffer[] {
  const tokens = new Set(lists.flatMap((l) => l ?? []).map((t) => t.trim()).filter(Boolean));
  for (const token of tokens) if ([...token].length < MIN_TOKEN_LENGTH) throw new WeakTokenError([...token].length);
  return [...tokens].map(digest);
}

export function digest(value: string): Buffer {
  return createHash("sha256").update(value).digest();
}
