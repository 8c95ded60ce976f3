/**
 * Stage 2, run: the applicable rules over a prepared post, section by section, then over the text
 * read from its images. Reports become findings (stage 3) unless a suppression drops them.
 */
import { anchorImages, imageText, sourcesIn, toImageMessages } from "../image-sources.js";
import { createLocator } from "../location.js";
import type { ImageSource, Language, LintMessage, LintResult, Post, Report } from "../types.js";
import { checkDeadline, outOfTime } from "./deadline.js";
import { crashMessage, findingOf, summarize } from "./findings.js";
import { parseSection, preparePost, sectionsOf } from "./prepare.js";
import { suppressionsOf, type Suppressions } from "./suppressions.js";
import type { ActiveRule, Deadline, Engine, LintInput, Locator, PreparedPost } from "./types.js";

/** Lints text read from an image as a post of its own (the image pass of the same linter). */
type LintImageText = (input: LintInput, deadline: Deadline | undefined) => Promise<LintResult>;

export interface RunOptions {
  filePath: string;
  /** This is the text of an image: rules that judge a whole post (`meta.imageText: false`) do not run. */
  imagePass: boolean;
  deadline: Deadline | undefined;
  lintImageText: LintImageText;
}

export async function runPost(engine: Engine, input: LintInput, run: RunOptions): Promise<LintResult> {
  const { filePath, deadline } = run;
  const prepared = preparePost(input, engine.config, engine.names);
  const { text } = prepared;
  const locator = createLocator(text);
  const suppressions = suppressionsOf(input, prepared, locator);
  const applicable = engine.rules.filter(
    ({ rule }) =>
      rule.meta.languages.includes(prepared.language) &&
      (!rule.meta.accounts || rule.meta.accounts.includes(prepared.meta.account)) &&
      (!run.imagePass || rule.meta.imageText !== false) &&
      !suppressions.skips(rule.id),
  );
  const sources = input.images?.length ? anchorImages(text, prepared.bodyStart, input.images) : [];
  const messages: LintMessage[] = [];
  for (const [sectionStart, sectionEnd] of sectionsOf(text, prepared.bodyStart)) {
    const post = parseSection(prepared, sectionStart, sectionEnd);
    checkDeadline(deadline, filePath);
    // Offsets in a section's post are relative to its own text (front matter + the section).
    const shift = sectionStart - prepared.bodyStart;
    if (sources.length) post.imageSources = sourcesIn(sources, sectionStart, sectionEnd, shift, sectionStart === prepared.bodyStart);
    const toFile = (o: number): number => (o >= prepared.bodyStart ? o + shift : o);
    for (const active of applicable) {
      checkDeadline(deadline, filePath);
      const reports = await runRule(engine, active, post, run);
      if (!Array.isArray(reports)) {
        messages.push(reports);
        continue;
      }
      for (const report of reports) {
        const start = toFile(report.range[0]);
        const verdict = suppressions.verdict(active.rule.id, start, locator.line(start));
        if (verdict === "drop") continue;
        const message = findingOf(engine, active, report, post, toFile, locator);
        messages.push(verdict === "mark" ? { ...message, suppressed: true } : message);
      }
    }
    checkDeadline(deadline, filePath);
  }
  const fatal = await runImageText(sources, prepared, run, locator, suppressions, messages);
  if (fatal) return fatal;
  messages.push(...suppressions.warnings(engine.reportUnusedDisable));
  messages.sort((a, b) => a.line - b.line || a.column - b.column);
  return summarize({ filePath, language: prepared.language, languageDetected: prepared.languageDetected, messages });
}

/** One rule on one post: its reports (after its vocabulary), or the message of its crash. */
async function runRule(engine: Engine, active: ActiveRule, post: Post, run: RunOptions): Promise<Report[] | LintMessage> {
  const { rule } = active;
  let reports: Report[] = [];
  try {
    // A rule's one-off setup (compiling its lexicons) is not this post's time.
    const setupStart = performance.now();
    const state = await engine.setupOf(active);
    if (run.deadline) run.deadline.at += performance.now() - setupStart;
    await rule.check(post, { config: engine.ruleConfig, options: active.options, report: (r) => reports.push(r) }, state);
    if (active.vocabulary) reports = await active.vocabulary.apply(post, reports);
    return reports;
  } catch (error) {
    return crashMessage(rule.id, run.filePath, error);
  }
}

/**
 * Text in images: linted as a post of its own (same fields), findings moved to the image's
 * reference and added to `messages`. Returns the fatal result when the post ran out of time.
 */
async function runImageText(sources: readonly ImageSource[], prepared: PreparedPost, run: RunOptions, locator: Locator, suppressions: Suppressions, messages: LintMessage[]): Promise<LintResult | undefined> {
  for (const source of sources) {
    const sourceText = imageText(source);
    if (!sourceText) continue;
    const lang: Language | "auto" = sourceText.length >= 40 ? "auto" : prepared.language;
    const { platform, account, author, date } = prepared.meta;
    const meta = { ...(platform ? { platform } : {}), account, ...(author ? { author } : {}), date, lang };
    const sub = await run.lintImageText({ text: sourceText, filePath: run.filePath, meta, fieldsFrom: "request", inlineConfig: "ignore" }, run.deadline);
    if (outOfTime(sub, run.deadline)) return sub;
    const from = locator.position(source.range[0]);
    const to = locator.position(source.range[1]);
    for (const message of toImageMessages(source, sub.messages, { ...from, endLine: to.line, endColumn: to.column })) {
      const verdict = suppressions.verdict(message.ruleId, source.range[0], from.line);
      if (verdict === "drop") continue;
      messages.push(verdict === "mark" ? { ...message, suppressed: true } : message);
    }
  }
  return undefined;
}
