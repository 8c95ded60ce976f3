import { fatalResult, type LintResult } from "@postlint/core";
import type { SkippedPath } from "@postlint/core/node";

/** ESLint's words, so people who know ESLint recognize it. */
const IGNORED_MESSAGE = "File ignored because of a matching ignore pattern. Use --no-ignore to override.";

/**
 * A result for what the file search left out: a warning for a post named explicitly but ignored;
 * an input error (exit 2) for a folder that cannot be read, whose posts were never seen.
 */
export function skippedResult(skipped: SkippedPath): LintResult {
  if (skipped.reason === "unreadable") {
    return fatalResult(skipped.path, `is a folder that cannot be read (${skipped.code ?? "error"}); the posts in it were not checked`);
  }
  return {
    filePath: skipped.path,
    language: null,
    languageDetected: false,
    messages: [{ ruleId: null, severity: "warn", message: IGNORED_MESSAGE, line: 1, column: 1, endLine: 1, endColumn: 1 }],
    errorCount: 0,
    warningCount: 1,
    fixableErrorCount: 0,
    fixableWarningCount: 0,
  };
}
