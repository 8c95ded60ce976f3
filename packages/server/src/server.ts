import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import path from "node:path";
import { availableParallelism } from "node:os";
import type { FastifyInstance, FastifyServerOptions } from "fastify";
import type { ResolvedConfig, RulePack } from "@postlint/core";
import { buildApp } from "./app.js";
import { isLoopback } from "./auth.js";
import { clientConfig } from "./client-config.js";
import { configFromData, loadConfig, tokenDigests, type LoadedConfig } from "./config.js";
import { createImageReader } from "@postlint/core/node";
import { createInProcessEngine } from "./engine/in-process.js";
import { DEFAULT_PACKS } from "./engine/packs.js";
import { createWorkerPool } from "./engine/pool.js";
import type { LintEngine } from "./engine/types.js";
import { openApiDocument } from "./openapi.js";
import { loadPageAssets } from "./page-assets.js";
import type { Runtime } from "./runtime.js";
import { requestSchemas } from "./schemas.js";
import { createStorage, durationMs, type StorageSettings } from "./store/storage.js";

export interface ServerOptions {
  /** The config as data. Without it: `configFile`, or a search upward from `cwd`. */
  config?: ResolvedConfig | Record<string, unknown>;
  /** `--config FILE`. */
  configFile?: string;
  cwd?: string;
  /**
   * Rule packs; default the default pack. Module names or paths can run in worker threads;
   * pack objects need `workers: 0`. The config's `plugins` are added either way.
   */
  packs?: readonly (RulePack | string)[];
  /** Lint worker threads; default one per CPU. 0 lints on the server's own thread (no time budget). */
  workers?: number;
  /** API tokens besides the config's `server.tokens` (the CLI passes `POSTLINT_API_TOKEN`). */
  tokens?: readonly string[];
  /** Largest request body in bytes; default 256 KB. */
  bodyLimit?: number;
  /** Longest post `text` in UTF-16 units; default 20,000. */
  maxTextLength?: number;
  /** Time one post may take in a worker; default 2 s. */
  lintTimeoutMs?: number;
  /** Time a client gets to send its whole request; default 10 s. */
  requestTimeoutMs?: number;
  /** Posts that may wait for a worker before the server answers 503; default 2,000. */
  maxQueue?: number;
  /** Log destination and level (one JSON line per request); `false` for none. Default: stdout, info. */
  log?: false | { stream?: NodeJS.WritableStream; level?: "debug" | "info" | "warn" | "error" };
  /**
   * The review queue's database (`/v1/submissions`, `/v1/audit`, `/v1/tokens`): `databaseUrl` for
   * PostgreSQL, `dataDir` for PGlite, neither for an in-memory PGlite; opened on first use unless
   * `eager`. `false` leaves the review queue out. Default: in memory.
   */
  storage?: StorageSettings | false;
}

export interface ListenOptions {
  port?: number;
  host?: string;
  /** Allow a non-loopback address without an API token. */
  insecure?: boolean;
}

export interface PostlintServer {
  readonly app: FastifyInstance;
  /** Starts listening; resolves to the base URL, e.g. `http://127.0.0.1:8787`. */
  listen(options?: ListenOptions): Promise<string>;
  /** Loads the config again. A broken config keeps the old one (logged); resolves to whether the new one is in use. */
  reload(): Promise<boolean>;
  /** From now on `/readyz` answers 503; requests are still served until `close()`. */
  drain(): void;
  /** Stops accepting requests, finishes those in flight, then stops the workers. */
  close(): Promise<void>;
}

export const DEFAULTS = {
  bodyLimit: 256 * 1024,
  maxTextLength: 20_000,
  lintTimeoutMs: 2_000,
  requestTimeoutMs: 10_000,
  maxQueue: 2_000,
  port: 8787,
  host: "127.0.0.1",
} as const;

const VERSION = (JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8")) as { version: string }).version;

/** Loads the config, starts the lint engine and builds the HTTP app. Nothing is done per request that can be done here. */
export async function createServer(options: ServerOptions = {}): Promise<PostlintServer> {
  const cwd = options.cwd ?? process.cwd();
  const packs = options.packs ?? DEFAULT_PACKS;
  const workers = options.workers ?? availableParallelism();
  const bodyLimit = options.bodyLimit ?? DEFAULTS.bodyLimit;
  const maxTextLength = options.maxTextLength ?? DEFAULTS.maxTextLength;
  if (workers > 0 && packs.some((p) => typeof p !== "string")) {
    throw new TypeError("rule packs given as objects cannot be sent to worker threads: name them by module or path, or set workers: 0");
  }

  const load = (): Promise<LoadedConfig> =>
    options.config ? Promise.resolve(configFromData(options.config, cwd)) : loadConfig({ configFile: options.configFile, cwd });
  const startEngine = (loaded: LoadedConfig): Promise<LintEngine> => {
    const common = { config: loaded.config, cwd, configDir: loaded.dir };
    if (workers === 0) return createInProcessEngine({ ...common, packs });
    return createWorkerPool({
      ...common,
      packs: packs as string[],
      size: workers,
      timeoutMs: options.lintTimeoutMs ?? DEFAULTS.lintTimeoutMs,
      maxQueue: options.maxQueue ?? DEFAULTS.maxQueue,
      maxHeapMb: 512,
      // Called only after start-up, by which time `app` (below) exists.
      onWorkerReplaced: (reason) => app.log.warn({ event: "worker-replaced", reason }, "lint worker replaced"),
    });
  };
  const toRuntime = (loaded: LoadedConfig, engine: LintEngine): Runtime => ({
    engine,
    gate: loaded.config.gate,
    tokens: tokenDigests(options.tokens, loaded.config.server.tokens),
    configFile: loaded.filePath,
    clientConfig: JSON.stringify(clientConfig(loaded.config), null, 2),
    configHash: createHash("sha256").update(JSON.stringify(loaded.config)).digest("hex"),
    allowHosts: loaded.config.server.webhooks.allowHosts,
    retentionMs: durationMs(loaded.config.server.retention.text),
    ...(loaded.config.images !== false ? { images: createImageReader({ ...loaded.config.images, onNotice: (m) => app.log.warn({ event: "images" }, m) }) } : {}),
  });

  const first = await load();
  // Before any worker starts: a weak token stops start-up with nothing left running.
  tokenDigests(options.tokens, first.config.server.tokens);
  let runtime = toRuntime(first, await startEngine(first));
  let phase: "ready" | "draining" = "ready";
  let bound: ListenOptions | undefined;

  const schemas = requestSchemas(maxTextLength);
  const storage =
    options.storage === false
      ? undefined
      : createStorage(storageSettings(options.storage ?? {}, first.dir), () => runtime.retentionMs, (level, fields, message) => app.log[level](fields, message));
  const app = buildApp({
    storage,
    version: VERSION,
    holder: { current: () => runtime, phase: () => phase },
    schemas,
    openapi: openApiDocument(schemas, VERSION),
    page: loadPageAssets(maxTextLength),
    bodyLimit,
    requestTimeoutMs: options.requestTimeoutMs ?? DEFAULTS.requestTimeoutMs,
    logger: loggerOptions(options.log),
  });

  if (storage?.settings.eager) {
    try {
      await storage.get();
    } catch (error) {
      await runtime.engine.close();
      throw error;
    }
  }

  let reloading: Promise<boolean> = Promise.resolve(true);
  const reloadOnce = async (): Promise<boolean> => {
    if (options.config) {
      app.log.warn({ event: "reload-skipped" }, "config reload skipped: the config was given as data, not a file");
      return false;
    }
    let next: Runtime;
    try {
      const loaded = await load();
      const tokens = tokenDigests(options.tokens, loaded.config.server.tokens);
      if (bound && !bound.insecure && !isLoopback(bound.host ?? DEFAULTS.host) && tokens.length === 0) {
        throw new Error(`the new config has no API token, and the server listens on ${bound.host ?? ""}; keeping the tokens in use`);
      }
      next = toRuntime(loaded, await startEngine(loaded));
    } catch (error) {
      app.log.error({ event: "reload-failed", reason: (error as Error).message }, "config reload failed; still using the previous config");
      return false;
    }
    const previous = runtime;
    runtime = next;
    app.log.info({ event: "reloaded", config: next.configFile ?? null }, "config reloaded");
    void previous.engine.close();
    return true;
  };

  return {
    app,
    async listen(listen = {}) {
      const host = listen.host ?? DEFAULTS.host;
      if (!isLoopback(host) && runtime.tokens.length === 0 && !listen.insecure) {
        throw new InsecureBindError(host);
      }
      bound = { ...listen, host };
      const address = await app.listen({ port: listen.port ?? DEFAULTS.port, host });
      app.log.info({ event: "listening", url: address, config: runtime.configFile ?? null, workers, auth: runtime.tokens.length > 0 }, "postlint server listening");
      return address;
    },
    reload() {
      // SIGHUPs in quick succession load one after another, never two engines at once.
      reloading = reloading.then(reloadOnce, reloadOnce);
      return reloading;
    },
    drain() {
      phase = "draining";
    },
    async close() {
      phase = "draining";
      await app.close();
      await storage?.close();
      await runtime.engine.close();
    },
  };
}

function storageSettings(settings: StorageSettings, configDir: string): StorageSettings {
  if (!settings.dataBesideConfig || settings.databaseUrl || settings.dataDir) return settings;
  return { ...settings, dataDir: path.join(configDir, ".postlint", "data") };
}

/** Bound beyond this machine without a token: anyone on the network could use the API. */
export class InsecureBindError extends Error {
  constructor(host: string) {
    super(
      `refusing to listen on ${host} without an API token: anyone who can reach it could use the API. Set POSTLINT_API_TOKEN (or server.tokens in the config), listen on 127.0.0.1, or pass --insecure`,
    );
    this.name = "InsecureBindError";
  }
}

function loggerOptions(log: ServerOptions["log"]): FastifyServerOptions["logger"] {
  if (log === false) return false;
  return {
    level: log?.level ?? "info",
    ...(log?.stream ? { stream: log.stream } : {}),
    // Never log credentials or bodies, whatever a future log call passes in.
    redact: { paths: ["req.headers.authorization", "text", "body"], censor: "[redacted]" },
  };
}
