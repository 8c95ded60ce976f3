import { createLinter, type ResolvedConfig, type RulePack } from "@postlint/core";
import { loadPacks } from "./packs.js";
import { describeRules } from "./rule-info.js";
import type { LintEngine } from "./types.js";
import { warmUp } from "./warm-up.js";

export interface InProcessOptions {
  packs: readonly (RulePack | string)[];
  config: ResolvedConfig;
  cwd: string;
  configDir: string;
}

/**
 * Lints on the server's own thread: no thread hop, and packs may be objects. A post that takes
 * long blocks every other request meanwhile, so this is for library use and tests, not the default.
 */
export async function createInProcessEngine(options: InProcessOptions): Promise<LintEngine> {
  const packs = await loadPacks(options.packs, options.config, options.cwd, options.configDir);
  const linter = createLinter({ packs, config: options.config });
  await warmUp(linter);
  const running = new Set<Promise<unknown>>();
  return {
    rules: describeRules(linter),
    lint(input) {
      const p = linter.lint(input);
      running.add(p);
      const forget = (): void => void running.delete(p);
      p.then(forget, forget);
      return p;
    },
    async close() {
      await Promise.allSettled([...running]);
    },
  };
}
