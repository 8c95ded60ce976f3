/**
 * Suppressions: `postlint-disable` comments and front-matter `postlint.disable`, what they silence
 * (by `LintInput.inlineConfig`), and the warnings about them, with their own message catalogue.
 */
import { formatMessage } from "../messages.js";
import { parseDirectives, suppressorOf, type Directive } from "../suppressions.js";
import type { Language, LintMessage, Range } from "../types.js";
import type { LintInput, Locator, PreparedPost } from "./types.js";

const SUPPRESSION = "suppression";

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

/** What becomes of a finding: kept, kept and marked `suppressed: true`, or dropped. */
type Verdict = "keep" | "mark" | "drop";

export interface Suppressions {
  /** The rule is off for this whole post (front matter) and its findings would be dropped: do not run it. */
  skips(ruleId: string): boolean;
  /** What becomes of a finding of `ruleId` at `offset` (on `line`); marks the directive that covers it as used. */
  verdict(ruleId: string | null, offset: number, line: number): Verdict;
  /** Warnings about the suppressions themselves (no reason given, suppressing nothing). */
  warnings(reportUnused: boolean): LintMessage[];
}

export function suppressionsOf(input: LintInput, post: PreparedPost, locator: Locator): Suppressions {
  const mode = input.inlineConfig ?? "apply";
  const directives = mode === "ignore" ? [] : parseDirectives(post.text, (offset) => locator.line(offset));
  const disabledByMeta = new Set(mode === "ignore" ? [] : (post.meta.postlint?.disable ?? []));
  return {
    skips: (ruleId) => mode !== "report" && disabledByMeta.has(ruleId),
    verdict(ruleId, offset, line) {
      const suppressor = ruleId ? suppressorOf(directives, ruleId, offset, line) : undefined;
      if (suppressor) suppressor.used = true;
      const suppressed = suppressor !== undefined || (ruleId !== null && disabledByMeta.has(ruleId));
      if (!suppressed) return "keep";
      return mode === "apply" ? "drop" : "mark";
    },
    warnings: (reportUnused) => (mode === "ignore" ? [] : suppressionWarnings(directives, post, reportUnused, locator)),
  };
}

function suppressionWarnings(directives: readonly Directive[], post: PreparedPost, reportUnused: boolean, locator: Locator): LintMessage[] {
  const text = SUPPRESSION_TEXT[post.language];
  const out: LintMessage[] = [];
  const at = (range: Range) => {
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
