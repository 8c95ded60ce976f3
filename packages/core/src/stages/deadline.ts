/** A post's time budget (`LintInput.timeBudgetMs`), checked between the steps of a check. */
import { InputError } from "../errors.js";
import type { LintResult } from "../types.js";
import type { Deadline, LintInput } from "./types.js";

export function deadlineOf(input: LintInput): Deadline | undefined {
  const budget = input.timeBudgetMs;
  if (budget === undefined || !Number.isFinite(budget) || budget <= 0) return undefined;
  return { at: performance.now() + budget, reason: timeBudgetReason(budget) };
}

/** The fatal message of a post that ran out of its time budget, in the words both the CLI and the server use. */
export function timeBudgetReason(budgetMs: number): string {
  const budget = budgetMs % 1000 === 0 ? `${budgetMs / 1000} s` : `${budgetMs} ms`;
  return `postlint could not check this post within ${budget} (its time budget); other posts are not affected. Shorten or split it, or raise the budget (the CLI's --lint-timeout)`;
}

export function checkDeadline(deadline: Deadline | undefined, filePath: string): void {
  if (deadline && performance.now() > deadline.at) throw new InputError(deadline.reason, { file: filePath });
}

/** The result is the fatal one of a post that ran out of its budget: stop there. */
export function outOfTime(result: LintResult, deadline: Deadline | undefined): boolean {
  return result.messages.some((m) => m.fatal && m.message === deadline?.reason);
}
