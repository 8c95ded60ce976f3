import path from "node:path";
import { pathToFileURL } from "node:url";
import type { ResolvedConfig, RulePack } from "@postlint/core";
import { importPack, loadPlugins } from "@postlint/core/node";

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
    const target = () => (/^(\.{1,2}[\\/]|\/|[A-Za-z]:[\\/])/.test(spec) ? pathToFileURL(path.resolve(cwd, spec)).href : spec);
    packs.push(await importPack(spec, () => import(target()), { what: "rule pack", key: "packs" }));
  }
  return [...packs, ...(await loadPlugins(config, configDir))];
}
