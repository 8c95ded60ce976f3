import path from "node:path";
import { pathToFileURL } from "node:url";
import { ConfigError, type ResolvedConfig, type RulePack } from "@postlint/core";
import { loadPlugins } from "@postlint/core/node";

/** The default pack, named so worker threads can import it themselves. */
export const DEFAULT_PACKS: readonly string[] = ["@postlint/rules"];

/**
 * Packs given by name are imported from here (so `@postlint/rules` resolves to the server's own
 * dependency) or, when they look like paths, from `cwd`. The config's `plugins` come last.
 */
export async function loadPacks(specs: readonly (RulePack | string)[], config: ResolvedConfig, cwd: string, configDir: string): Promise<RulePack[]> {
  const packs: RulePack[] = [];
  for (const spec of specs) {
    if (typeof spec !== "string") {
      packs.push(spec);
      continue;
    }
    const target = /^(\.{1,2}[\\/]|\/|[A-Za-z]:[\\/])/.test(spec) ? pathToFileURL(path.resolve(cwd, spec)).href : spec;
    let mod: { default?: unknown };
    try {
      mod = (await import(target)) as { default?: unknown };
    } catch (error) {
      throw new ConfigError({ key: "packs", message: `cannot load rule pack "${spec}": ${(error as Error).message.split("\n")[0] ?? ""}` });
    }
    const pack = (mod.default ?? mod) as Partial<RulePack>;
    if (!Array.isArray(pack.rules)) throw new ConfigError({ key: "packs", message: `"${spec}" is not a postlint rule pack: expected a default export with a "rules" list` });
    packs.push({ name: pack.name ?? spec, rules: pack.rules, ...(pack.clauses ? { clauses: pack.clauses } : {}) });
  }
  return [...packs, ...(await loadPlugins(config, configDir))];
}
