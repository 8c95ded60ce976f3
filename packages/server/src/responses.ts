import { LANGUAGES, lintResultSchema } from "@postlint/core";
import { z } from "zod";

// Answers are documented, not validated: the engine builds them and the contract fixes their shape.

// The result's shape has one source, core's schema (the engine's types are derived from it).
export const lintResult = lintResultSchema;

export const gateReason = z.object({
  ruleId: z.string().nullable(),
  severity: z.enum(["error", "warn"]),
  message: z.string(),
  policy: z.string().optional(),
  suppressed: z.boolean().optional().describe("The writer tried to silence this finding with an in-text suppression; the gate did not honour it."),
});

export const gateDecision = z.object({
  id: z.string().nullable().describe("The request's `id`, or null."),
  decision: z.enum(["allow", "review", "block"]),
  reasons: z.array(gateReason).describe("The findings that led to the decision; empty when allowed."),
  result: lintResult,
});

export const apiError = z.object({
  error: z.object({
    code: z.string().describe("Stable and machine-readable, e.g. `invalid_request`, `unauthorized`, `body_too_large`."),
    message: z.string().describe("One sentence for people."),
    field: z.string().optional().describe("The request field at fault, e.g. `posts[3].platform`."),
  }),
});

const batchEntry = z.union([
  gateDecision.extend({ index: z.number().int() }),
  z.object({ index: z.number().int(), id: z.string().nullable(), error: apiError.shape.error }),
]);

export const gateBatchResponse = z.object({
  results: z.array(batchEntry).describe("One entry per post, in request order: a decision, or an error for that post alone."),
  summary: z.object({ allow: z.number().int(), review: z.number().int(), block: z.number().int(), error: z.number().int() }),
});

const ruleInfo = z.object({
  id: z.string(),
  description: z.string(),
  policy: z.array(z.string()).describe("Clause ids from the policy, the main one first."),
  languages: z.array(z.enum(LANGUAGES)),
  level: z.enum(["error", "warn", "default"]).describe("The configured level, or `default` when each finding carries the rule's own severity."),
  defaultSeverity: z.enum(["error", "warn", "off"]),
  accounts: z.array(z.string()).optional(),
  fixable: z.boolean(),
  docsUrl: z.string().optional(),
});

export const rulesResponse = z.object({ rules: z.array(ruleInfo).describe("The active rules (rules turned off are left out).") });

export const clientConfigResponse = z
  .object({
    organization: z.object({ name: z.string().optional(), aliases: z.array(z.string()) }).loose(),
    rules: z.record(z.string(), z.unknown()),
  })
  .loose()
  .describe(
    "The organization's config as `.postlintrc.json` takes it, for clients that lint on their own machine (the browser extension). Without the server's own settings (`server`, `plugins`, `rulesDir`, `images`, file paths) and without settings for rules that only the server's plugins provide.",
  );

export const health = z.object({ status: z.enum(["ok", "starting", "draining"]) });

export type GateReason = z.infer<typeof gateReason>;
export type RuleInfo = z.infer<typeof ruleInfo>;
export type ApiErrorBody = z.infer<typeof apiError>;
