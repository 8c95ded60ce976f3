import { readdirSync, readFileSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { cosmiconfig, type PublicExplorer } from "cosmiconfig";
import { parseDocument } from "yaml";
import { resolveConfig } from "../config.js";
import { ConfigError } from "../errors.js";
import { customRuleSchema, type CustomRuleDef } from "../policy-config.js";
import { describeIssue } from "../schema-errors.js";

/**
 * `extends` as ESLint users expect: files relative to the config, npm packages resolved from the
 * config's folder, merged in order (later wins; objects deep-merged, arrays replaced), the config's
 * own keys last. `sources` records which file set each key, for `--print-config`.
 */
export interface ExtendedConfig {
  raw: Record<string, unknown>;
  /** Key path (`rules.profanity`, `organization.name`) → the file that set it. */
  sources: Record<string, string>;
}

let explorer: PublicExplorer | undefined;
const loader = (): PublicExplorer => (explorer ??= cosmiconfig("postlint", { searchStrategy: "none" }));

export async function resolveExtends(raw: unknown, file: string, validateOne: (raw: unknown, file: string) => void, stack: string[] = []): Promise<ExtendedConfig> {
  const own = (typeof raw === "object" && raw !== null ? { ...(raw as Record<string, unknown>) } : {}) as Record<string, unknown>;
  const ext = own.extends;
  delete own.extends;
  const dir = path.dirname(file);
  if (typeof own.rulesDir === "string") own.rulesDir = path.resolve(dir, own.rulesDir);
  let merged: Record<string, unknown> = {};
  const sources: Record<string, string> = {};
  const list = ext === undefined ? [] : Array.isArray(ext) ? ext : [ext];
  for (const [i, spec] of list.entries()) {
    const key = Array.isArray(ext) ? `extends[${i}]` : "extends";
    if (typeof spec !== "string") throw new ConfigError({ file: display(file), key, message: "expected a file path or an npm package name" });
    const target = resolveSpec(spec, dir, file, key);
    if (stack.includes(target) || target === file) {
      throw new ConfigError({ file: display(file), key, message: `extends cycle: ${[...stack, file, target].map(display).join(" → ")}` });
    }
    let loaded;
    try {
      loaded = await loader().load(target);
    } catch (error) {
      throw new ConfigError({ file: display(target), message: `cannot be parsed: ${(error as Error).message.split("\n")[0]}` });
    }
    const base: unknown = loaded?.config ?? {};
    validateOne(withoutExtends(base), target);
    const child = await resolveExtends(base, target, validateOne, [...stack, file]);
    merged = merge(merged, child.raw, sources, child.sources);
  }
  const ownSources: Record<string, string> = {};
  record(own, [], display(file), ownSources);
  merged = merge(merged, own, sources, ownSources);
  return { raw: merged, sources };
}

function withoutExtends(raw: unknown): unknown {
  if (typeof raw !== "object" || raw === null) return raw;
  const { extends: _e, ...rest } = raw as Record<string, unknown>;
  return rest;
}

function resolveSpec(spec: string, dir: string, file: string, key: string): string {
  if (spec.startsWith(".") || path.isAbsolute(spec)) {
    const target = path.resolve(dir, spec);
    try {
      statSync(target);
    } catch {
      throw new ConfigError({ file: display(file), key, message: `cannot find "${spec}" (looked for ${display(target)})` });
    }
    return target;
  }
  try {
    return createRequire(path.join(dir, "noop.js")).resolve(spec);
  } catch {
    throw new ConfigError({ file: display(file), key, message: `cannot find the package "${spec}"; install it (pnpm add -D ${spec}) or give a path starting with "./"` });
  }
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date);

/** ESLint flat-config merging: objects deep-merged, arrays and scalars replaced. */
function merge(a: Record<string, unknown>, b: Record<string, unknown>, sources: Record<string, string>, bSources: Record<string, string>): Record<string, unknown> {
  const out = deepMerge(a, b) as Record<string, unknown>;
  for (const k of Object.keys(sources)) if (Object.keys(bSources).some((p) => p === k || k.startsWith(`${p}.`) || p.startsWith(`${k}.`))) delete sources[k];
  Object.assign(sources, bSources);
  return out;
}

function deepMerge(a: unknown, b: unknown): unknown {
  if (!isObject(a) || !isObject(b)) return b;
  const out: Record<string, unknown> = { ...a };
  for (const [k, v] of Object.entries(b)) out[k] = k in out ? deepMerge(out[k], v) : v;
  return out;
}

/** Records the file of every key down to the second level (`rules.profanity`, `organization.name`). */
function record(value: Record<string, unknown>, prefix: string[], file: string, out: Record<string, string>): void {
  for (const [k, v] of Object.entries(value)) {
    const p = [...prefix, k];
    if (isObject(v) && p.length < 2) record(v, p, file, out);
    else out[p.join(".")] = file;
  }
}

/** Reads the YAML rule files of `rulesDir` (each a rule, or a list of rules), with `file:line` errors. */
export function loadRulesDir(dir: string, configFile: string): { rules: CustomRuleDef[]; files: Map<string, string> } {
  let names: string[];
  try {
    names = readdirSync(dir).filter((f) => /\.ya?ml$/.test(f)).sort();
  } catch {
    throw new ConfigError({ file: display(configFile), key: "rulesDir", message: `cannot read the folder ${display(dir)}` });
  }
  const rules: CustomRuleDef[] = [];
  const files = new Map<string, string>();
  for (const name of names) {
    const file = path.join(dir, name);
    const text = readFileSync(file, "utf8");
    const doc = parseDocument(text);
    if (doc.errors.length) {
      const e = doc.errors[0];
      throw new ConfigError({ file: display(file), ...(e?.linePos?.[0] ? { line: e.linePos[0].line } : {}), message: `cannot be parsed: ${e?.message.split("\n")[0] ?? "invalid YAML"}` });
    }
    const cut = hashtagComment(text);
    if (cut) throw new ConfigError({ file: display(file), line: cut.line, message: `“${cut.tag}” starts a YAML comment here, so the text is cut off before it; put the value in quotes` });
    const data: unknown = doc.toJS();
    const items = Array.isArray(data) ? data : [data];
    for (const [i, item] of items.entries()) {
      const parsed = customRuleSchema.safeParse(item, { reportInput: true });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const base = Array.isArray(data) ? [i] : [];
        const { key, message } = issue ? describeIssue(issue, base) : { key: "", message: "invalid rule" };
        const keyPath = [...base, ...(issue?.path ?? []).map((p) => (typeof p === "symbol" ? String(p) : p))];
        if (issue?.code === "unrecognized_keys") keyPath.push(issue.keys[0] ?? "");
        throw new ConfigError({ file: display(file), key: key || "(rule)", ...lineOf(doc, text, keyPath), message });
      }
      rules.push(parsed.data);
      files.set(parsed.data.id, display(file));
    }
  }
  return { rules, files };
}

function lineOf(doc: ReturnType<typeof parseDocument>, text: string, keyPath: (string | number)[]): { line?: number } {
  let node = doc.contents as { items?: unknown[]; range?: number[] } | null;
  let offset = node?.range?.[0];
  for (const k of keyPath) {
    const items = node?.items as { key?: { value?: unknown; range?: number[] }; value?: unknown; range?: number[] }[] | undefined;
    if (!items) break;
    if (typeof k === "number") {
      const item = items[k];
      if (!item) break;
      node = item;
      offset = item.range?.[0] ?? offset;
    } else {
      const pair = items.find((p) => p.key?.value === k);
      if (!pair) break;
      offset = pair.key?.range?.[0] ?? offset;
      node = pair.value as typeof node;
    }
  }
  return offset === undefined ? {} : { line: text.slice(0, offset).split("\n").length };
}

/** Validates one file of an `extends` chain on its own, so errors name the file that has them. */
export function validatePartial(lineOfFile: (file: string, keyPath: (string | number)[]) => number | undefined) {
  return (raw: unknown, file: string): void => {
    resolveConfig(raw, { file: display(file), lineOf: (p) => lineOfFile(file, p) });
  };
}

function display(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith("..") ? rel : file;
}

/**
 * `suggest: Keep #Northwind first` reads as `Keep` plus a comment: YAML comments start at " #".
 * A comment that starts with a word right after `#` on a line with a plain value is a hashtag.
 */
function hashtagComment(text: string): { line: number; tag: string } | undefined {
  const lines = text.split("\n");
  for (const [i, line] of lines.entries()) {
    const m = /^[^"'#]*:\s+[^"'\s#[{][^#]*\s(#[\p{L}\p{N}_]+)/u.exec(line);
    if (m?.[1]) return { line: i + 1, tag: m[1] };
  }
  return undefined;
}
