import { Worker } from "node:worker_threads";
import { ConfigError, type LintInput, type LintResult } from "@postlint/core";
import type { RuleInfo } from "../responses.js";
import type { FromWorker, ToWorker, WorkerInit } from "./protocol.js";
import { LintTimeoutError, OverloadedError, type LintEngine } from "./types.js";

export interface PoolOptions extends WorkerInit {
  size: number;
  /** Time one post may take in a worker before the worker is replaced. */
  timeoutMs: number;
  /** Posts waiting for a worker beyond this are refused with `OverloadedError`. */
  maxQueue: number;
  /** Heap cap per worker, so one hostile post cannot exhaust the machine's memory. */
  maxHeapMb?: number;
  /** Called when a worker is replaced (timeout or crash), for the server log. */
  onWorkerReplaced?: (reason: string) => void;
}

interface Task {
  id: number;
  input: LintInput;
  resolve(result: LintResult): void;
  reject(error: Error): void;
}

interface Slot {
  worker: Worker;
  /** Posts sent to this worker, oldest (the one running) first. */
  tasks: Task[];
  timer: NodeJS.Timeout | undefined;
}

const WORKER_URL = new URL("./worker.js", import.meta.url);
const YOUNG_GENERATION_MB = 64;
/**
 * Posts handed to a worker at once: the next one is already there when the current one ends, so
 * the worker never idles waiting for the main thread (worth ~15% throughput on a busy machine).
 */
const DEPTH = 2;

/** Starts `size` lint workers and resolves once every one has built and warmed up its linter. */
export async function createWorkerPool(options: PoolOptions): Promise<LintEngine> {
  const init: WorkerInit = { packs: options.packs, config: options.config, cwd: options.cwd, configDir: options.configDir };
  const slots: Slot[] = [];
  const queue: Task[] = [];
  let nextId = 1;
  let closing = false;
  let onIdle: (() => void) | undefined;

  const spawn = (): Promise<{ slot: Slot; rules: RuleInfo[] }> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(WORKER_URL, {
        workerData: init,
        // Capping only the old generation makes V8 shrink the young one too, and linting then
        // spends its time in scavenges (2-3x slower, measured); so the young one is set as well.
        ...(options.maxHeapMb ? { resourceLimits: { maxOldGenerationSizeMb: options.maxHeapMb, maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } } : {}),
      });
      const slot: Slot = { worker, tasks: [], timer: undefined };
      let ready = false;
      worker.on("message", (message: FromWorker) => {
        if (message.type === "ready") {
          ready = true;
          resolve({ slot, rules: message.rules });
        } else if (message.type === "init-failed") {
          void worker.terminate();
          reject(message.error.name === "ConfigError" ? new ConfigError({ message: message.error.message }) : new Error(message.error.message));
        } else finish(slot, message);
      });
      worker.on("error", (error) => {
        if (!ready) reject(error);
        else lose(slot, `a lint worker crashed: ${error.message}`);
      });
      worker.on("exit", () => {
        if (!ready) reject(new Error("a lint worker exited while starting"));
        else lose(slot, "a lint worker exited");
      });
    });

  /** The budget covers only the post the worker is running, not the one waiting behind it. */
  const startTimer = (slot: Slot): void => {
    clearTimeout(slot.timer);
    slot.timer = slot.tasks.length
      ? setTimeout(() => lose(slot, `a post took longer than ${options.timeoutMs} ms`, new LintTimeoutError(`the post could not be checked within ${options.timeoutMs} ms`)), options.timeoutMs)
      : undefined;
  };

  const finish = (slot: Slot, message: Extract<FromWorker, { id: number }>): void => {
    const task = slot.tasks[0];
    if (!task || task.id !== message.id) return;
    slot.tasks.shift();
    startTimer(slot);
    if (message.type === "done") task.resolve(message.result);
    else task.reject(Object.assign(new Error(message.error.message), { name: message.error.name }));
    dispatch();
  };

  const dispatch = (): void => {
    for (let depth = 1; depth <= DEPTH && queue.length; depth++) {
      for (const slot of slots) {
        if (slot.tasks.length >= depth) continue;
        const task = queue.shift();
        if (!task) break;
        slot.tasks.push(task);
        if (slot.tasks.length === 1) startTimer(slot);
        slot.worker.postMessage({ id: task.id, input: task.input } satisfies ToWorker);
      }
    }
    if (closing && slots.length === 0) for (const task of queue.splice(0)) task.reject(new OverloadedError("the server is shutting down"));
    if (closing && queue.length === 0 && slots.every((s) => s.tasks.length === 0)) onIdle?.();
  };

  /** Drops a worker that overran or died: fails its running post, requeues the one waiting, starts a replacement. */
  const lose = (slot: Slot, reason: string, error?: Error): void => {
    const index = slots.indexOf(slot);
    if (index === -1) return;
    slots.splice(index, 1);
    clearTimeout(slot.timer);
    const [running, ...waiting] = slot.tasks;
    slot.tasks = [];
    running?.reject(error ?? new Error(reason));
    queue.unshift(...waiting);
    void slot.worker.terminate();
    options.onWorkerReplaced?.(reason);
    if (!closing) replace();
    dispatch();
  };

  const replace = (): void => {
    spawn().then(
      ({ slot }) => {
        if (closing) return void slot.worker.terminate();
        slots.push(slot);
        dispatch();
      },
      (error: Error) => {
        options.onWorkerReplaced?.(`a replacement lint worker failed to start: ${error.message}`);
        if (!closing) setTimeout(replace, 1000).unref();
      },
    );
  };

  const started = await Promise.allSettled(Array.from({ length: Math.max(1, options.size) }, spawn));
  const failure = started.find((s): s is PromiseRejectedResult => s.status === "rejected");
  const ok = started.filter((s): s is PromiseFulfilledResult<{ slot: Slot; rules: RuleInfo[] }> => s.status === "fulfilled");
  if (failure) {
    await Promise.all(ok.map((s) => s.value.slot.worker.terminate()));
    throw failure.reason;
  }
  for (const s of ok) slots.push(s.value.slot);

  return {
    rules: ok[0]?.value.rules ?? [],
    lint(input) {
      if (closing) return Promise.reject(new OverloadedError("the server is shutting down"));
      if (queue.length >= options.maxQueue) return Promise.reject(new OverloadedError("too many posts are waiting to be checked"));
      return new Promise<LintResult>((resolve, reject) => {
        queue.push({ id: nextId++, input, resolve, reject });
        dispatch();
      });
    },
    async close() {
      closing = true;
      await new Promise<void>((resolve) => {
        onIdle = resolve;
        dispatch();
      });
      await Promise.all(slots.splice(0).map((s) => s.worker.terminate()));
    },
  };
}
