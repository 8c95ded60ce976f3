import type { PolicyRule } from "./types.js";

/** Declares a rule; typed helper only, so a rule file reads as data plus a `check`. */
export function definePolicyRule<O = Record<string, unknown>, S = undefined>(rule: PolicyRule<O, S>): PolicyRule<O, S> {
  return rule;
}
