/**
 * The types the linter's stages share (prepare → run → findings, with suppressions alongside).
 * They live apart from the stages so that no stage imports another's module just for a type.
 */
import type { PostMetaInput } from "../front-matter.js";
import type { createLocator } from "../location.js";
import type { CompiledVocabulary } from "../vocabulary.js";
import type { AnyPolicyRule, ClauseTitles, ImageContent, LintResult, Post, ResolvedConfig, RuleConfig, RulePack, Severity } from "../types.js";

export interface LinterOptions {
  /** Rule packs (the default pack is `import pack from "@postlint/rules"`). */
  packs: readonly RulePack[];
  /** A validated config, or a raw object to validate. */
  config?: ResolvedConfig | Record<string, unknown>;
  /** Report `postlint-disable` comments that suppress nothing. */
  reportUnusedDisable?: boolean;
  /** Told once per linter about settings that still work but are deprecated (the CLI prints them on stderr). */
  onNotice?: (message: string) => void;
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

/** What one linter holds for every post it checks: made once, in `createLinter`. */
export interface Engine {
  config: ResolvedConfig;
  /** What rules see of `config`. */
  ruleConfig: RuleConfig;
  rules: readonly ActiveRule[];
  clauses: ClauseTitles;
  /** Configured names (organization, products, terms), left out of language detection. */
  names: RegExp | undefined;
  reportUnusedDisable: boolean;
  /** A rule's one-off setup, run on first use and shared by every post. */
  setupOf(active: ActiveRule): Promise<unknown>;
}

/** A post's metadata and language, before its prose is parsed. */
export type PreparedPost = Omit<Post, "mdast" | "tokens" | "sentences" | "images" | "urls" | "code">;

/** A post's time budget: `at` moves on while a rule's one-off setup runs (that is not the post's time). */
export interface Deadline {
  at: number;
  reason: string;
}

export type Locator = ReturnType<typeof createLocator>;

/** Where a finding is, in lines and columns. */
export interface Span {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}
