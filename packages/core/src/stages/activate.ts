/**
 * Once per linter: which rules run, at which level and with which (validated) options, and the
 * clause titles their findings cite. Settings that name an unknown rule or clause are config errors.
 */
import { knownKeysAt, normalizeLevel, ruleOptionsOf } from "../config.js";
import { customRulePack } from "../custom-rules/index.js";
import { ConfigError } from "../errors.js";
import { clauseTitlesOf } from "../policy-clauses.js";
import { describeIssue, withSuggestion } from "../schema-errors.js";
import { compileVocabulary, splitVocabulary } from "../vocabulary.js";
import { RULE_CONFIG_KEYS, type AnyPolicyRule, type ClauseTitles, type ResolvedConfig, type RuleConfig, type RulePack } from "../types.js";
import type { ActiveRule } from "./types.js";

/** The packs with the config's own rules (`customRules`) added as a pack of their own. */
export function packsOf(packs: readonly RulePack[], config: ResolvedConfig): readonly RulePack[] {
  if (!config.customRules?.length) return packs;
  const builtIn = packs.flatMap((p) => p.rules.map((r) => r.id));
  return [...packs, customRulePack(config.customRules, builtIn, config.filePath)];
}

/** Clause id → title, from the packs and then the config's `policy.clauses`. */
export function clausesOf(packs: readonly RulePack[], config: ResolvedConfig): ClauseTitles {
  const clauses: ClauseTitles = {};
  for (const p of packs) Object.assign(clauses, p.clauses);
  Object.assign(clauses, clauseTitlesOf(config));
  return clauses;
}

/** Every rule id the config names (`rules`, `overrides[].rules`, `policy.map`) must exist, and every mapped clause. */
export function checkReferences(config: ResolvedConfig, rules: readonly AnyPolicyRule[], clauses: ClauseTitles): void {
  const known = rules.map((r) => r.id);
  const settings: [string, string][] = [
    ...Object.keys(config.rules).map((id): [string, string] => [id, `rules.${id}`]),
    ...(config.overrides ?? []).flatMap((o, i) => Object.keys(o.rules).map((id): [string, string] => [id, `overrides[${i}].rules.${id}`])),
    ...Object.keys(config.policy?.map ?? {}).map((id): [string, string] => [id, `policy.map.${id}`]),
  ];
  for (const [id, key] of settings) {
    if (!known.includes(id)) {
      throw new ConfigError({ file: config.filePath, key, message: withSuggestion(`unknown rule "${id}"`, id, known) });
    }
  }
  for (const [id, clause] of Object.entries(config.policy?.map ?? {})) {
    if (!clauses[clause]) throw new ConfigError({ file: config.filePath, key: `policy.map.${id}`, message: withSuggestion(`unknown clause "${clause}"; add it to policy.clauses`, clause, Object.keys(clauses)) });
  }
}

/** The rules that are not off, each with its configured level, validated options and vocabulary. */
export function activeRules(rules: readonly AnyPolicyRule[], config: ResolvedConfig): ActiveRule[] {
  const active: ActiveRule[] = [];
  for (const rule of rules) {
    const setting = config.rules[rule.id];
    const level = normalizeLevel(setting) ?? rule.meta.defaultSeverity;
    if (level === "off") continue;
    const { options: raw, vocabulary, error } = splitVocabulary(ruleOptionsOf(setting));
    if (error) throw new ConfigError({ file: config.filePath, key: `rules.${rule.id}[1].${error.key}`, message: error.message });
    active.push({ rule, configured: setting === undefined ? undefined : level, options: ruleOptions(rule, raw, config), ...(vocabulary ? { vocabulary: compileVocabulary(vocabulary) } : {}) });
  }
  return active;
}

function ruleOptions(rule: AnyPolicyRule, raw: Record<string, unknown>, config: ResolvedConfig): unknown {
  const schema = rule.meta.options;
  if (!schema) return raw;
  // Once a rule and linter: without zod's compiled fast path, as the config (see config.ts).
  const parsed = schema.safeParse(raw, { reportInput: true, jitless: true });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const { key, message } = issue ? describeIssue(issue, ["rules", rule.id, 1]) : { key: `rules.${rule.id}`, message: "invalid options" };
  const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  throw new ConfigError({ file: config.filePath, key, message: unknownKey !== undefined && issue ? withSuggestion(message, unknownKey, knownKeysAt(schema, issue.path)) : message });
}

/** What rules see of the config: the organization's data, without server settings, other rules' settings or paths. */
export function ruleConfigOf(config: ResolvedConfig): RuleConfig {
  const picked: Partial<Record<keyof ResolvedConfig, unknown>> = {};
  for (const key of RULE_CONFIG_KEYS) if (config[key] !== undefined) picked[key] = config[key];
  return picked as RuleConfig;
}

/** Each rule's one-off setup, run on first use and shared by every post of the linter. */
export function setupCache(ruleConfig: RuleConfig): (active: ActiveRule) => Promise<unknown> {
  const setups = new Map<AnyPolicyRule, Promise<unknown>>();
  return (active) => {
    let p = setups.get(active.rule);
    if (!p) {
      p = Promise.resolve(active.rule.setup?.({ config: ruleConfig, options: active.options }));
      setups.set(active.rule, p);
    }
    return p;
  };
}
