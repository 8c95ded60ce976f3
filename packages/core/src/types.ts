import type { Root as MdastRoot } from "mdast";
import type { z } from "zod";
import type { ConfigOverride, CustomRuleDef, PolicyClause } from "./policy-config.js";
import type { fixSchema, lintMessageSchema, lintResultSchema, suggestionSchema } from "./result-schema.js";

export const LANGUAGES = ["en", "nl", "da"] as const;
export type Language = (typeof LANGUAGES)[number];

export const PLATFORMS = ["x", "linkedin", "instagram", "facebook", "threads", "bluesky", "mastodon", "tiktok"] as const;
export type Platform = (typeof PLATFORMS)[number];

export const ACCOUNTS = ["personal", "official"] as const;
export type Account = (typeof ACCOUNTS)[number];

export type Severity = "error" | "warn";
export type RuleLevel = Severity | "off";

/** Half-open `[start, end)` UTF-16 offsets into the post's original text (front matter included). */
export type Range = readonly [number, number];

/** What the post says about itself: front matter, merged over CLI flags and config defaults. */
export interface PostMeta {
  platform?: Platform;
  account: Account;
  author?: string;
  /** `auto` until the language is resolved. */
  lang: Language | "auto";
  /** Publication day, `YYYY-MM-DD`. */
  date: string;
  /** Front-matter `postlint: { disable, reason }`. */
  postlint?: { disable?: string[]; reason?: string };
  /** Any other front-matter keys, kept for plugins. */
  extra: Record<string, unknown>;
}

/** One word of prose, from the retext tree. Hyphenated words are split into their parts. */
export interface Token {
  /** As written. */
  text: string;
  /** Lower-cased, apostrophes normalised to `'`. */
  norm: string;
  start: number;
  end: number;
  /** `#`, `@` or `$` written directly before the word (`#ad`, `@northwind`, `$NWND`). */
  prefix?: "#" | "@" | "$";
  /** Index into `Post.sentences`. */
  sentence: number;
  /** The token is glued to the previous one by a hyphen (`Northwind-medewerker`). */
  joined: boolean;
  /**
   * Other readings of a disguised word, tried when `norm` is not in a lexicon as is: letters
   * repeated for emphasis collapsed (`fuuuck` → fuck, `klooootzak` → klootzak). See normalize.ts.
   */
  forms?: readonly string[];
  /** `norm` holds mask or leetspeak characters (`f*ck`, `sh1t`): matched letter by letter. */
  masked?: boolean;
  /** The words of a camel-case hashtag (`#ProjectHydra` → Project, Hydra), offsets in the post. */
  parts?: readonly Token[];
}

export interface Sentence {
  start: number;
  end: number;
  /** Token indexes `[first, last)`. */
  tokens: readonly [number, number];
}

export interface ImageRef {
  alt: string | null;
  url: string;
  start: number;
  end: number;
}

/** What was read from an image outside the post (`@postlint/core/node` or the caller extracts it; core does no I/O). */
export interface ImageContent {
  /** The image as the post names it: its Markdown URL, its front-matter path, or the API `name`. */
  name: string;
  /** Alt text given with the image (API, draft page); Markdown alt text is read from the post. */
  alt?: string | null;
  /** Text in the image: OCR of its pixels, embedded text (EXIF/XMP description, PNG text), decoded codes. */
  text?: string;
  metadata?: ImageMetadata;
  /** QR codes and barcodes found in the image. */
  codes?: readonly ImageCode[];
  /** What could not be read (`ocr-unavailable`, `ocr-timeout`, `unreadable`), for notices. */
  skipped?: readonly string[];
}

export interface ImageMetadata {
  /** EXIF/XMP GPS position. */
  gps?: { latitude: number; longitude: number };
  /** Fields that name a person or a device: owner, artist, creator, camera serial number. */
  personal?: readonly { field: string; value: string }[];
}

export interface ImageCode {
  /** `qr`, `ean13`, `code128`, … */
  format: string;
  text: string;
}

/** An image of the post with where the post refers to it: the Markdown image, its front-matter entry, or the body start. */
export interface ImageSource extends ImageContent {
  range: Range;
}

export interface Post {
  /** The original text, front matter included; every offset points into it. */
  text: string;
  filePath?: string;
  meta: PostMeta & { lang: Language };
  language: Language;
  languageDetected: boolean;
  /** Where the language came from: front matter, flag or config; detection; or the fallback for short posts. */
  languageSource: "declared" | "detected" | "default";
  /** Offset where the body (after front matter) starts. */
  bodyStart: number;
  /** Markdown tree. Positions are offsets into `text` (front matter is blanked, not removed). */
  mdast: MdastRoot;
  tokens: readonly Token[];
  sentences: readonly Sentence[];
  images: readonly ImageRef[];
  /** Content read from the post's images (`LintInput.images`), anchored at their references; absent without. */
  imageSources?: readonly ImageSource[];
  /** Ranges of URLs and e-mail addresses; prose matching skips words inside them. */
  urls: readonly Range[];
  /** Ranges of inline code and code blocks. Their words are in `tokens` too: platforms publish code as text. */
  code: readonly Range[];
}

export type MessageTemplates = Record<string, string>;
/** English is required; Dutch and Danish fall back to English per message id. */
export type MessageCatalog = { en: MessageTemplates } & Partial<Record<Language, MessageTemplates>>;

/** A safe mechanical replacement: `range` in the post's original text, replaced by `text`. */
export type Fix = z.infer<typeof fixSchema>;

/** A replacement that needs the author's judgement. */
export type Suggestion = z.infer<typeof suggestionSchema>;

export interface Report {
  messageId: string;
  range: Range;
  data?: Record<string, string | number>;
  /** Default severity of this finding when the user has not configured the rule (POLICY §4 "split"). */
  severity?: Severity;
  /** Clause id from POLICY.md when the finding enforces one clause of several the rule covers. */
  clause?: string;
  /** The matched value is sensitive: its text is masked in all output. */
  sensitive?: boolean;
  fix?: Fix;
  suggestions?: Suggestion[];
  /** The finding is about this image (`ImageSource.name`); the engine sets `source: { image }`. */
  image?: string;
}

export interface RuleMeta<O = Record<string, unknown>> {
  description: string;
  /** Clause ids from POLICY.md, the main one first. */
  policy: readonly string[];
  languages: readonly Language[];
  defaultSeverity: RuleLevel;
  /** Account types the rule applies to; all when absent. */
  accounts?: readonly Account[];
  fixable?: boolean;
  docsUrl?: string;
  /** Options schema with defaults; the engine validates `rules.<id>` options against it. */
  options?: z.ZodType<O>;
  /**
   * `false`: the rule judges the post as a whole (length, a required hashtag, a disclaimer
   * anywhere), so the engine does not run it on text read from images. Default: it does.
   */
  imageText?: boolean;
  /**
   * The shared vocabulary (concept tags) the rule reads, for documentation and for the pack's own
   * build-time check that every tag exists. Core does not interpret it.
   */
  concepts?: readonly string[];
  /**
   * Deprecated options that spell the organization's data a second time: option → the config
   * list it stands for (`{ allow: "personalData.allow" }`). The engine adds such an option's
   * entries to that list and leaves it out of `options`, so the rule reads only the config; the
   * rule docs list it as deprecated.
   */
  deprecatedOptions?: Readonly<Record<string, ConfigListKey>>;
  /** A rule written in YAML (`customRules`): its definition, for docs and the handbook. */
  custom?: CustomRuleDef;
}

/** Config lists a deprecated rule option can stand for (`RuleMeta.deprecatedOptions`). */
export type ConfigListKey = "personalData.allow";

/**
 * What a rule sees of the config: the organization's data and the post defaults. Never the server's
 * settings (API tokens, webhooks, retention, gate thresholds), other rules' settings or file paths:
 * a rule, a plugin's above all, gets only what it needs to judge a post.
 */
export type RuleConfig = Readonly<Pick<ResolvedConfig, (typeof RULE_CONFIG_KEYS)[number]>>;

/** The config keys a rule's context carries (`RuleConfig`). */
export const RULE_CONFIG_KEYS = [
  "organization",
  "products",
  "spokespeople",
  "disclaimers",
  "brand",
  "confidential",
  "personalData",
  "financialDisclosure",
  "defaultLanguage",
  "lang",
  "platform",
  "account",
] as const satisfies readonly (keyof ResolvedConfig)[];

export interface SetupContext<O> {
  /** The organization's data (`RuleConfig`), not the whole config. */
  config: RuleConfig;
  options: O;
}

export interface RuleContext<O> {
  /** The organization's data (`RuleConfig`), not the whole config. */
  config: RuleConfig;
  options: O;
  report(report: Report): void;
}

export interface PolicyRule<O = Record<string, unknown>, S = unknown> {
  id: string;
  meta: RuleMeta<O>;
  messages: MessageCatalog;
  /** Once per linter, lazily before the first post: compile matchers here. */
  setup?(ctx: SetupContext<O>): S | Promise<S>;
  /** Once per post: match and report, nothing else. */
  check(post: Post, ctx: RuleContext<O>, state: S): void | Promise<void>;
}

// A pack holds rules of differing option types; `any` here is the variance escape hatch.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyPolicyRule = PolicyRule<any, any>;

export type ClauseTitles = Record<string, { en: string } & Partial<Record<Language, string>>>;

export interface RulePack {
  name: string;
  rules: readonly AnyPolicyRule[];
  /** Clause id → title, used for the `policy` field of findings. */
  clauses?: ClauseTitles;
}

export interface ProductConfig {
  name: string;
  aliases: string[];
  /** `YYYY-MM-DD`; absent = launched. */
  launch?: string;
}

export interface ResolvedConfig {
  organization: { name?: string; aliases: string[]; competitors: string[]; domains: string[] };
  products: ProductConfig[];
  spokespeople: string[];
  disclaimers: string[];
  brand: { hashtags: { required: string[] }; banned: string[]; substitutions: Record<string, string> };
  confidential: { terms: string[] };
  personalData: { allow: string[] };
  /** `insiders`: authors (handles as in `spokespeople`) whose financial hints are errors, not warnings. */
  financialDisclosure: { insiders: string[] };
  defaultLanguage?: Language;
  lang?: Language | "auto";
  platform?: Platform;
  account?: Account;
  rules: Record<string, RuleSetting>;
  plugins: (string | RulePack)[];
  gate: { block: Severity | "never"; review: Severity | "never"; honorSuppressions: boolean };
  /** `postlint serve`: bootstrap API tokens; how long the review queue keeps post text; where callbacks may go. */
  server: { tokens: string[]; retention: { text?: string }; webhooks: { allowHosts: string[] } };
  /** `false`: images are not read (`--no-images`); otherwise what to read and the time budget per image. */
  images: false | ImagesConfig;
  /** The organization's clauses and which rule cites which (`policy.clauses`, `policy.map`). */
  policy?: { clauses: PolicyClause[]; map: Record<string, string> };
  /** Rule settings for posts matching a path glob, account or platform, applied in order. */
  overrides?: ConfigOverride[];
  /** Rules written in YAML (`customRules:` and the files of `rulesDir`). */
  customRules?: CustomRuleDef[];
  rulesDir?: string;
  extends?: string[];
  /** Where this config came from, for messages. */
  filePath?: string;
  /** The config file's folder (absolute), which `overrides[].files` globs are relative to. */
  baseDir?: string;
}

export interface ImagesConfig {
  /** Read text in images (OCR). Default true. */
  ocr: boolean;
  /** Time budget per image in milliseconds (OCR is stopped after it). Default 10,000. */
  timeoutMs: number;
}

export type RuleLevelInput = RuleLevel | 0 | 1 | 2 | false;
export type RuleSetting = RuleLevelInput | [RuleLevelInput] | [RuleLevelInput, Record<string, unknown>];

/** One finding (or, `fatal`, why the post could not be checked); fields are described in result-schema.ts. */
export type LintMessage = z.infer<typeof lintMessageSchema>;

/** The contract's result object for one post, as in `postlint --format json`. */
export type LintResult = z.infer<typeof lintResultSchema>;
