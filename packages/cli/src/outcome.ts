/** What `--quiet` shows and which exit code a run ends with: one source for files, stdin and NDJSON. */
import type { LintResult } from "@postlint/core";

/** `--quiet`: errors only. */
export function onlyErrors(result: LintResult): LintResult {
  const messages = result.messages.filter((m) => m.severity === "error");
  return { ...result, messages, warningCount: 0, fixableWarningCount: 0 };
}

/** Counts results as they come (NDJSON streams them) and gives the run's exit code. */
export class Outcome {
  private fatal = false;
  private errors = 0;
  private warnings = 0;

  add(result: LintResult): void {
    this.fatal ||= result.messages.some((m) => m.fatal);
    this.errors += result.errorCount;
    this.warnings += result.warningCount;
  }

  /** `2` a post could not be checked, `1` an error (or more warnings than `--max-warnings`), else `0`. */
  exitCode(maxWarnings: number | undefined): number {
    if (this.fatal) return 2;
    if (this.errors > 0) return 1;
    return maxWarnings !== undefined && maxWarnings >= 0 && this.warnings > maxWarnings ? 1 : 0;
  }
}

export function exitCode(results: readonly LintResult[], maxWarnings: number | undefined): number {
  const outcome = new Outcome();
  for (const result of results) outcome.add(result);
  return outcome.exitCode(maxWarnings);
}
