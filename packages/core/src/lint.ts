import { createLinter, type LintInput, type Linter } from "./linter.js";
import type { LintResult, ResolvedConfig, RulePack } from "./types.js";

export interface LintOptions extends Omit<LintInput, "text"> {
  /** Rule packs; default: the default pack, `@postlint/rules`, loaded on first use. */
  packs?: readonly RulePack[];
  config?: ResolvedConfig | Record<string, unknown>;
  reportUnusedDisable?: boolean;
}

const linters = new WeakMap<object, Map<readonly RulePack[] | undefined, Linter>>();
const NO_CONFIG = {};
let defaultPack: Promise<RulePack> | undefined;

/**
 * Lints one post. Linters are cached per config object, so call it with the same config object
 * to reuse compiled matchers.
 */
export async function lint(text: string, options: LintOptions = {}): Promise<LintResult> {
  const { packs, config, reportUnusedDisable, ...input } = options;
  const key = config ?? NO_CONFIG;
  let byPacks = linters.get(key);
  if (!byPacks) {
    byPacks = new Map<readonly RulePack[] | undefined, Linter>();
    linters.set(key, byPacks);
  }
  let linter = byPacks.get(packs);
  if (!linter) {
    linter = createLinter({ packs: packs ?? [await loadDefaultPack()], ...(config ? { config } : {}), ...(reportUnusedDisable ? { reportUnusedDisable } : {}) });
    byPacks.set(packs, linter);
  }
  return linter.lint({ ...input, text });
}

/** The default pack is a peer: core never names a rule, it only knows where the pack lives. */
export function loadDefaultPack(): Promise<RulePack> {
  const name = "@postlint/rules";
  defaultPack ??= (import(/* @vite-ignore */ name) as Promise<{ default: RulePack }>).then((m) => m.default);
  return defaultPack;
}
