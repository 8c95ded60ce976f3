/**
 * @postlint/core: parse a post, run policy rules, collect findings. Knows no rule and does no I/O,
 * so it runs in a browser too; Node-only helpers (config search, files) are in `@postlint/core/node`.
 */
export { createLinter, failedResult, fatalResult, SECTION_SIZE, timeBudgetReason, type ActiveRule, type LintInput, type Linter, type LinterOptions } from "./linter.js";
export { lint, type LintOptions } from "./lint.js";
export { definePolicyRule } from "./define-rule.js";
export { compilePhrases, patternWords, type FindOptions, type PhraseEntry, type PhraseHit, type PhraseMatcher, type PhraseOptions } from "./phrases.js";
export { compileLexicon, lexiconEntrySchema, lexiconMatchers, languageCache, parseLexicon, type LexiconEntry } from "./lexicon.js";
export { firstWordTable, indexLexicons, type FirstWordTable } from "./lexicon-index.js";
export { resolveCues, type CueEvidence, type CueOptions } from "./cues.js";
export { imageWords, withFileNameWords, type ImageWords } from "./images.js";
export { anchorImages } from "./image-sources.js";
export { compileMentions, type Mention, type MentionKind, type MentionMatcher } from "./mentions.js";
export { isNegated, isQuoted, lineEndAfter, sentenceWindow, today } from "./context.js";
export { addStemTable, loadStemmer, type Stemmer, type StemTable } from "./stemmers.js";
export { loadSentiment, type SentimentScorer } from "./sentiment.js";
export { expandPlaceholders, expandWordClasses } from "./placeholders.js";
export { mask, removalRange } from "./mask.js";
export { directiveRanges } from "./suppressions.js";
export { applyFixes } from "./fixes.js";
export { formatMessage } from "./messages.js";
export { closest, editDistance } from "./suggest.js";
export { isResolvedConfig, resolveConfig, type ConfigSource } from "./config.js";
export type { PostMetaInput } from "./front-matter.js";
export { MAX_IMAGE_BYTES, MAX_IMAGES, postRequestFields, scheduledPostFields } from "./post-request.js";
export { normalizePlatform, PLATFORM_ALIASES, withPlatformAlias } from "./platform-aliases.js";
export { describeIssue, formatPath } from "./schema-errors.js";
export { detectLanguage } from "./language.js";
export { normalizeWord, tokenizeText } from "./parse.js";
export { foldWord, invisibleFree, isMasked, maskedMatch, repeatForms, type TextView } from "./normalize.js";
export { ConfigError, InputError, PostlintError } from "./errors.js";
export { escapeControl } from "./formatters/control-chars.js";
export { formatters, FORMAT_NAMES, type FormatContext, type FormatName, type Formatter, type RuleInfo } from "./formatters/index.js";
export { z } from "zod";
export * from "./types.js";
export { clauseSchema, customRuleSchema, localText, overrideSchema, policySchema, type ConfigOverride, type CustomRuleDef, type LocalText, type PolicyClause } from "./policy-config.js";
export { customRule, customRulePack, localize, CUSTOM_PACK } from "./custom-rules/index.js";
export { clauseOfRule, clauseTitlesOf } from "./policy-clauses.js";
export { globToRegExp, matchingOverrides } from "./overrides.js";
export { VOCABULARY_KEYS, type Vocabulary } from "./vocabulary.js";
export { parseFrontMatter } from "./front-matter.js";
export { EXPECTED_POST_DATE, isoDay } from "./dates.js";
export { fixSchema, lintMessageSchema, lintResultSchema, suggestionSchema } from "./result-schema.js";
