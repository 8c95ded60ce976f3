// Loads the config in a short-lived thread, so every load (start and each SIGHUP) reads the file
// afresh: cosmiconfig's cache and the ESM module cache of a JS config both die with the thread.
import path from "node:path";
import { parentPort, workerData } from "node:worker_threads";
import { findConfig, loadConfigFile } from "@postlint/core/node";
import type { ConfigLoadReply, ConfigLoadRequest } from "./config.js";

const { configFile, cwd } = workerData as ConfigLoadRequest;
const reply = (message: ConfigLoadReply): void => parentPort?.postMessage(message);
try {
  const loaded = configFile ? await loadConfigFile(path.resolve(cwd, configFile)) : await findConfig(cwd);
  try {
    reply({ ok: true, config: loaded.config, filePath: loaded.filePath });
  } catch {
    // Only data crosses threads; a JS config can hold rule packs as objects.
    reply({ ok: false, name: "ConfigError", message: `${loaded.filePath ?? "config"}: plugins: name each plugin by its module path; rule packs given as objects cannot be used by the server` });
  }
} catch (error) {
  const e = error instanceof Error ? error : new Error(String(error));
  reply({ ok: false, name: e.name, message: e.message });
}
