import { availableParallelism } from "node:os";
import path from "node:path";
import { failedResult, fatalResult, InputError, type LintResult } from "@postlint/core";
import { configKeyOf, imagesStamp, type FileLinter, type FileLinterOptions, type LintCache, readPostFile, DEFAULT_MAX_BYTES } from "@postlint/core/node";
import type { WorkerTask } from "./lint-worker.js";

export interface RunOptions {
  fileLinter: FileLinter;
  linterOptions: Omit<FileLinterOptions, "packs">;
  /** Worker threads: a number, or "auto" (all cores once the run is large enough to pay). */
  concurrency: number | "auto";
  cache?: LintCache;
  version: string;
  /** `text` is what to show excerpts from (the fixed text, if fixed); `read` is the text as read from disk. */
  onResult(result: LintResult, text: string | undefined, read?: string): void | Promise<void>;
}

/** More threads than this per core, or than batches, only cost memory: 99999 ran V8 out of memory. */
export const MAX_THREADS_PER_CORE = 4;
/** Below this many posts, starting workers costs more than it saves. */
const AUTO_MIN_FILES = 200;
const BATCH = 25;

/**
 * Lints files in input order. Large runs go to a worker pool over all cores; results are
 * identical to the single-thread path (tested) and are reported in input order.
 */
export async function runFiles(files: readonly string[], options: RunOptions): Promise<void> {
  const threads = options.concurrency === "auto" ? (files.length >= AUTO_MIN_FILES ? availableParallelism() : 1) : Math.min(options.concurrency, availableParallelism() * MAX_THREADS_PER_CORE, Math.ceil(files.length / BATCH));
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
        const { result } = await options.fileLinter.lintText(item.text ?? "", file, path.dirname(file));
        if (item.key) options.cache?.set(file, item.text ?? "", item.key, result);
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
    for (let i = 0; i < items.length; i += BATCH) {
      const slice = items.slice(i, i + BATCH);
      const posts = slice.filter((x) => x.text !== undefined && !x.cached).map((x) => ({ text: x.text as string, filePath: x.file, configDir: path.dirname(x.file) }));
      const task: WorkerTask = { options: options.linterOptions, posts };
      batches.push({ items: slice, promise: posts.length ? runBatch(pool, task) : undefined });
    }
    for (const batch of batches) {
      const linted = batch.promise ? [...(await batch.promise)] : [];
      for (const item of batch.items) {
        if (item.failed) await options.onResult(item.failed, undefined);
        else if (item.cached) await options.onResult(item.cached, item.cached.output ?? item.text, item.text);
        else {
          const result = linted.shift() as LintResult;
          if (item.key) options.cache?.set(item.file, item.text ?? "", item.key, result);
          await options.onResult(result, result.output ?? item.text, item.text);
        }
      }
    }
  } finally {
    await pool.destroy();
  }
}

/**
 * Runs a batch in the pool. Should its worker die (a post that exhausts the worker's memory or
 * stack), each post is run again on its own, so only the post that kills a worker gets a fatal
 * result and the rest of the run is unaffected. A config error stays the run's error.
 */
async function runBatch(pool: { run(task: WorkerTask): Promise<unknown> }, task: WorkerTask): Promise<LintResult[]> {
  try {
    return (await pool.run(task)) as LintResult[];
  } catch (error) {
    if (isConfigError(error)) throw error;
    const [only] = task.posts;
    if (only && task.posts.length === 1) return [failedResult(only.filePath, error)];
    return Promise.all(
      task.posts.map(async (post) => {
        try {
          return ((await pool.run({ ...task, posts: [post] })) as LintResult[])[0] as LintResult;
        } catch (alone) {
          if (isConfigError(alone)) throw alone;
          return failedResult(post.filePath, alone);
        }
      }),
    );
  }
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
const NOT_IN_CACHE_KEY = new Set<string>(["cwd", "maxFileSize"]);

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
