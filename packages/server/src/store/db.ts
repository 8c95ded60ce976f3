// One SQL dialect, two drivers: PGlite (embedded, the default) and node-postgres (a PostgreSQL
// server, for several replicas). Both are imported only when a store is opened, so linting
// files never loads them.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { MIGRATIONS } from "./migrations.js";

export type Row = Record<string, unknown>;
type Params = readonly unknown[];

/** What the store needs from a connection: a query, and a transaction around several. */
export interface Queryable {
  query<T extends Row = Row>(sql: string, params?: Params): Promise<T[]>;
}

export interface Db extends Queryable {
  readonly kind: "pglite" | "postgres";
  /** Runs `work` in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

export interface StorageOptions {
  /** `postgres://…`: a PostgreSQL server. Wins over `dataDir`. */
  databaseUrl?: string | undefined;
  /** PGlite's data folder; undefined keeps the database in memory (tests, throwaway servers). */
  dataDir?: string | undefined;
}

/** Opens the database and brings its schema up to date. */
export async function openDb(options: StorageOptions): Promise<Db> {
  const db = options.databaseUrl ? await openPostgres(options.databaseUrl) : await openPglite(options.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function openPglite(dataDir: string | undefined): Promise<Db> {
  const { PGlite } = await import("@electric-sql/pglite");
  const release = dataDir ? lockDataDir(dataDir) : () => undefined;
  let pg;
  try {
    pg = await PGlite.create(dataDir ?? "memory://");
  } catch (error) {
    release();
    throw error;
  }
  const query = async <T extends Row>(q: { query: typeof pg.query }, sql: string, params: Params = []): Promise<T[]> =>
    (await q.query<T>(sql, params as unknown[])).rows;
  return {
    kind: "pglite",
    query: (sql, params) => query(pg, sql, params),
    transaction: (work) => pg.transaction((tx) => work({ query: (sql, params) => query(tx, sql, params) })),
    close: async () => {
      await pg.close();
      release();
    },
  };
}

/** A data folder is one process's: a second PGlite on the same files would corrupt them. */
class DataDirInUseError extends Error {
  constructor(dir: string, pid: number) {
    super(`the data folder ${dir} is in use by process ${pid} (postlint serve?); stop it first, or use the API (POST /v1/tokens) or a PostgreSQL server (DATABASE_URL)`);
    this.name = "DataDirInUseError";
  }
}

function lockDataDir(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const lock = path.join(dir, "postlint.pid");
  let holder = NaN;
  try {
    holder = Number(readFileSync(lock, "utf8").trim());
  } catch {
    // no lock
  }
  if (Number.isInteger(holder) && holder !== process.pid && alive(holder)) throw new DataDirInUseError(dir, holder);
  writeFileSync(lock, String(process.pid));
  return () => rmSync(lock, { force: true });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

async function openPostgres(url: string): Promise<Db> {
  const { default: pg } = await import("pg");
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // An idle client that loses its server must not crash the process; the next query reconnects.
  pool.on("error", () => undefined);
  return {
    kind: "postgres",
    query: async <T extends Row>(sql: string, params: Params = []) => (await pool.query(sql, params as unknown[])).rows as T[],
    async transaction(work) {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const result = await work({ query: async <T extends Row>(sql: string, params: Params = []) => (await client.query(sql, params as unknown[])).rows as T[] });
        await client.query("COMMIT");
        return result;
      } catch (error) {
        await client.query("ROLLBACK").catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}

/** A number no other application is likely to lock: "postlint" in ASCII. */
const MIGRATION_LOCK = 0x706f73746c696e74n;

/**
 * Applies the migrations not yet applied, in order, each in its own transaction. A transaction
 * advisory lock makes replicas that start at once take turns: the second finds the work done.
 */
async function migrate(db: Db): Promise<number> {
  let applied = 0;
  for (const [index, sql] of MIGRATIONS.entries()) {
    const version = index + 1;
    const done = await db.transaction(async (tx) => {
      await tx.query("SELECT pg_advisory_xact_lock($1)", [MIGRATION_LOCK.toString()]);
      await tx.query("CREATE TABLE IF NOT EXISTS postlint_migrations (version integer PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())");
      const rows = await tx.query("SELECT 1 FROM postlint_migrations WHERE version = $1", [version]);
      if (rows.length) return false;
      for (const statement of sql.split(/;\s*$/m).map((s) => s.trim()).filter(Boolean)) await tx.query(statement);
      await tx.query("INSERT INTO postlint_migrations (version) VALUES ($1)", [version]);
      return true;
    });
    if (done) applied++;
  }
  return applied;
}
