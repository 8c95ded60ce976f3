import { knownKeysAt, normalizeLevel, resolveConfig, ruleOptionsOf } from "./config.js";
import { today } from "./context.js";
import { ConfigError, InputError, RuleError } from "./errors.js";
import { applyFixes } from "./fixes.js";
import { parseFrontMatter, validatePostMeta, type PostMetaInput } from "./front-matter.js";
import { detectLanguage } from "./language.js";
import { createLocator } from "./location.js";
import { mask } from "./mask.js";
import { formatMessage, templateOf } from "./messages.js";
import { parseBody } from "./parse.js";
import { describeIssue, withSuggestion } from "./schema-errors.js";
import { parseDirectives, suppressorOf, type Directive } from "./suppressions.js";
import type {
  AnyPolicyRule,
  ClauseTitles,
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
}

const SUPPRESSION = "suppression";

export function createLinter(options: LinterOptions): Linter {
  const config = isResolved(options.config) ? options.config : resolveConfig(options.config ?? {});
  const allRules = options.packs.flatMap((p) => p.rules);
  const clauses: ClauseTitles = {};
  for (const p of options.packs) Object.assign(clauses, p.clauses);
  const known = allRules.map((r) => r.id);
  for (const id of Object.keys(config.rules)) {
    if (!known.includes(id)) {
      throw new ConfigError({ file: config.filePath, key: `rules.${id}`, message: withSuggestion(`unknown rule "${id}"`, id, known) });
    }
  }
  const rules: ActiveRule[] = [];
  for (const rule of allRules) {
    const setting = config.rules[rule.id];
    const level = normalizeLevel(setting) ?? rule.meta.defaultSeverity;
    if (level === "off") continue;
    rules.push({ rule, configured: setting === undefined ? undefined : (level), options: ruleOptions(rule, ruleOptionsOf(setting), config) });
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

  const lintOnce = async (input: LintInput): Promise<LintResult> => {
    const filePath = input.filePath ?? "<text>";
    let post: Post;
    try {
      post = buildPost(input, config);
    } catch (error) {
      if (error instanceof InputError) return fatalResult(filePath, error.reason, error.line ?? 1, error.column ?? 1);
      throw error;
    }
    const locator = createLocator(post.text);
    const directives = parseDirectives(post.text, (offset) => locator.line(offset));
    const disabledByMeta = new Set(post.meta.postlint?.disable ?? []);
    const messages: LintMessage[] = [];
    for (const active of rules) {
      const { rule } = active;
      if (!rule.meta.languages.includes(post.language)) continue;
      if (rule.meta.accounts && !rule.meta.accounts.includes(post.meta.account)) continue;
      if (disabledByMeta.has(rule.id)) continue;
      const reports: Report[] = [];
      try {
        const state = await setupOf(active);
        await rule.check(post, { config, options: active.options, language: post.language, report: (r) => reports.push(r) }, state);
      } catch (error) {
        const crash = new RuleError(rule.id, filePath, error);
        messages.push({ ruleId: rule.id, severity: "error", message: crash.message, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true });
        continue;
      }
      for (const report of reports) {
        const [start, end] = report.range;
        const from = locator.position(start);
        const to = locator.position(end);
        const suppressor = suppressorOf(directives, rule.id, start, from.line);
        if (suppressor) {
          suppressor.used = true;
          continue;
        }
        messages.push(toMessage(active, report, post, clauses, { ...from, endLine: to.line, endColumn: to.column }));
      }
    }
    messages.push(...suppressionWarnings(directives, post, options.reportUnusedDisable ?? false, locator));
    messages.sort((a, b) => a.line - b.line || a.column - b.column);
    return summarize({ filePath, language: post.language, languageDetected: post.languageDetected, messages });
  };

  return {
    config,
    rules,
    async lint(raw) {
      const input = typeof raw === "string" ? { text: raw } : raw;
      let result = await lintOnce(input);
      if (!input.fix) return result;
      let text = input.text;
      // Fixes can uncover or overlap others; a few passes settle them, as in ESLint.
      for (let pass = 0; pass < 3; pass++) {
        const fixed = applyFixes(text, result.messages);
        if (fixed === text) break;
        text = fixed;
        result = await lintOnce({ ...input, text });
      }
      if (text !== input.text) result.output = text;
      return result;
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

function buildPost(input: LintInput, config: ResolvedConfig): Post {
  const { text, filePath } = input;
  const front = parseFrontMatter(text, filePath);
  const fm = validatePostMeta(front.data, filePath, front.lineOf);
  if (text.slice(front.bodyStart).trim() === "") throw new InputError("the post is empty: there is no text to check", { file: filePath });
  const flags = input.meta ?? {};
  const requested = fm.lang ?? flags.lang ?? config.lang ?? "auto";
  const { platform, account, author, date, postlint, lang: _lang, ...extra } = { ...flags, ...fm };
  const blanked = text.slice(0, front.bodyStart).replace(/[^\n]/g, " ") + text.slice(front.bodyStart);
  const detected =
    requested === "auto" ? detectLanguage(text.slice(front.bodyStart), config.defaultLanguage) : { language: requested, detected: false };
  const meta: PostMeta & { lang: Language } = {
    ...(platform ?? config.platform ? { platform: platform ?? config.platform } : {}),
    account: account ?? config.account ?? "personal",
    ...(author !== undefined ? { author } : {}),
    lang: detected.language,
    date: date ?? today(),
    ...(postlint ? { postlint } : {}),
    extra,
  };
  const body = parseBody(blanked, detected.language);
  return { text, ...(filePath ? { filePath } : {}), meta, language: detected.language, languageDetected: detected.detected, languageSource: requested !== "auto" ? "declared" : detected.detected ? "detected" : "default", bodyStart: front.bodyStart, ...body };
}

function toMessage(active: ActiveRule, report: Report, post: Post, clauses: ClauseTitles, loc: { line: number; column: number; endLine: number; endColumn: number }): LintMessage {
  const { rule } = active;
  const template = templateOf(rule.messages, post.language, report.messageId);
  if (!template) throw new RuleError(rule.id, post.filePath ?? "<text>", new Error(`unknown messageId "${report.messageId}"`));
  const raw = post.text.slice(report.range[0], report.range[1]);
  const text = report.sensitive ? mask(raw) : raw;
  const data = { text, ...report.data };
  const clauseId = report.clause ?? rule.meta.policy[0];
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

function suppressionWarnings(directives: Directive[], post: Post, reportUnused: boolean, locator: ReturnType<typeof createLocator>): LintMessage[] {
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
