import { z } from "zod";
import { daySchema } from "./dates.js";
import { ConfigError } from "./errors.js";
import { describeIssue, formatPath, withSuggestion } from "./schema-errors.js";
import { policyConfigShape } from "./policy-config.js";
import { ACCOUNTS, LANGUAGES, PLATFORMS, type AnyPolicyRule, type ConfigListKey, type ResolvedConfig, type RuleLevel, type RuleSetting } from "./types.js";

const strings = z.array(z.string());
const day = daySchema({ time: false, trim: false, expected: "expected a date as YYYY-MM-DD" });

/** A rule level as people write it: ESLint numbers and YAML 1.1 booleans included. */
const level = z.union([z.enum(["error", "warn", "off"]), z.literal(0), z.literal(1), z.literal(2), z.literal(false)], {
  error: (issue) => levelMistake(issue.input, `expected "error", "warn" or "off", got ${JSON.stringify(issue.input)}`),
});
const ruleSetting = z.union([level, z.tuple([level]), z.tuple([level, z.record(z.string(), z.unknown())])], {
  error: (issue) => levelMistake(issue.input, `expected "error", "warn", "off" or [level, { options }], got ${JSON.stringify(issue.input)}`),
});
/** A mistyped level gets the nearest one: `got "eror"; did you mean "error"?`. */
function levelMistake(input: unknown, message: string): string {
  return typeof input === "string" ? withSuggestion(message, input, ["error", "warn", "off"]) : message;
}
const gateLevel = z.enum(["error", "warn", "never"]);

/**
 * A confidential term is literal text matched as words, never a pattern: `*` or `.*` would be
 * read as "every word". A term needs at least one letter or digit.
 */
const literalTerm = z.string().refine((term) => /[\p{L}\p{N}]/u.test(term), {
  error: (issue) => `expected a word or phrase (terms are literal text, not patterns), got ${JSON.stringify(issue.input)}`,
});

const configSchema = z.strictObject({
  organization: z
    .strictObject({ name: z.string().optional(), aliases: strings.default([]), competitors: strings.default([]), domains: strings.default([]) })
    .default({ aliases: [], competitors: [], domains: [] }),
  products: z.array(z.strictObject({ name: z.string().min(1), aliases: strings.default([]), launch: day.optional() })).default([]),
  spokespeople: strings.default([]),
  disclaimers: strings.default([]),
  brand: z
    .strictObject({
      hashtags: z.strictObject({ required: strings.default([]) }).default({ required: [] }),
      banned: strings.default([]),
      substitutions: z.record(z.string(), z.string()).default({}),
    })
    .default({ hashtags: { required: [] }, banned: [], substitutions: {} }),
  confidential: z.strictObject({ terms: z.array(literalTerm).default([]) }).default({ terms: [] }),
  personalData: z.strictObject({ allow: strings.default([]) }).default({ allow: [] }),
  /** Authors who know unpublished results (executives, finance, investor relations): financial hints in their posts are errors. */
  financialDisclosure: z.strictObject({ insiders: strings.default([]) }).default({ insiders: [] }),
  defaultLanguage: z.enum(LANGUAGES).optional(),
  lang: z.enum([...LANGUAGES, "auto"]).optional(),
  platform: z.enum(PLATFORMS).optional(),
  account: z.enum(ACCOUNTS).optional(),
  rules: z.record(z.string(), ruleSetting).default({}),
  plugins: z.array(z.union([z.string(), z.custom<object>((v) => typeof v === "object" && v !== null && "rules" in v)])).default([]),
  gate: z
    .strictObject({ block: gateLevel.default("error"), review: gateLevel.default("warn"), honorSuppressions: z.boolean().default(false) })
    .default({ block: "error", review: "warn", honorSuppressions: false }),
  server: z
    .strictObject({
      tokens: strings.default([]),
      // `postlint serve` with a review queue: how long post text is kept, and where callbacks may go.
      retention: z.strictObject({ text: z.string().regex(/^\d+[mhd]$/, "a duration such as 30d, 12h or 90m").optional() }).default({}),
      webhooks: z.strictObject({ allowHosts: strings.default([]) }).default({ allowHosts: [] }),
    })
    .default({ tokens: [], retention: {}, webhooks: { allowHosts: [] } }),
  images: z
    .union([
      z.literal(false),
      z.literal(true).transform(() => ({ ocr: true, timeoutMs: 10_000 })),
      z.strictObject({ ocr: z.boolean().default(true), timeoutMs: z.number().int().positive().default(10_000) }),
    ])
    .default({ ocr: true, timeoutMs: 10_000 }),
  ...policyConfigShape,
});

export interface ConfigSource {
  /** The file the config came from, named in errors. */
  file?: string;
  /** Maps a key path to its line in the file, when known. */
  lineOf?: (path: (string | number)[]) => number | undefined;
}

/** Validates a raw config object. Throws a `ConfigError` naming the file, key and what was expected. */
export function resolveConfig(raw: unknown, source: ConfigSource = {}): ResolvedConfig {
  rejectPrototypeKeys(raw, source);
  // Without zod's compiled fast path (`jitless`): a run validates its config once, and compiling
  // the schema's objects with `new Function` (code no code cache keeps) cost more than it saved.
  const parsed = configSchema.safeParse(raw ?? {}, { reportInput: true, jitless: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    if (!issue) throw new ConfigError({ file: source.file, message: "invalid configuration" });
    const { key, message } = describeIssue(issue);
    const unknownKey = issue.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0] ?? ""] : issue.path;
    throw new ConfigError({
      file: source.file,
      key,
      line: source.lineOf?.(path.map((p) => (typeof p === "symbol" ? String(p) : p))),
      message: unknownKey !== undefined ? withSuggestion(message, unknownKey, knownKeysAt(configSchema, issue.path)) : message,
    });
  }
  const config = parsed.data as ResolvedConfig;
  if (source.file) config.filePath = source.file;
  return config;
}

/**
 * Whether a config given as data is already resolved (`resolveConfig`'s output, maybe with
 * overrides applied) rather than raw data to validate. The one test the linter and the server use.
 */
export function isResolvedConfig(config: unknown): config is ResolvedConfig {
  if (typeof config !== "object" || config === null) return false;
  const c = config as Partial<ResolvedConfig>;
  return Array.isArray(c.plugins) && typeof c.gate === "object" && typeof c.organization === "object";
}

/**
 * `__proto__` as a key (JSON and YAML both allow it) does not add an entry when copied: it sets
 * the copy's prototype, so `rules: { __proto__: error }` used to pass validation unseen.
 */
function rejectPrototypeKeys(raw: unknown, source: ConfigSource): void {
  const path = prototypeKeyPath(raw, [], new Set());
  if (!path) return;
  const isRule = path.length === 2 && path[0] === "rules";
  throw new ConfigError({
    file: source.file,
    key: formatPath(path),
    line: source.lineOf?.(path),
    message: isRule ? 'unknown rule "__proto__"' : '"__proto__" cannot be used as a key',
  });
}

function prototypeKeyPath(value: unknown, path: (string | number)[], seen: Set<object>): (string | number)[] | undefined {
  // Plugin objects (library use) may be large or cyclic: config files hold plain data only.
  if (typeof value !== "object" || value === null || seen.has(value) || path[0] === "plugins") return undefined;
  seen.add(value);
  if (Object.prototype.hasOwnProperty.call(value, "__proto__")) return [...path, "__proto__"];
  for (const [key, child] of Object.entries(value)) {
    const found = prototypeKeyPath(child, [...path, Array.isArray(value) ? Number(key) : key], seen);
    if (found) return found;
  }
  return undefined;
}

/** The keys a schema accepts at `path` (for "did you mean"), at any depth: `brand.hashtags`, `products[0]`. */
export function knownKeysAt(root: z.ZodType, path: readonly PropertyKey[]): string[] {
  let schema: z.ZodType = root;
  for (const part of path) {
    schema = unwrap(schema);
    if (schema instanceof z.ZodObject && typeof part === "string") schema = (schema.shape as Record<string, z.ZodType>)[part] ?? z.never();
    else if (schema instanceof z.ZodArray && typeof part === "number") schema = schema.element as z.ZodType;
    else return [];
  }
  schema = unwrap(schema);
  return schema instanceof z.ZodObject ? Object.keys(schema.shape) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  while (s instanceof z.ZodDefault || s instanceof z.ZodOptional) s = s.unwrap() as z.ZodType;
  return s;
}

export function normalizeLevel(setting: RuleSetting | undefined): RuleLevel | undefined {
  const raw = Array.isArray(setting) ? setting[0] : setting;
  if (raw === undefined) return undefined;
  if (raw === 0 || raw === false || raw === "off") return "off";
  if (raw === 1 || raw === "warn") return "warn";
  return "error";
}

export function ruleOptionsOf(setting: RuleSetting | undefined): Record<string, unknown> {
  return Array.isArray(setting) ? (setting[1] ?? {}) : {};
}

const CONFIG_LISTS: Record<ConfigListKey, { get(config: ResolvedConfig): readonly string[]; set(config: ResolvedConfig, list: string[]): ResolvedConfig }> = {
  "personalData.allow": { get: (c) => c.personalData.allow, set: (c, allow) => ({ ...c, personalData: { ...c.personalData, allow } }) },
};

/**
 * One spelling per fact. A rule's deprecated option (`meta.deprecatedOptions`, such as
 * `rules.personal-data: [error, { allow }]`) is added to the config list it stands for
 * (`personalData.allow`) and taken out of the rule's options, so the rule reads that list only.
 * The linter applies this to every config it runs with, `overrides` variants included. An alias
 * that is not a list of strings is a config error, as it was when the rule validated it.
 */
export function canonicalConfig(config: ResolvedConfig, rules: readonly AnyPolicyRule[], onNotice?: (message: string) => void): ResolvedConfig {
  let out = config;
  for (const rule of rules) {
    for (const [option, key] of Object.entries(rule.meta.deprecatedOptions ?? {})) {
      const setting = out.rules[rule.id];
      const options = Array.isArray(setting) ? setting[1] : undefined;
      if (!Array.isArray(setting) || !options || !Object.hasOwn(options, option)) continue;
      const parsed = strings.optional().safeParse(options[option], { reportInput: true });
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        const { key: where, message } = issue ? describeIssue(issue, ["rules", rule.id, 1, option]) : { key: `rules.${rule.id}[1].${option}`, message: "expected a list" };
        throw new ConfigError({ file: out.filePath, key: where, message });
      }
      const where = out.filePath ? `${out.filePath}: ` : "";
      onNotice?.(`${where}rules.${rule.id}: the "${option}" option is deprecated; list its entries in ${key} instead (it still works).`);
      const { [option]: _alias, ...rest } = options;
      const list = CONFIG_LISTS[key];
      out = list.set({ ...out, rules: { ...out.rules, [rule.id]: [setting[0], rest] } }, [...new Set([...list.get(out), ...(parsed.data ?? [])])]);
    }
  }
  return out;
}
