/**
 * The concept layer: the vocabulary of meaning that rules share (lexicons/<lang>/concepts.yml,
 * tags listed in lexicons/concept-tags.yml) and the few ways of combining it (a sentence window,
 * negation scope, tone, the post's account and author). Rules import this and core, never each
 * other: changing one rule's detection then changes one rule.
 */
export { CONCEPT_TAGS, conceptEntries, conceptMatcher, hasConcept, type ConceptTag } from "./lexicon.js";
export { inWindow, near, negated, overlaps, sentenceOf } from "./window.js";
export { cueWeight, toneOf, type Tone, type ToneInput } from "./tone.js";
export { findAttitudes, targetKindOf, TARGET_KINDS, type Attitude, type Attitudes, type TargetKind } from "./attitude.js";
export { insensitiveEntries } from "./insensitive.js";
export { profanityEntries } from "./profanity.js";
export { compileSpokespersonCues, type SpokespersonCues } from "./voice.js";
export { figureEvidence, tokenAt } from "./figures.js";
export { handle, postContext, type PostContext } from "./context.js";
export { findHurtful, type Hurtful, type HurtfulKind } from "./hurtful.js";
