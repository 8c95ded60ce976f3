import { LANGUAGES } from "@postlint/core";
import { z } from "zod";

// Answers are documented, not validated: the engine builds them and the contract fixes their shape.

const fix = z.object({ range: z.tuple([z.number().int(), z.number().int()]).describe("`[start, end)` UTF-16 offsets into `text`."), text: z.string() });

export const lintMessage = z.object({
  ruleId: z.string().nullable().describe("null for a problem with the input itself."),
  severity: z.enum(["error", "warn"]),
  message: z.string().describe("What was found, why it matters and what to do instead."),
  line: z.number().int(),
  column: z.number().int(),
  endLine: z.number().int(),
  endColumn: z.number().int(),
  policy: z.string().optional().describe("The policy clause the finding enforces."),
  messageId: z.string().optional(),
  text: z.string().optional().describe("The flagged words (masked when sensitive)."),
  fix: fix.optional().describe("A safe mechanical replacement."),
  suggestions: z.array(z.object({ desc: z.string(), fix })).optional().describe("Replacements that need the author's judgement."),
  docsUrl: z.string().optional(),
  fatal: z.boolean().optional(),
  suppressed: z
    .boolean()
    .optional()
    .describe("At the gate: an in-text suppression covers this finding but was not honoured (`gate.honorSuppressions` is off), so it counts."),
});

export const lintResult = z
  .object({
    filePath: z.string(),
    language: z.enum(LANGUAGES).nullable(),
    languageDetected: z.boolean(),
    messages: z.array(lintMessage),
    errorCount: z.number().int(),
    warningCount: z.number().int(),
    fixableErrorCount: z.number().int(),
    fixableWarningCount: z.number().int(),
  })
  .describe("The contract's result object for one post, as in `postlint --format json`.");

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

export const batchEntry = z.union([
  gateDecision.extend({ index: z.number().int() }),
  z.object({ index: z.number().int(), id: z.string().nullable(), error: apiError.shape.error }),
]);

export const gateBatchResponse = z.object({
  results: z.array(batchEntry).describe("One entry per post, in request order: a decision, or an error for that post alone."),
  summary: z.object({ allow: z.number().int(), review: z.number().int(), block: z.number().int(), error: z.number().int() }),
});

export const ruleInfo = z.object({
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
