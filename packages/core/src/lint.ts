import { createLinter, type LintInput, type Linter } from "./linter.js";
import type { LintResult, ResolvedConfig, RulePack } from "./types.js";

export interface LintOptions extends Omit<LintInput, "text"> {
  /** Rule packs; default: the default pack, `@postlint/rules`, loaded on first use. */
  packs?: readonly RulePack[];
  config?: ResolvedConfig | Record<string, unknown>;
  reportUnusedDisable?: boolean;
}

// Keyed by config object, then packs, then whether unused directives are reported: each changes the linter.
const linters = new WeakMap<object, Map<readonly RulePack[] | undefined, Map<boolean, Linter>>>();
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
    byPacks = new Map();
    linters.set(key, byPacks);
  }
  let byFlag = byPacks.get(packs);
  if (!byFlag) {
    byFlag = new Map();
    byPacks.set(packs, byFlag);
  }
  const unused = reportUnusedDisable ?? false;
  let linter = byFlag.get(unused);
  if (!linter) {
    linter = createLinter({ packs: packs ?? [await loadDefaultPack()], ...(config ? { config } : {}), ...(unused ? { reportUnusedDisable: true } : {}) });
    byFlag.set(unused, linter);
  }
  return linter.lint({ ...input, text });
}

/** The default pack, found by name beside core (not a declared dependency: see DESIGN.md); core never names a rule. */
export function loadDefaultPack(): Promise<RulePack> {
  const name = "@postlint/rules";
  defaultPack ??= (import(/* @vite-ignore */ name) as Promise<{ default: RulePack }>).then((m) => m.default);
  return defaultPack;
}
