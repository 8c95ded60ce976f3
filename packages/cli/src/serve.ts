// `postlint serve`: its own flags, and @postlint/server imported only here, so linting files
// never loads fastify.
import path from "node:path";
import { parseArgs } from "node:util";
import type { CliIO } from "./io.js";
import { loadServer, MissingServerError } from "./load-server.js";

const USAGE = `Usage: postlint serve [options]

Starts the HTTP API (/v1/lint, /v1/gate, /v1/gate/batch, /v1/rules) and the draft-checker page at /.

Options:
  --port N         Port to listen on (default 8787; 0 picks a free one)
  --host ADDRESS   Address to listen on (default 127.0.0.1)
  -c, --config FILE  Use this config instead of searching from the current folder
  --workers N      Lint worker threads (default: one per CPU)
  --insecure       Allow a non-loopback --host without an API token
  --drain-delay MS After SIGTERM, answer /readyz with 503 for MS milliseconds while still serving,
                   so a load balancer stops sending traffic first (default 0)
  --data DIR       The review queue's embedded database (PGlite; default .postlint/data beside
                   the config). DATABASE_URL=postgres://… uses a PostgreSQL server instead, which
                   several replicas can share
  --webhook-poll MS   How often the webhook outbox is checked (default 1000)
  --webhook-lease MS  How long a replica owns a delivery it started before another retries it
                   (default 30000)
  -h, --help       Show this help

Set POSTLINT_API_TOKEN (or server.tokens in the config) to require "Authorization: Bearer <token>"
on /v1 (it acts as admin; create personal tokens with postlint token create). Set
POSTLINT_WEBHOOK_SECRET to sign review-queue callbacks (Postlint-Signature). Logs are JSON lines on stdout, without post text. SIGHUP reloads the config; SIGTERM
finishes the requests in flight, then exits.
`;

const USER_ERRORS = new Set(["ConfigError", "InputError", "PostlintError", "InsecureBindError", "WeakTokenError", "DataDirInUseError"]);

const OPTIONS = {
  port: { type: "string" },
  host: { type: "string" },
  config: { type: "string", short: "c" },
  workers: { type: "string" },
  insecure: { type: "boolean" },
  "drain-delay": { type: "string" },
  data: { type: "string" },
  "webhook-poll": { type: "string" },
  "webhook-lease": { type: "string" },
  help: { type: "boolean", short: "h" },
} as const;

/** Runs until SIGTERM or SIGINT; returns the exit code (0 after a clean shutdown, 2 when it cannot start). */
export async function serve(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: false }));
  } catch (error) {
    return fail(io, `${(error as Error).message}. See postlint serve --help`);
  }
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  const port = integer(values.port, "--port", 0, 65535);
  const workers = integer(values.workers, "--workers", 0, 64);
  if (typeof port === "string") return fail(io, port);
  if (typeof workers === "string") return fail(io, workers);
  const drainDelay = integer(values["drain-delay"], "--drain-delay", 0, 600_000);
  if (typeof drainDelay === "string") return fail(io, drainDelay);
  const pollMs = integer(values["webhook-poll"], "--webhook-poll", 10, 600_000);
  if (typeof pollMs === "string") return fail(io, pollMs);
  const leaseMs = integer(values["webhook-lease"], "--webhook-lease", 100, 3_600_000);
  if (typeof leaseMs === "string") return fail(io, leaseMs);
  const databaseUrl = io.env["DATABASE_URL"] || undefined;
  const secret = io.env["POSTLINT_WEBHOOK_SECRET"] || undefined;

  let start;
  try {
    ({ serve: start } = await loadServer());
  } catch (error) {
    if (error instanceof MissingServerError) return fail(io, error.message);
    throw error;
  }
  const token = io.env["POSTLINT_API_TOKEN"];
  try {
    const running = await start({
      cwd: io.cwd,
      port: port ?? 8787,
      ...(values.host ? { host: values.host } : {}),
      ...(values.config ? { configFile: values.config } : {}),
      ...(workers !== undefined ? { workers } : {}),
      ...(values.insecure ? { insecure: true } : {}),
      ...(drainDelay !== undefined ? { drainDelayMs: drainDelay } : {}),
      ...(token ? { tokens: [token] } : {}),
      storage: {
        eager: true,
        dataBesideConfig: true,
        ...(databaseUrl ? { databaseUrl } : values.data ? { dataDir: path.resolve(io.cwd, values.data) } : {}),
        webhooks: { secret, ...(pollMs !== undefined ? { pollMs } : {}), ...(leaseMs !== undefined ? { leaseMs } : {}) },
      },
      // pino writes to fd 1 itself (sonic-boom) much faster than through a Node stream.
      log: io.stdout === process.stdout ? {} : { stream: io.stdout },
    });
    await running.closed;
    return 0;
  } catch (error) {
    const e = error as NodeJS.ErrnoException;
    // By name: the bundled CLI and the server each load their own copy of core's error classes.
    if (USER_ERRORS.has(e.name)) return fail(io, e.message);
    if (e.code === "ECONNREFUSED" || e.code === "ENOTFOUND" || e.code === "28P01" || e.code === "3D000") {
      return fail(io, `cannot open the database at DATABASE_URL: ${e.message}`);
    }
    if (e.code === "EADDRINUSE") return fail(io, `port ${port ?? 8787} is in use; pick another with --port`);
    if (e.code === "EADDRNOTAVAIL" || e.code === "ENOTFOUND") return fail(io, `cannot listen on ${values.host ?? ""}: no such address on this machine`);
    return fail(io, `internal error: ${e.stack ?? String(error)}\nThis is a bug in postlint; please report it.`);
  }
}

function integer(raw: string | undefined, flag: string, min: number, max: number): number | string | undefined {
  if (raw === undefined) return undefined;
  const n = Number(raw);
  return Number.isInteger(n) && n >= min && n <= max ? n : `${flag} expects a whole number from ${min} to ${max}, got "${raw}"`;
}

function fail(io: CliIO, message: string): number {
  io.stderr.write(`postlint serve: ${message}\n`);
  return 2;
}
