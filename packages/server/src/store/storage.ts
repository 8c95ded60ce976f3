import { hostname } from "node:os";
import { openDb, type StorageOptions } from "./db.js";
import { startOutbox, type OutboxOptions } from "./outbox.js";
import { Store } from "./store.js";

export interface StorageSettings extends StorageOptions {
  /** Without `databaseUrl` and `dataDir`: PGlite in `.postlint/data` beside the config (else in memory). */
  dataBesideConfig?: boolean;
  /** Open at start-up (`postlint serve`) rather than on the first request that needs it. */
  eager?: boolean;
  /** Webhook delivery; without a secret no callbacks are accepted. */
  webhooks?: Omit<OutboxOptions, "replica" | "log" | "secret"> & { secret?: string | undefined };
  /** This replica's name in delivery logs; default host name and process id. */
  replica?: string;
}

/** The review queue's database, opened once, on first use (so a server that only lints never loads a driver). */
export interface Storage {
  readonly settings: StorageSettings;
  /** The store if it is open already. */
  peek(): Store | undefined;
  get(): Promise<Store>;
  /** Removes post text older than the retention period now (also run hourly). */
  sweep(): Promise<number>;
  close(): Promise<void>;
}

type Log = (level: "info" | "warn" | "error", fields: Record<string, unknown>, message: string) => void;

export function createStorage(settings: StorageSettings, retentionMs: () => number | undefined, log: Log): Storage {
  let store: Store | undefined;
  let opening: Promise<Store> | undefined;
  let outbox: ReturnType<typeof startOutbox> | undefined;
  let sweeper: NodeJS.Timeout | undefined;
  const replica = settings.replica ?? `${hostname()}:${process.pid}`;

  const sweep = async (): Promise<number> => {
    const ms = retentionMs();
    if (!store) return 0;
    await store.expireIdempotencyKeys();
    if (ms === undefined) return 0;
    const removed = await store.removeTextOlderThan(ms);
    if (removed) log("info", { event: "retention", removed }, "post text past its retention period removed");
    return removed;
  };

  const open = async (): Promise<Store> => {
    const started = Date.now();
    const db = await openDb(settings);
    store = new Store(db);
    log("info", { event: "storage-open", kind: db.kind, dataDir: settings.databaseUrl ? null : (settings.dataDir ?? "memory"), ms: Date.now() - started }, "review queue storage open");
    const secret = settings.webhooks?.secret;
    if (secret) {
      outbox = startOutbox(db, {
        ...settings.webhooks,
        secret,
        replica,
        log: (fields, message) => log(fields["error"] ? "warn" : "info", fields, message),
      });
    }
    await sweep().catch((e: unknown) => log("error", { event: "retention-failed", reason: (e as Error).message }, "retention sweep failed"));
    sweeper = setInterval(() => void sweep().catch(() => undefined), 3_600_000);
    sweeper.unref();
    return store;
  };

  return {
    settings,
    peek: () => store,
    get() {
      opening ??= open();
      return opening;
    },
    sweep,
    async close() {
      if (sweeper) clearInterval(sweeper);
      await outbox?.stop();
      if (opening) await (await opening.catch(() => undefined))?.db.close();
    },
  };
}

/** `30d`, `12h`, `90m` in milliseconds. */
export function durationMs(value: string | undefined): number | undefined {
  const match = /^(\d+)([mhd])$/.exec(value ?? "");
  if (!match) return undefined;
  return Number(match[1]) * { m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] as "m" | "h" | "d"];
}
