// A lint worker: builds its own linter once from the config it is given, then lints posts one at
// a time. The pool terminates it when a post overruns its time budget.
import { parentPort, workerData } from "node:worker_threads";
import { createLinter, type LintResult } from "@postlint/core";
import { loadPacks } from "./packs.js";
import { describeRules } from "./rule-info.js";
import type { FromWorker, ToWorker, WorkerInit } from "./protocol.js";
import { warmUp } from "./warm-up.js";

const port = parentPort;
if (!port) throw new Error("worker.js runs as a worker thread of @postlint/server");
const send = (message: FromWorker): void => port.postMessage(message);
const init = workerData as WorkerInit;

try {
  const packs = await loadPacks(init.packs, init.config, init.cwd, init.configDir);
  const linter = createLinter({ packs, config: init.config });
  await warmUp(linter);
  // The pool sends the next post before this one is done, so the thread never waits for it;
  // posts still run strictly one after another, which the pool's time budget relies on.
  const waiting: ToWorker[] = [];
  let busy = false;
  const next = async (): Promise<void> => {
    busy = true;
    for (let task = waiting.shift(); task; task = waiting.shift()) {
      try {
        const result: LintResult = await linter.lint(task.input);
        send({ type: "done", id: task.id, result });
      } catch (error) {
        send({ type: "failed", id: task.id, error: describe(error) });
      }
    }
    busy = false;
  };
  port.on("message", (task: ToWorker) => {
    waiting.push(task);
    if (!busy) void next();
  });
  send({ type: "ready", rules: describeRules(linter) });
} catch (error) {
  send({ type: "init-failed", error: describe(error) });
}

function describe(error: unknown): { name: string; message: string } {
  return error instanceof Error ? { name: error.name, message: error.message } : { name: "Error", message: String(error) };
}
