import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { cosmiconfig, type PublicExplorer } from "cosmiconfig";
import { isMap, isSeq, parseDocument, type Node as YamlNode } from "yaml";
import { resolveConfig } from "../config.js";
import { ConfigError } from "../errors.js";
import type { ResolvedConfig, RulePack } from "../types.js";
import { loadRulesDir, resolveExtends, validatePartial } from "./extends.js";

export interface LoadedConfig {
  config: ResolvedConfig;
  /** Absolute path of the config file, or undefined when none was found. */
  filePath: string | undefined;
  /** Key path → the file that set it, when the config `extends` others (`--print-config`). */
  sources?: Record<string, string>;
}

const explorers = new Map<string, PublicExplorer>();

function explorer(): PublicExplorer {
  let e = explorers.get("postlint");
  if (!e) {
    e = cosmiconfig("postlint", { searchStrategy: "global" });
    explorers.set("postlint", e);
  }
  return e;
}

/**
 * Forgets every config file read so far, so the next search reads them again (`postlint lsp`
 * when a `.postlintrc*` changes). JS configs stay cached by Node's ESM loader.
 */
export function clearConfigCache(): void {
  explorers.get("postlint")?.clearCaches();
}

/** Finds the config for a post by searching upward from `dir` (cosmiconfig, module `postlint`). */
export async function findConfig(dir: string): Promise<LoadedConfig> {
  let found;
  try {
    found = await explorer().search(dir);
  } catch (error) {
    throw toConfigError(error);
  }
  if (!found || found.isEmpty) return { config: resolveConfig({}, found ? { file: display(found.filepath) } : {}), filePath: found?.filepath };
  return { ...(await validate(found.config, found.filepath)), filePath: found.filepath };
}

/** Loads the file given with `--config`. */
export async function loadConfigFile(file: string): Promise<LoadedConfig> {
  const abs = path.resolve(file);
  let loaded;
  try {
    loaded = await explorer().load(abs);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new ConfigError({ file: display(abs), message: "config file not found" });
    throw toConfigError(error, abs);
  }
  return { ...(await validate(loaded?.config ?? {}, abs)), filePath: abs };
}

async function validate(raw: unknown, file: string): Promise<{ config: ResolvedConfig; sources?: Record<string, string> }> {
  const source = { file: display(file), lineOf: (keyPath: (string | number)[]) => yamlLineOf(file, keyPath) };
  const r = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  if (r.extends === undefined && r.rulesDir === undefined) return { config: withBase(resolveConfig(raw, source), file) };
  // Each file of the chain is checked on its own first, so an error names the file that has it.
  const { extends: _extends, ...own } = r;
  resolveConfig(own, source);
  const { raw: merged, sources } = await resolveExtends(raw, file, validatePartial(yamlLineOf));
  const config = withBase(resolveConfig(merged, source), file);
  if (config.rulesDir) {
    const { rules, files } = loadRulesDir(config.rulesDir, file);
    config.customRules = [...(config.customRules ?? []), ...rules];
    for (const id of files.keys()) sources[`customRules.${id}`] = files.get(id) as string;
  }
  return { config, sources };
}

function withBase(config: ResolvedConfig, file: string): ResolvedConfig {
  config.baseDir = path.dirname(file);
  return config;
}

/** The line of a key in a YAML (or JSON) config, so errors can say `file:line`. */
function yamlLineOf(file: string, keyPath: (string | number)[]): number | undefined {
  if (!/(\.ya?ml|\.postlintrc|\.json)$/.test(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return undefined;
  }
  const doc = parseDocument(text);
  let node: YamlNode | null | undefined = doc.contents;
  let offset: number | undefined = node?.range?.[0];
  for (const key of keyPath) {
    if (isMap(node)) {
      const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
      if (!pair) break;
      offset = (pair.key as YamlNode).range?.[0];
      node = pair.value as YamlNode | null;
    } else if (isSeq(node) && typeof key === "number") {
      node = node.items[key] as YamlNode | null;
      offset = node?.range?.[0] ?? offset;
    } else break;
  }
  if (offset === undefined) return undefined;
  return text.slice(0, offset).split("\n").length;
}

function toConfigError(error: unknown, file?: string): ConfigError {
  const e = error as Error & { mark?: { line?: number }; filepath?: string; reason?: string };
  const where = file ?? e.filepath;
  const reason = (e.reason ?? e.message ?? String(error)).split("\n")[0] ?? "cannot be read";
  return new ConfigError({
    ...(where ? { file: display(where) } : {}),
    ...(e.mark?.line !== undefined ? { line: e.mark.line + 1 } : {}),
    message: `cannot be parsed: ${reason.replace(/(?<!\s)\s*\(\d+:\d+\)$/, "")}`,
  });
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

/** Loads `plugins: [...]` named in a config, resolved from the config's folder, as rule packs. */
export async function loadPlugins(config: ResolvedConfig, fromDir: string): Promise<RulePack[]> {
  const packs: RulePack[] = [];
  for (const [i, plugin] of config.plugins.entries()) {
    if (typeof plugin !== "string") {
      packs.push(plugin);
      continue;
    }
    const require = createRequire(path.join(fromDir, "noop.js"));
    const target = (): string => {
      try {
        return pathToFileURL(require.resolve(plugin)).href;
      } catch {
        return plugin.startsWith(".") ? pathToFileURL(path.resolve(fromDir, plugin)).href : plugin;
      }
    };
    packs.push(await importPack(plugin, () => import(target()), { what: "plugin", key: `plugins[${i}]`, ...(config.filePath ? { file: config.filePath } : {}) }));
  }
  return packs;
}

/**
 * Imports a rule pack (`plugins` in a config, the server's `packs`): its default export, or the
 * module itself, must have a `rules` list. Failures are config errors naming `key` (and `file`).
 * `load` imports it from the caller's module, so a bare name resolves among the caller's dependencies.
 */
export async function importPack(spec: string, load: () => Promise<unknown>, where: { what: string; key: string; file?: string }): Promise<RulePack> {
  const at = { ...(where.file ? { file: where.file } : {}), key: where.key };
  let mod: { default?: unknown };
  try {
    mod = (await load()) as { default?: unknown };
  } catch (error) {
    throw new ConfigError({ ...at, message: `cannot load ${where.what} "${spec}": ${(error as Error).message.split("\n")[0] ?? ""}` });
  }
  const pack = (mod.default ?? mod) as Partial<RulePack> | null;
  if (!pack || !Array.isArray(pack.rules)) {
    throw new ConfigError({ ...at, message: `"${spec}" is not a postlint rule pack: expected a default export with a "rules" list` });
  }
  return { name: pack.name ?? spec, rules: pack.rules, ...(pack.clauses ? { clauses: pack.clauses } : {}) };
}

/**
 * Adds the line to a config error raised after validation (unknown rule ids, rule options),
 * where only the key path is known: `rules.profanity[1].minConfidence` → its line in the file.
 */
export function withConfigLine(error: ConfigError, configFile: string | undefined): ConfigError {
  if (error.line !== undefined || !error.key || !configFile) return error;
  const keyPath = [...error.key.matchAll(/([^.[\]]+)|\[(\d+)\]/g)].map((m) => (m[2] !== undefined ? Number(m[2]) : (m[1] ?? "")));
  const line = yamlLineOf(configFile, keyPath);
  if (line === undefined) return error;
  return new ConfigError({ ...(error.file ? { file: error.file } : {}), key: error.key, ...(error.expected ? { expected: error.expected } : {}), line, message: error.reason });
}
