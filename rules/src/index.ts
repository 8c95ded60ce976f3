import type { AnyPolicyRule, RulePack } from "@postlint/core";
import brandVoice from "./brand-voice.js";
import { clauses } from "./clauses.js";
import confidentialInfo from "./confidential-info.js";
import controversialTopic from "./controversial-topic.js";
import financialDisclosure from "./financial-disclosure.js";
import imagePolicy from "./image-policy.js";
import insensitiveLanguage from "./insensitive-language.js";
import missingDisclaimer from "./missing-disclaimer.js";
import personalData from "./personal-data.js";
import platformLimits from "./platform-limits.js";
import profanity from "./profanity.js";
import secret from "./secret.js";
import unauthorizedSpokesperson from "./unauthorized-spokesperson.js";
import unreleasedProduct from "./unreleased-product.js";
import workplaceConflict from "./workplace-conflict.js";

/** The default pack, in the contract's order. */
export const rules: AnyPolicyRule[] = [
  confidentialInfo,
  unreleasedProduct,
  workplaceConflict,
  missingDisclaimer,
  unauthorizedSpokesperson,
  brandVoice,
  profanity,
  insensitiveLanguage,
  personalData,
  secret,
  financialDisclosure,
  controversialTopic,
  platformLimits,
  imagePolicy,
];

const pack: RulePack = { name: "@postlint/rules", rules, clauses };
export default pack;
export { clauses };
/** Each platform's length limit and how it counts, for adapters that show a live counter. */
export { PLATFORM_LIMITS, PLATFORM_NAMES } from "./platform-limits.js";
