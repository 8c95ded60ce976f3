import { z } from "zod";
import { ACCOUNTS, PLATFORMS } from "./types.js";

/**
 * Config keys for policy teams (CONTRACT "Policy as code for policy teams"): their own clauses,
 * overrides by path/account/platform, and custom rules written in YAML. `extends` and `rulesDir`
 * are resolved by the Node loader (`@postlint/core/node`); core only sees their result.
 */

/** Text in one language for all, or per language (English required, Dutch and Danish fall back to it). */
export const localText = z.union([z.string().min(1), z.strictObject({ en: z.string().min(1), nl: z.string().min(1).optional(), da: z.string().min(1).optional() })]);
export type LocalText = z.infer<typeof localText>;

const id = z.string().regex(/^[A-Za-z0-9][\w.-]*$/, { error: (i) => `expected an id of letters, digits, ".", "-" or "_", got ${JSON.stringify(i.input)}` });

export const clauseSchema = z.strictObject({
  id,
  title: localText,
  /** What the clause means in practice (the handbook prints it). */
  text: localText.optional(),
  link: z.string().optional(),
});
export type PolicyClause = z.infer<typeof clauseSchema>;

export const policySchema = z
  .strictObject({
    /** The organization's clauses, in the order the handbook prints them. */
    clauses: z.array(clauseSchema).default([]),
    /** Rule id → clause id: findings of that rule cite this clause. */
    map: z.record(z.string(), z.string()).default({}),
  })
  .default({ clauses: [], map: {} });

const oneOrMany = <T extends z.ZodType>(schema: T) => z.union([schema, z.array(schema)]).transform((v) => (Array.isArray(v) ? v : [v]) as z.output<T>[]);

/** Terms for all languages, or per language. */
const terms = z.union([z.array(z.string().min(1)).min(1), z.strictObject({ en: z.array(z.string().min(1)).optional(), nl: z.array(z.string().min(1)).optional(), da: z.array(z.string().min(1)).optional() })]);
const swaps = z.record(z.string(), z.string());

const scopeSchema = z.strictObject({
  account: oneOrMany(z.enum(ACCOUNTS)).optional(),
  platform: oneOrMany(z.enum(PLATFORMS)).optional(),
  author: oneOrMany(z.string()).optional(),
});

const common = {
  id,
  description: localText.optional(),
  level: z.enum(["error", "warn", "off"]).default("warn"),
  message: localText.optional(),
  /** What to write instead (handbook, docs). */
  suggest: localText.optional(),
  clause: z.string().optional(),
  scope: scopeSchema.optional(),
  /** Match the terms as word prefixes too (`partial: true`: "bonus" also matches "bonuses"); whole words by default. */
  partial: z.boolean().default(false),
  /** Stem English and Dutch words (default on), so "leak" also matches "leaked". */
  stem: z.boolean().default(true),
  examples: z.strictObject({ flagged: z.array(z.string()).default([]), fine: z.array(z.string()).default([]) }).optional(),
  /** Why the rule exists and when to turn it off (docs). */
  whenNotToUse: localText.optional(),
};

export const customRuleSchema = z.discriminatedUnion(
  "type",
  [
    z.strictObject({ ...common, type: z.literal("existence"), terms }),
    z.strictObject({ ...common, type: z.literal("substitution"), swap: z.union([swaps, z.strictObject({ en: swaps.optional(), nl: swaps.optional(), da: swaps.optional() })]) }),
    z.strictObject({
      ...common,
      type: z.literal("occurrence"),
      count: z.enum(["hashtags", "mentions", "links", "exclamations", "term"]),
      terms: terms.optional(),
      max: z.number().int().nonnegative().optional(),
      min: z.number().int().positive().optional(),
    }),
    z.strictObject({ ...common, type: z.literal("conditional"), if: terms, then: terms }),
  ],
  { error: (i) => (i.code === "invalid_union" ? `expected "type" to be "existence", "substitution", "occurrence" or "conditional"` : undefined) },
);
export type CustomRuleDef = z.infer<typeof customRuleSchema>;

const level = z.union([z.enum(["error", "warn", "off"]), z.literal(0), z.literal(1), z.literal(2), z.literal(false)]);
export const overrideSchema = z.strictObject({
  /** Globs relative to the config's folder (`brand/**`). */
  files: oneOrMany(z.string()).optional(),
  account: oneOrMany(z.enum(ACCOUNTS)).optional(),
  platform: oneOrMany(z.enum(PLATFORMS)).optional(),
  rules: z.record(z.string(), z.union([level, z.tuple([level]), z.tuple([level, z.record(z.string(), z.unknown())])])).default({}),
});
export type ConfigOverride = z.infer<typeof overrideSchema>;

/** The keys `configSchema` gains for policy teams. */
export const policyConfigShape = {
  policy: policySchema,
  /** Resolved by the Node loader; kept so a config that was not loaded from a file still validates. */
  extends: oneOrMany(z.string()).optional(),
  overrides: z.array(overrideSchema).default([]),
  customRules: z.array(customRuleSchema).default([]),
  /** A folder of YAML rule files, relative to the config (read by the Node loader). */
  rulesDir: z.string().optional(),
};
