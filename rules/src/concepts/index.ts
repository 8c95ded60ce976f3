/**
 * The concept layer: the vocabulary of meaning that rules share (lexicons/<lang>/concepts.yml,
 * tags listed in lexicons/concept-tags.yml) and the few ways of combining it (a sentence window,
 * negation scope, tone, the post's account and author). Rules import this and core, never each
 * other: changing one rule's detection then changes one rule.
 */
export { CONCEPT_TAGS, conceptEntries, conceptMatcher } from "./lexicon.js";
export { overlaps, sentenceText } from "./window.js";
export { cueWeight, toneOf } from "./tone.js";
export { EYE_ROLL, findAttitudes, targetKindOf, type TargetKind } from "./attitude.js";
export { hateSymbolRemembered, insensitiveEntries } from "./insensitive.js";
export { curseAsWritten, profanityEntries } from "./profanity.js";
export { compileSpokespersonCues } from "./voice.js";
export { figureEvidence, tokenAt } from "./figures.js";
export { handle, organizationNames } from "./context.js";
export { findHurtful } from "./hurtful.js";
export { politicalJab } from "./political.js";
export { nearFamily } from "./family.js";
export { findLayoffs } from "./layoffs.js";
export { mockedMemberOfPublic } from "./mocked-public.js";
export { exposedCustomer } from "./exposed-customer.js";
export { findClosures, staffHearing } from "./closures.js";
export { internalInfoFinder } from "./internal-info.js";
export { cursedName } from "./curses.js";
export { curseInsults } from "./curse-insult.js";
export { learnedOption, learnedReport, learnedVerdict, type LearnedConfig } from "./learned.js";
export { mentionedNotUsed } from "./reported.js";
