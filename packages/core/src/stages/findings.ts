/**
 * Stage 3, findings: a rule's reports become messages (wording, severity, clause, docs link,
 * masking), and a post's messages a result with its counts. Fatal results live here too.
 */
import { InputError, RuleError } from "../errors.js";
import { mask } from "../mask.js";
import { formatMessage, templateOf } from "../messages.js";
import { REJECT_MESSAGES } from "../vocabulary.js";
import type { Fix, LintMessage, LintResult, Post, Report } from "../types.js";
import type { ActiveRule, Engine, Locator, Span } from "./types.js";

/** A report of `active` on a section's `post`, as a message of the whole file (`toFile` maps section offsets to file offsets). */
export function findingOf(engine: Engine, active: ActiveRule, report: Report, post: Post, toFile: (o: number) => number, locator: Locator): LintMessage {
  const raw = post.text.slice(report.range[0], report.range[1]);
  const start = toFile(report.range[0]);
  const end = toFile(report.range[1]);
  const from = locator.position(start);
  const to = locator.position(end);
  const located: Report = {
    ...report,
    range: [start, end],
    ...(report.fix ? { fix: shiftFix(report.fix, toFile) } : {}),
    ...(report.suggestions ? { suggestions: report.suggestions.map((sg) => ({ ...sg, fix: shiftFix(sg.fix, toFile) })) } : {}),
  };
  return toMessage(engine, active, located, raw, post, { ...from, endLine: to.line, endColumn: to.column });
}

function shiftFix(fix: Fix, toFile: (o: number) => number): Fix {
  return { range: [toFile(fix.range[0]), toFile(fix.range[1])], text: fix.text };
}

function toMessage(engine: Engine, active: ActiveRule, report: Report, raw: string, post: Post, loc: Span): LintMessage {
  const { rule } = active;
  const template = templateOf(rule.messages, post.language, report.messageId) ?? (report.messageId === "rejected" ? REJECT_MESSAGES[post.language].rejected : undefined);
  if (!template) throw new RuleError(rule.id, post.filePath ?? "<text>", new Error(`unknown messageId "${report.messageId}"`));
  const text = report.sensitive ? mask(raw) : raw;
  const data = { text, ...report.data };
  const clauseId = engine.config.policy?.map[rule.id] ?? report.clause ?? rule.meta.policy[0];
  const clause = clauseId ? engine.clauses[clauseId] : undefined;
  const docsUrl = rule.meta.docsUrl ? `${rule.meta.docsUrl}#${report.messageId.toLowerCase()}` : undefined;
  return {
    ruleId: rule.id,
    severity: active.configured ?? report.severity ?? (rule.meta.defaultSeverity === "off" ? "warn" : rule.meta.defaultSeverity),
    message: formatMessage(template, data),
    ...loc,
    ...(clauseId ? { policy: clause ? `${clauseId} ${clause[post.language] ?? clause.en}` : clauseId } : {}),
    messageId: report.messageId,
    text,
    ...(report.fix ? { fix: report.fix } : {}),
    ...(report.suggestions?.length ? { suggestions: report.suggestions } : {}),
    ...(docsUrl ? { docsUrl } : {}),
    ...(report.image !== undefined ? { source: { image: report.image } } : {}),
  };
}

/** The message of a rule that crashed on a post: it names the rule and says it is a postlint bug. */
export function crashMessage(ruleId: string, filePath: string, error: unknown): LintMessage {
  const crash = new RuleError(ruleId, filePath, error);
  return { ruleId, severity: "error", message: crash.message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true };
}

/**
 * The fatal result for a post whose checking threw: an `InputError` says what is wrong with the
 * post; anything else is unexpected (a postlint bug, or a post crafted to break a parser), and is
 * reported for that post alone so the rest of a run goes on. Adapters (CLI, workers, NDJSON, the
 * server) use it too, as a second line of defence.
 */
export function failedResult(filePath: string, error: unknown): LintResult {
  if (error instanceof InputError) return fatalResult(filePath, error.reason, error.line ?? 1, error.column ?? 1);
  const reason = error instanceof RangeError && /call stack/i.test(error.message) ? "it is nested too deeply to parse" : error instanceof Error ? error.message : String(error);
  return fatalResult(filePath, `postlint could not check this post: ${reason}. Other posts are not affected; if this post looks ordinary, please report it as a postlint bug`);
}

export function fatalResult(filePath: string, reason: string, line = 1, column = 1): LintResult {
  return summarize({
    filePath,
    language: null,
    languageDetected: false,
    messages: [{ ruleId: null, severity: "error", fatal: true, message: reason, line, column, endLine: line, endColumn: column }],
  });
}

export function summarize(partial: Pick<LintResult, "filePath" | "language" | "languageDetected" | "messages">): LintResult {
  let errorCount = 0;
  let warningCount = 0;
  let fixableErrorCount = 0;
  let fixableWarningCount = 0;
  for (const m of partial.messages) {
    if (m.severity === "error") {
      errorCount++;
      if (m.fix) fixableErrorCount++;
    } else {
      warningCount++;
      if (m.fix) fixableWarningCount++;
    }
  }
  return { ...partial, errorCount, warningCount, fixableErrorCount, fixableWarningCount };
}
