/**
 * `createLinter`: the stages of a check put together. Once per linter: the config validated, the
 * active rules (stages/activate.ts). Per post: prepare (stages/prepare.ts), run the rules
 * (stages/run.ts), turn reports into findings (stages/findings.ts), with suppressions
 * (stages/suppressions.ts) deciding what is silenced; then fix passes and overrides here.
 */
import { canonicalConfig, isResolvedConfig, resolveConfig } from "./config.js";
import { applyFixes } from "./fixes.js";
import { applyOverrides, matchingOverrides, overrideTarget } from "./overrides.js";
import type { LintResult } from "./types.js";
import { activeRules, checkReferences, clausesOf, packsOf, ruleConfigOf, setupCache } from "./stages/activate.js";
import { deadlineOf, outOfTime } from "./stages/deadline.js";
import { failedResult } from "./stages/findings.js";
import { configuredNames } from "./stages/prepare.js";
import { runPost } from "./stages/run.js";
import type { Deadline, Engine, LintInput, Linter, LinterOptions } from "./stages/types.js";

export type { ActiveRule, LintInput, Linter, LinterOptions } from "./stages/types.js";
export { timeBudgetReason } from "./stages/deadline.js";
export { failedResult, fatalResult } from "./stages/findings.js";
export { SECTION_SIZE } from "./stages/prepare.js";

export function createLinter(options: LinterOptions): Linter {
  const engine = engineOf(options);
  const { config } = engine;

  /**
   * One post can never take down a run: a post postlint refuses (bad front matter, nesting too
   * deep) or fails to parse becomes a fatal result for that post alone. Rule crashes are caught
   * per rule (stages/run.ts).
   */
  const lintOnce = async (input: LintInput, imagePass: boolean, deadline: Deadline | undefined): Promise<LintResult> => {
    const filePath = input.filePath ?? "<text>";
    try {
      return await runPost(engine, input, { filePath, imagePass, deadline, lintImageText: (sub, d) => lintOnce(sub, true, d) });
    } catch (error) {
      return failedResult(filePath, error);
    }
  };

  const lintAndFix = async (input: LintInput): Promise<LintResult> => {
    // One budget for the whole check, fix passes included.
    const deadline = deadlineOf(input);
    let result = await lintOnce(input, false, deadline);
    if (!input.fix) return result;
    let text = input.text;
    // Fixes can uncover or overlap others; a few passes settle them, as in ESLint.
    for (let pass = 0; pass < 3; pass++) {
      const fixed = applyFixes(text, result.messages);
      if (fixed === text) break;
      text = fixed;
      result = await lintOnce({ ...input, text }, false, deadline);
      if (outOfTime(result, deadline)) return result;
    }
    if (text !== input.text) result.output = text;
    return result;
  };

  // Overrides: one linter per combination of matching overrides, made on first use.
  const variants = new Map<string, Linter>();
  const variantFor = (input: LintInput): Linter | undefined => {
    if (!config.overrides?.length) return undefined;
    const target = overrideTarget(input.text, input.filePath, input.meta ?? {}, input.fieldsFrom === "request", config);
    const matching = matchingOverrides(config.overrides, target);
    if (!matching.length) return undefined;
    const key = matching.join(",");
    let variant = variants.get(key);
    if (!variant) variants.set(key, (variant = createLinter({ ...options, config: applyOverrides(config, matching) })));
    return variant;
  };

  return {
    config,
    rules: engine.rules,
    async lint(raw) {
      const input = typeof raw === "string" ? { text: raw } : raw;
      try {
        const variant = variantFor(input);
        if (variant) return await variant.lint(input);
        return await lintAndFix(input);
      } catch (error) {
        return failedResult(input.filePath ?? "<text>", error);
      }
    },
  };
}

/** What a linter holds for every post: the config validated, its rules activated, their clauses. */
function engineOf(options: LinterOptions): Engine {
  const given = isResolvedConfig(options.config) ? options.config : resolveConfig(options.config ?? {});
  const packs = packsOf(options.packs, given);
  const allRules = packs.flatMap((p) => p.rules);
  // Deprecated rule options join the config list they stand for, for every config a linter runs
  // with (raw, resolved, or an `overrides` variant): rules see one spelling.
  const config = canonicalConfig(given, allRules, options.onNotice);
  const clauses = clausesOf(packs, config);
  checkReferences(config, allRules, clauses);
  const rules = activeRules(allRules, config);
  const ruleConfig = ruleConfigOf(config);
  return { config, ruleConfig, rules, clauses, names: configuredNames(config), reportUnusedDisable: options.reportUnusedDisable ?? false, setupOf: setupCache(ruleConfig) };
}
