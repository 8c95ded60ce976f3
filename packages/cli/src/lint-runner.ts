import { availableParallelism } from "node:os";
import path from "node:path";
import { failedResult, fatalResult, InputError, timeBudgetReason, type LintResult } from "@postlint/core";
import { configKeyOf, imagesStamp, type FileLinter, type FileLinterOptions, type LintCache, readPostFile, DEFAULT_MAX_BYTES } from "@postlint/core/node";
import type { WorkerTask } from "./lint-worker.js";
import { tierFor } from "./tiering.js";

export interface RunOptions {
  fileLinter: FileLinter;
  linterOptions: Omit<FileLinterOptions, "packs">;
  /** Worker threads: a number, or "auto" (half the cores once the run is large enough to pay). */
  concurrency: number | "auto";
  cache?: LintCache;
  version: string;
  /** `text` is what to show excerpts from (the fixed text, if fixed); `read` is the text as read from disk. */
  onResult(result: LintResult, text: string | undefined, read?: string): void | Promise<void>;
}

/** More threads than this per core, or than batches, only cost memory: 99999 ran V8 out of memory. */
const MAX_THREADS_PER_CORE = 4;
/** Below this many posts, starting workers costs more than it saves. */
const AUTO_MIN_FILES = 200;
const BATCH = 25;

/**
 * Half the logical cores, as ESLint's `--concurrency auto`: a linting thread keeps V8's garbage
 * collector threads busy on another core, and logical cores are often hyperthreads of one. On a
 * 2-vCPU machine (this project's, and a hosted CI runner) two workers took 6.9 s for the bench's
 * 2,000 posts against 4.8 s on one thread, so there `auto` lints on the main thread.
 */
const autoThreads = (): number => Math.max(1, availableParallelism() >> 1);

/**
 * Lints files in input order. Large runs go to a worker pool (see `autoThreads`); results are
 * identical to the single-thread path (tested) and are reported in input order.
 */
export async function runFiles(files: readonly string[], options: RunOptions): Promise<void> {
  const threads = options.concurrency === "auto" ? (files.length >= AUTO_MIN_FILES ? autoThreads() : 1) : Math.min(options.concurrency, availableParallelism() * MAX_THREADS_PER_CORE, Math.ceil(files.length / BATCH));
  const maxBytes = options.linterOptions.maxFileSize ?? DEFAULT_MAX_BYTES;
  const read = async (file: string): Promise<{ file: string; text?: string; failed?: LintResult; key?: string; cached?: LintResult }> => {
    try {
      const text = await readPostFile(file, maxBytes);
      if (!options.cache) return { file, text };
      // A post whose images changed is linted again: their sizes and times are part of the key.
      const stamp = options.linterOptions.images === false ? "" : await imagesStamp(text, path.dirname(file));
      const key = (await configKeyFor(options, path.dirname(file))) + stamp;
      return { file, text, key, ...withCached(options.cache.get(file, text, key)) };
    } catch (error) {
      if (error instanceof InputError) return { file, failed: fatalResult(file, error.reason, error.line ?? 1) };
      throw error;
    }
  };

  if (threads <= 1) {
    for (const file of files) {
      const item = await read(file);
      if (item.failed) await options.onResult(item.failed, undefined);
      else if (item.cached) await options.onResult(item.cached, item.cached.output ?? item.text, item.text);
      else {
        tierFor(item.text ?? "");
        const { result } = await options.fileLinter.lintText(item.text ?? "", file, path.dirname(file));
        if (item.key && !timedOut(result, options)) options.cache?.set(file, item.text ?? "", item.key, result);
        await options.onResult(result, result.output ?? item.text, item.text);
      }
    }
    return;
  }

  const { default: Tinypool } = await import("tinypool");
  const pool = new Tinypool({ filename: new URL("./lint-worker.js", import.meta.url).href, minThreads: threads, maxThreads: threads, isolateWorkers: false });
  try {
    const items = await Promise.all(files.map(read));
    const batches: { items: typeof items; promise: Promise<LintResult[]> | undefined }[] = [];
    const run = startingOnAFreeThread(pool, threads, options.linterOptions.timeBudgetMs);
    for (let i = 0; i < items.length; i += BATCH) {
      const slice = items.slice(i, i + BATCH);
      const posts = slice.filter((x) => x.text !== undefined && !x.cached).map((x) => ({ text: x.text as string, filePath: x.file, configDir: path.dirname(x.file) }));
      const task: WorkerTask = { options: options.linterOptions, posts };
      batches.push({ items: slice, promise: posts.length ? runBatch(run, task) : undefined });
    }
    for (const batch of batches) {
      const linted = batch.promise ? [...(await batch.promise)] : [];
      for (const item of batch.items) {
        if (item.failed) await options.onResult(item.failed, undefined);
        else if (item.cached) await options.onResult(item.cached, item.cached.output ?? item.text, item.text);
        else {
          const result = linted.shift() as LintResult;
          if (item.key && !timedOut(result, options)) options.cache?.set(item.file, item.text ?? "", item.key, result);
          await options.onResult(result, result.output ?? item.text, item.text);
        }
      }
    }
  } finally {
    await pool.destroy();
  }
}

type RunTask = (task: WorkerTask) => Promise<LintResult[]>;

/**
 * Runs a batch in the pool. Should its worker die (a post that exhausts the worker's memory or
 * stack) or overrun its time, each post is run again on its own, so only the post that kills or
 * stalls a worker gets a fatal result and the rest of the run is unaffected. A config error stays
 * the run's error.
 */
async function runBatch(run: RunTask, task: WorkerTask): Promise<LintResult[]> {
  try {
    return await run(task);
  } catch (error) {
    if (isConfigError(error)) throw error;
    const [only] = task.posts;
    if (only && task.posts.length === 1) return [failedAlone(only.filePath, error, task)];
    return Promise.all(
      task.posts.map(async (post) => {
        try {
          return (await run({ ...task, posts: [post] }))[0] as LintResult;
        } catch (alone) {
          if (isConfigError(alone)) throw alone;
          return failedAlone(post.filePath, alone, task);
        }
      }),
    );
  }
}

function failedAlone(filePath: string, error: unknown, task: WorkerTask): LintResult {
  const budget = task.options.timeBudgetMs;
  return error instanceof Error && error.name === "AbortError" && budget ? fatalResult(filePath, timeBudgetReason(budget)) : failedResult(filePath, error);
}

/** Time for a new worker to load the rules before its first post, on a busy machine. */
const WORKER_START_MS = 5_000;

/**
 * Runs tasks at most `threads` at a time, so each starts on a free worker as soon as it is
 * submitted and its time can be measured from then. Inside a worker the linter checks each post's
 * budget between steps; should one step never return (a plugin rule in an endless loop), the
 * worker is stopped once the whole batch is past its posts' budgets and replaced.
 */
function startingOnAFreeThread(pool: { run(task: WorkerTask, options?: { signal?: AbortSignal }): Promise<unknown> }, threads: number, budgetMs: number | undefined): RunTask {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async (task) => {
    // A finished task hands its thread straight to the next waiting one.
    if (running >= threads) await new Promise<void>((resolve) => waiting.push(resolve));
    else running++;
    try {
      const signal = budgetMs ? AbortSignal.timeout(budgetMs * (task.posts.length + 1) + WORKER_START_MS) : undefined;
      return (await pool.run(task, signal ? { signal } : {})) as LintResult[];
    } finally {
      const next = waiting.shift();
      if (next) next();
      else running--;
    }
  };
}

/** A post that ran out of time is not cached: on a less busy machine it may well be checked. */
function timedOut(result: LintResult, options: RunOptions): boolean {
  const budget = options.linterOptions.timeBudgetMs;
  return budget !== undefined && result.messages.some((m) => m.fatal && m.message === timeBudgetReason(budget));
}

/** Errors cross the worker boundary as plain errors that keep their name. */
function isConfigError(error: unknown): boolean {
  return error instanceof Error && error.name === "ConfigError";
}

function withCached(result: LintResult | undefined): { cached?: LintResult } {
  return result ? { cached: result } : {};
}

const keys = new Map<string, Promise<string>>();

/**
 * Linter options that cannot change a cached result; every other option is in the cache key, so
 * a new option (say `--no-inline-config`) invalidates the cache without anyone remembering to.
 * `--quiet` is not a linter option: it filters results after the cache.
 */
const NOT_IN_CACHE_KEY = new Set<string>(["cwd", "maxFileSize", "timeBudgetMs"]);

function optionsThatChangeResults(options: RunOptions["linterOptions"]): Record<string, unknown> {
  return Object.fromEntries(Object.entries(options).filter(([key]) => !NOT_IN_CACHE_KEY.has(key)).sort(([a], [b]) => a.localeCompare(b)));
}

/** The cache key for posts in `dir`: postlint version, rule packs, the config that applies and the options. */
function configKeyFor(options: RunOptions, dir: string): Promise<string> {
  let key = keys.get(dir);
  if (!key) {
    key = options.fileLinter.linterFor(dir).then((linter) =>
      configKeyOf({
        version: options.version,
        rules: linter.rules.map((r) => [r.rule.id, r.configured ?? null, r.options]),
        config: linter.config,
        options: optionsThatChangeResults(options.linterOptions),
        // Without --date a post is checked as of today (launch dates, embargoes): yesterday's
        // results may be stale.
        today: options.linterOptions.meta?.date ? null : new Date().toISOString().slice(0, 10),
      }),
    );
    keys.set(dir, key);
  }
  return key;
}
