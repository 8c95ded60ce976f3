import { knownKeysAt, normalizeLevel, resolveConfig, ruleOptionsOf } from "./config.js";
import { today } from "./context.js";
import { ConfigError, InputError, RuleError } from "./errors.js";
import { applyFixes } from "./fixes.js";
import { parseFrontMatter, validatePostMeta, type PostMetaInput } from "./front-matter.js";
import { detectLanguage, namePattern } from "./language.js";
import { createLocator } from "./location.js";
import { mask } from "./mask.js";
import { anchorImages, imageText, sourcesIn, toImageMessages } from "./image-sources.js";
import { checkBlockNesting } from "./nesting.js";
import { formatMessage, templateOf } from "./messages.js";
import { parseBody } from "./parse.js";
import { customRulePack } from "./custom-rules/index.js";
import { applyOverrides, matchingOverrides, overrideTarget } from "./overrides.js";
import { clauseTitlesOf } from "./policy-clauses.js";
import { compileVocabulary, REJECT_MESSAGES, splitVocabulary, type CompiledVocabulary } from "./vocabulary.js";
import { describeIssue, withSuggestion } from "./schema-errors.js";
import { parseDirectives, suppressorOf, type Directive } from "./suppressions.js";
import type {
  AnyPolicyRule,
  ClauseTitles,
  Fix,
  ImageContent,
  Language,
  LintMessage,
  LintResult,
  Post,
  PostMeta,
  Report,
  ResolvedConfig,
  RulePack,
  Severity,
} from "./types.js";

export interface LinterOptions {
  /** Rule packs (the default pack is `import pack from "@postlint/rules"`). */
  packs: readonly RulePack[];
  /** A validated config, or a raw object to validate. */
  config?: ResolvedConfig | Record<string, unknown>;
  /** Report `postlint-disable` comments that suppress nothing. */
  reportUnusedDisable?: boolean;
}

export interface LintInput {
  text: string;
  filePath?: string;
  /** Post fields from flags or an API request; the post's own front matter wins. */
  meta?: Partial<PostMetaInput>;
  /** Apply fixes and return the fixed text as `output`. */
  fix?: boolean;
  /**
   * Where the post's fields (platform, account, author, lang, date) come from. `"post"` (default):
   * the post's own front matter wins over `meta`, as for a writer's own files. `"request"`: only
   * `meta` counts, for a gate whose caller (a scheduler) is trusted and whose text is not: the
   * writer cannot move the date past an embargo or name a spokesperson as the author.
   */
  fieldsFrom?: "post" | "request";
  /**
   * A time budget for this post, in milliseconds: a post still being checked after it (a
   * pathological input, a slow plugin rule) gets a fatal result naming the budget instead of
   * holding up the run. Checked between the steps of a check (parsing, each rule, each fix pass),
   * so a single step that never returns is not cut short: for that, lint in a worker thread and
   * stop it, as `postlint serve` and the CLI's worker pool do.
   */
  timeBudgetMs?: number;
  /**
   * In-text suppressions (`postlint-disable` comments, front-matter `postlint.disable`).
   * `"apply"` (default): they silence what they cover. `"ignore"`: they are treated as absent
   * (ESLint's `--no-inline-config`). `"report"`: what they cover stays in the result, counted,
   * and marked `suppressed: true`, so a gate shows what the writer tried to silence.
   */
  inlineConfig?: "apply" | "ignore" | "report";
  /**
   * What was read from the post's images (OCR text, metadata, codes), extracted beforehand:
   * `@postlint/core/node` reads them for files, the server for API requests. Each image's text is
   * linted by every rule that does not judge the whole post (`meta.imageText !== false`), and its
   * findings point at the image's reference with `source: { image }`. Absent: images are not read.
   */
  images?: readonly ImageContent[];
}

export interface Linter {
  readonly config: ResolvedConfig;
  readonly rules: readonly ActiveRule[];
  lint(input: LintInput | string): Promise<LintResult>;
}

export interface ActiveRule {
  rule: AnyPolicyRule;
  /** The level the user configured, or undefined to use the rule's (per-finding) defaults. */
  configured: Severity | undefined;
  options: unknown;
  /** `accept`/`reject` words from the rule's options (Vale vocabularies). */
  vocabulary?: CompiledVocabulary;
}

const SUPPRESSION = "suppression";

export function createLinter(options: LinterOptions): Linter {
  const config = isResolved(options.config) ? options.config : resolveConfig(options.config ?? {});
  const builtIn = options.packs.flatMap((p) => p.rules);
  const packs = config.customRules?.length ? [...options.packs, customRulePack(config.customRules, builtIn.map((r) => r.id), config.filePath)] : options.packs;
  const allRules = packs.flatMap((p) => p.rules);
  const clauses: ClauseTitles = {};
  for (const p of packs) Object.assign(clauses, p.clauses);
  Object.assign(clauses, clauseTitlesOf(config));
  const known = allRules.map((r) => r.id);
  const settings: [string, string][] = [
    ...Object.keys(config.rules).map((id): [string, string] => [id, `rules.${id}`]),
    ...(config.overrides ?? []).flatMap((o, i) => Object.keys(o.rules).map((id): [string, string] => [id, `overrides[${i}].rules.${id}`])),
    ...Object.keys(config.policy?.map ?? {}).map((id): [string, string] => [id, `policy.map.${id}`]),
  ];
  for (const [id, key] of settings) {
    if (!known.includes(id)) {
      throw new ConfigError({ file: config.filePath, key, message: withSuggestion(`unknown rule "${id}"`, id, known) });
    }
  }
  for (const [id, clause] of Object.entries(config.policy?.map ?? {})) {
    if (!clauses[clause]) throw new ConfigError({ file: config.filePath, key: `policy.map.${id}`, message: withSuggestion(`unknown clause "${clause}"; add it to policy.clauses`, clause, Object.keys(clauses)) });
  }
  const rules: ActiveRule[] = [];
  for (const rule of allRules) {
    const setting = config.rules[rule.id];
    const level = normalizeLevel(setting) ?? rule.meta.defaultSeverity;
    if (level === "off") continue;
    const { options: raw, vocabulary, error } = splitVocabulary(ruleOptionsOf(setting));
    if (error) throw new ConfigError({ file: config.filePath, key: `rules.${rule.id}[1].${error.key}`, message: error.message });
    rules.push({ rule, configured: setting === undefined ? undefined : (level), options: ruleOptions(rule, raw, config), ...(vocabulary ? { vocabulary: compileVocabulary(vocabulary) } : {}) });
  }
  const setups = new Map<AnyPolicyRule, Promise<unknown>>();
  const setupOf = (active: ActiveRule): Promise<unknown> => {
    let p = setups.get(active.rule);
    if (!p) {
      p = Promise.resolve(active.rule.setup?.({ config, options: active.options }));
      setups.set(active.rule, p);
    }
    return p;
  };

  // Configured names carry no language; leave them out of detection (compiled once per linter).
  const names = namePattern([
    ...(config.organization.name ? [config.organization.name] : []),
    ...config.organization.aliases,
    ...config.organization.competitors,
    ...config.products.flatMap((p) => [p.name, ...p.aliases]),
    ...config.confidential.terms,
  ]);
  /**
   * One post can never take down a run: a post postlint refuses (bad front matter, nesting too
   * deep) or fails to parse becomes a fatal result for that post alone. Rule crashes are caught
   * per rule below.
   */
  const lintOnce = async (input: LintInput, imagePass = false, deadline = deadlineOf(input)): Promise<LintResult> => {
    const filePath = input.filePath ?? "<text>";
    try {
      return await lintPrepared(input, filePath, imagePass, deadline);
    } catch (error) {
      return failedResult(filePath, error);
    }
  };

  const lintPrepared = async (input: LintInput, filePath: string, imagePass: boolean, deadline: Deadline | undefined): Promise<LintResult> => {
    const prepared = preparePost(input, config, names);
    const { text } = prepared;
    const locator = createLocator(text);
    const inline = input.inlineConfig ?? "apply";
    const directives = inline === "ignore" ? [] : parseDirectives(text, (offset) => locator.line(offset));
    const disabledByMeta = new Set(inline === "ignore" ? [] : (prepared.meta.postlint?.disable ?? []));
    const messages: LintMessage[] = [];
    const applicable = rules.filter(
      ({ rule }) =>
        rule.meta.languages.includes(prepared.language) &&
        (!rule.meta.accounts || rule.meta.accounts.includes(prepared.meta.account)) &&
        (!imagePass || rule.meta.imageText !== false) &&
        (inline === "report" || !disabledByMeta.has(rule.id)),
    );
    const sources = input.images?.length ? anchorImages(text, prepared.bodyStart, input.images) : [];
    for (const [sectionStart, sectionEnd] of sectionsOf(text, prepared.bodyStart)) {
      const post = parseSection(prepared, sectionStart, sectionEnd);
      checkDeadline(deadline, filePath);
      // Offsets in a section's post are relative to its own text (front matter + the section).
      const shift = sectionStart - prepared.bodyStart;
      if (sources.length) post.imageSources = sourcesIn(sources, sectionStart, sectionEnd, shift, sectionStart === prepared.bodyStart);
      const toFile = (o: number): number => (o >= prepared.bodyStart ? o + shift : o);
      for (const active of applicable) {
        checkDeadline(deadline, filePath);
        const { rule } = active;
        let reports: Report[] = [];
        try {
          // A rule's one-off setup (compiling its lexicons) is not this post's time.
          const setupStart = performance.now();
          const state = await setupOf(active);
          if (deadline) deadline.at += performance.now() - setupStart;
          await rule.check(post, { config, options: active.options, language: post.language, report: (r) => reports.push(r) }, state);
          if (active.vocabulary) reports = await active.vocabulary.apply(post, reports);
        } catch (error) {
          const crash = new RuleError(rule.id, filePath, error);
          messages.push({ ruleId: rule.id, severity: "error", message: crash.message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true });
          continue;
        }
        for (const report of reports) {
          const raw = post.text.slice(report.range[0], report.range[1]);
          const start = toFile(report.range[0]);
          const end = toFile(report.range[1]);
          const from = locator.position(start);
          const to = locator.position(end);
          const suppressor = suppressorOf(directives, rule.id, start, from.line);
          if (suppressor) suppressor.used = true;
          const suppressed = suppressor !== undefined || disabledByMeta.has(rule.id);
          if (suppressed && inline === "apply") continue;
          const located = { ...report, range: [start, end] as const, ...(report.fix ? { fix: shiftFix(report.fix, toFile) } : {}), ...(report.suggestions ? { suggestions: report.suggestions.map((sg) => ({ ...sg, fix: shiftFix(sg.fix, toFile) })) } : {}) };
          const message = toMessage(active, located, raw, post, clauses, config.policy?.map ?? {}, { ...from, endLine: to.line, endColumn: to.column });
          messages.push(suppressed ? { ...message, suppressed: true } : message);
        }
      }
      checkDeadline(deadline, filePath);
    }
    // Text in images: linted as a post of its own (same fields), findings moved to the image's reference.
    for (const source of sources) {
      const sourceText = imageText(source);
      if (!sourceText) continue;
      const lang = sourceText.length >= 40 ? "auto" : prepared.language;
      const { platform, account, author, date } = prepared.meta;
      const sub = await lintOnce({ text: sourceText, filePath, meta: { ...(platform ? { platform } : {}), account, ...(author ? { author } : {}), date, lang }, fieldsFrom: "request", inlineConfig: "ignore" }, true, deadline);
      if (sub.messages.some((m) => m.fatal && m.message === deadline?.reason)) return sub;
      const from = locator.position(source.range[0]);
      const to = locator.position(source.range[1]);
      for (const message of toImageMessages(source, sub.messages, { ...from, endLine: to.line, endColumn: to.column })) {
        const suppressor = message.ruleId ? suppressorOf(directives, message.ruleId, source.range[0], from.line) : undefined;
        if (suppressor) suppressor.used = true;
        const suppressed = suppressor !== undefined || (message.ruleId !== null && disabledByMeta.has(message.ruleId));
        if (suppressed && inline === "apply") continue;
        messages.push(suppressed ? { ...message, suppressed: true } : message);
      }
    }
    if (inline !== "ignore") messages.push(...suppressionWarnings(directives, prepared, options.reportUnusedDisable ?? false, locator));
    messages.sort((a, b) => a.line - b.line || a.column - b.column);
    return summarize({ filePath, language: prepared.language, languageDetected: prepared.languageDetected, messages });
  };

  const lintAndFix = async (input: LintInput): Promise<LintResult> => {
    // One budget for the whole check, fix passes included.
    const deadline = deadlineOf(input);
    let result = await lintOnce(input, false, deadline);
    if (!input.fix) return result;
    let text = input.text;
    // Fixes can uncover or overlap others; a few passes settle them, as in ESLint.
    for (let pass = 0; pass < 3; pass++) {
      const fixed = applyFixes(text, result.messages);
      if (fixed === text) break;
      text = fixed;
      result = await lintOnce({ ...input, text }, false, deadline);
      if (result.messages.some((m) => m.fatal && m.message === deadline?.reason)) return result;
    }
    if (text !== input.text) result.output = text;
    return result;
  };

  // Overrides: one linter per combination of matching overrides, made on first use.
  const variants = new Map<string, Linter>();
  const variantFor = (input: LintInput): Linter | undefined => {
    if (!config.overrides?.length) return undefined;
    const target = overrideTarget(input.text, input.filePath, input.meta ?? {}, input.fieldsFrom === "request", config);
    const matching = matchingOverrides(config.overrides, target);
    if (!matching.length) return undefined;
    const key = matching.join(",");
    let variant = variants.get(key);
    if (!variant) variants.set(key, (variant = createLinter({ ...options, config: applyOverrides(config, matching) })));
    return variant;
  };

  return {
    config,
    rules,
    async lint(raw) {
      const input = typeof raw === "string" ? { text: raw } : raw;
      try {
        const variant = variantFor(input);
        if (variant) return await variant.lint(input);
        return await lintAndFix(input);
      } catch (error) {
        return failedResult(input.filePath ?? "<text>", error);
      }
    },
  };
}

function isResolved(config: unknown): config is ResolvedConfig {
  if (typeof config !== "object" || config === null) return false;
  const c = config as Partial<ResolvedConfig>;
  return Array.isArray(c.plugins) && typeof c.gate === "object" && typeof c.organization === "object";
}

function ruleOptions(rule: AnyPolicyRule, raw: Record<string, unknown>, config: ResolvedConfig): unknown {
  const schema = rule.meta.options;
  if (!schema) return raw;
  const parsed = schema.safeParse(raw, { reportInput: true });
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const { key, message } = issue ? describeIssue(issue, ["rules", rule.id, 1]) : { key: `rules.${rule.id}`, message: "invalid options" };
  const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
  throw new ConfigError({ file: config.filePath, key, message: unknownKey !== undefined && issue ? withSuggestion(message, unknownKey, knownKeysAt(schema, issue.path)) : message });
}

/** A post's metadata and language, before its prose is parsed. */
type PreparedPost = Omit<Post, "mdast" | "tokens" | "sentences" | "images" | "urls" | "code">;

function preparePost(input: LintInput, config: ResolvedConfig, names: RegExp | undefined): PreparedPost {
  const { text, filePath } = input;
  const front = parseFrontMatter(text, filePath);
  const fm = validatePostMeta(front.data, filePath, front.lineOf);
  if (text.slice(front.bodyStart).trim() === "") throw new InputError("the post is empty: there is no text to check", { file: filePath });
  checkBlockNesting(text, front.bodyStart, filePath);
  const flags = input.meta ?? {};
  const fromRequest = input.fieldsFrom === "request";
  const requested = (fromRequest ? flags.lang : (fm.lang ?? flags.lang)) ?? config.lang ?? "auto";
  // Suppressions are not post fields: `inlineConfig` decides what becomes of them.
  const { postlint } = fm;
  const { platform, account, author, date, postlint: _postlint, lang: _lang, ...extra } = fromRequest ? { ...flags } : { ...flags, ...fm };
  // A sample is plenty to tell three languages apart, and keeps huge posts cheap.
  const sample = text.slice(front.bodyStart, front.bodyStart + 20_000);
  const detected = requested === "auto" ? detectLanguage(sample, config.defaultLanguage, names) : { language: requested, detected: false };
  const meta: PostMeta & { lang: Language } = {
    ...(platform ?? config.platform ? { platform: platform ?? config.platform } : {}),
    account: account ?? config.account ?? "personal",
    ...(author !== undefined ? { author } : {}),
    lang: detected.language,
    date: date ?? today(),
    ...(postlint ? { postlint } : {}),
    extra,
  };
  const languageSource = requested !== "auto" ? "declared" : detected.detected ? "detected" : "default";
  return { text, ...(filePath ? { filePath } : {}), meta, language: detected.language, languageDetected: detected.detected, languageSource, bodyStart: front.bodyStart };
}

/** The post (or one section of a huge post) with its prose parsed. Front matter is blanked, not removed. */
function parseSection(prepared: PreparedPost, start: number, end: number): Post {
  const { text, bodyStart } = prepared;
  const sectionText = start === bodyStart && end === text.length ? text : text.slice(0, bodyStart) + text.slice(start, end);
  const blanked = text.slice(0, bodyStart).replace(/[^\n]/g, " ") + sectionText.slice(bodyStart);
  return { ...prepared, text: sectionText, ...parseBody(blanked, prepared.language) };
}

/**
 * Posts are linted whole; a huge one (a pasted report, a 5 MB export) is linted in sections split
 * at paragraph breaks outside code fences, so memory stays bounded. Whole-post checks then see
 * one section at a time, so a section must hold any real post whole: the longest platform limit
 * is Facebook's 63,206 characters.
 */
export const SECTION_SIZE = 64 * 1024;

function sectionsOf(text: string, bodyStart: number): [number, number][] {
  if (text.length - bodyStart <= SECTION_SIZE) return [[bodyStart, text.length]];
  const sections: [number, number][] = [];
  let start = bodyStart;
  while (text.length - start > SECTION_SIZE) {
    const limit = start + SECTION_SIZE;
    let cut = -1;
    for (let at = text.lastIndexOf("\n\n", limit); at > start; at = text.lastIndexOf("\n\n", at - 1)) {
      if (countFences(text, start, at) % 2 === 0) {
        cut = at + 2;
        break;
      }
    }
    if (cut === -1) cut = Math.max(text.lastIndexOf("\n", limit), text.lastIndexOf(" ", limit)) + 1;
    if (cut <= start) cut = limit;
    sections.push([start, cut]);
    start = cut;
  }
  sections.push([start, text.length]);
  return sections;
}

function countFences(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("```", from); i !== -1 && i < to; i = text.indexOf("```", i + 3)) n++;
  return n;
}

function shiftFix(fix: Fix, toFile: (o: number) => number): Fix {
  return { range: [toFile(fix.range[0]), toFile(fix.range[1])], text: fix.text };
}

function toMessage(active: ActiveRule, report: Report, raw: string, post: Post, clauses: ClauseTitles, policyMap: Record<string, string>, loc: { line: number; column: number; endLine: number; endColumn: number }): LintMessage {
  const { rule } = active;
  const template = templateOf(rule.messages, post.language, report.messageId) ?? (report.messageId === "rejected" ? REJECT_MESSAGES[post.language].rejected : undefined);
  if (!template) throw new RuleError(rule.id, post.filePath ?? "<text>", new Error(`unknown messageId "${report.messageId}"`));
  const text = report.sensitive ? mask(raw) : raw;
  const data = { text, ...report.data };
  const clauseId = policyMap[rule.id] ?? report.clause ?? rule.meta.policy[0];
  const clause = clauseId ? clauses[clauseId] : undefined;
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

const SUPPRESSION_TEXT: Record<Language, { missingReason: string; unused: string; metaReason: string }> = {
  en: {
    missingReason: "This postlint-{kind} comment gives no reason. Add one after “--” so reviewers know why the check is off.",
    unused: "This postlint-{kind} comment suppresses nothing{rules}. Remove it.",
    metaReason: "Front matter turns off {rules} without a reason. Add “reason:” so reviewers know why.",
  },
  nl: {
    missingReason: "Deze postlint-{kind}-opmerking geeft geen reden. Zet er een achter “--”, zodat anderen weten waarom de controle uit staat.",
    unused: "Deze postlint-{kind}-opmerking onderdrukt niets{rules}. Haal hem weg.",
    metaReason: "De front matter zet {rules} uit zonder reden. Voeg “reason:” toe, zodat anderen weten waarom.",
  },
  da: {
    missingReason: "Denne postlint-{kind}-kommentar giver ingen begrundelse. Skriv en efter “--”, så andre kan se, hvorfor tjekket er slået fra.",
    unused: "Denne postlint-{kind}-kommentar undertrykker ingenting{rules}. Fjern den.",
    metaReason: "Front matter slår {rules} fra uden begrundelse. Tilføj “reason:”, så andre kan se hvorfor.",
  },
};

function suppressionWarnings(directives: Directive[], post: PreparedPost, reportUnused: boolean, locator: ReturnType<typeof createLocator>): LintMessage[] {
  const text = SUPPRESSION_TEXT[post.language];
  const out: LintMessage[] = [];
  const at = (range: readonly [number, number]) => {
    const a = locator.position(range[0]);
    const b = locator.position(range[1]);
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };
  for (const d of directives) {
    if (d.kind === "enable") continue;
    const data = { kind: d.kind, rules: d.ruleIds.length ? ` (${d.ruleIds.join(", ")})` : "" };
    if (!d.reason) out.push({ ruleId: SUPPRESSION, severity: "warn", messageId: "missingReason", message: formatMessage(text.missingReason, data), ...at(d.range) });
    if (reportUnused && !d.used) out.push({ ruleId: SUPPRESSION, severity: "warn", messageId: "unusedDirective", message: formatMessage(text.unused, data), ...at(d.range) });
  }
  const meta = post.meta.postlint;
  if (meta?.disable?.length && !meta.reason) {
    out.push({ ruleId: SUPPRESSION, severity: "warn", messageId: "missingReason", message: formatMessage(text.metaReason, { rules: meta.disable.join(", ") }), line: 1, column: 1, endLine: 1, endColumn: 4 });
  }
  return out;
}

/**
 * The fatal result for a post whose checking threw: an `InputError` says what is wrong with the
 * post; anything else is unexpected (a postlint bug, or a post crafted to break a parser), and is
 * reported for that post alone so the rest of a run goes on. Adapters (CLI, workers, NDJSON, the
 * server) use it too, as a second line of defence.
 */
interface Deadline {
  at: number;
  reason: string;
}

function deadlineOf(input: LintInput): Deadline | undefined {
  const budget = input.timeBudgetMs;
  if (budget === undefined || !Number.isFinite(budget) || budget <= 0) return undefined;
  return { at: performance.now() + budget, reason: timeBudgetReason(budget) };
}

/** The fatal message of a post that ran out of its time budget, in the words both the CLI and the server use. */
export function timeBudgetReason(budgetMs: number): string {
  const budget = budgetMs % 1000 === 0 ? `${budgetMs / 1000} s` : `${budgetMs} ms`;
  return `postlint could not check this post within ${budget} (its time budget); other posts are not affected. Shorten or split it, or raise the budget (the CLI's --lint-timeout)`;
}

function checkDeadline(deadline: Deadline | undefined, filePath: string): void {
  if (deadline && performance.now() > deadline.at) throw new InputError(deadline.reason, { file: filePath });
}

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

function summarize(partial: Pick<LintResult, "filePath" | "language" | "languageDetected" | "messages">): LintResult {
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
