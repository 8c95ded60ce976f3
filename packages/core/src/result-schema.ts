/**
 * The result of linting a post, as a schema: the one source of `LintMessage`, `LintResult`, `Fix`
 * and `Suggestion` (types.ts derives them) and of the HTTP API's documented answers.
 */
import { z } from "zod";
import { LANGUAGES } from "./types.js";

export const fixSchema = z.object({
  range: z.tuple([z.number().int(), z.number().int()]).readonly().describe("`[start, end)` UTF-16 offsets into `text`."),
  text: z.string(),
});

export const suggestionSchema = z.object({
  desc: z.string().describe("What the suggestion does, in the post's language."),
  fix: fixSchema,
});

export const lintMessageSchema = z.object({
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
  fix: fixSchema.optional().describe("A safe mechanical replacement."),
  suggestions: z.array(suggestionSchema).optional().describe("Replacements that need the author's judgement."),
  docsUrl: z.string().optional(),
  fatal: z.boolean().optional().describe("An input error (unreadable file, bad front matter): the post could not be linted."),
  suppressed: z
    .boolean()
    .optional()
    .describe("At the gate: an in-text suppression covers this finding but was not honoured (`gate.honorSuppressions` is off), so it counts."),
  source: z
    .object({ image: z.string() })
    .optional()
    .describe("The finding is in an image of the post (its text, metadata or a code); line and column point at the image's reference."),
});

export const lintResultSchema = z
  .object({
    filePath: z.string(),
    language: z.enum(LANGUAGES).nullable(),
    languageDetected: z.boolean(),
    messages: z.array(lintMessageSchema),
    errorCount: z.number().int(),
    warningCount: z.number().int(),
    fixableErrorCount: z.number().int(),
    fixableWarningCount: z.number().int(),
    output: z.string().optional().describe("The post with fixes applied, when fixing was asked for and something changed."),
  })
  .describe("The contract's result object for one post, as in `postlint --format json`.");
