import type { Fix, LintMessage } from "@postlint/core";
import { language, t } from "./i18n/index.js";
import { ruleName } from "./i18n/rule-names.js";

export interface FindingView {
  /** Position in the result's messages, which marks in the draft refer to. */
  index: number;
  message: LintMessage;
  /** The flagged words as they stand in the draft now; null when an edit has touched them. */
  quote: string | null;
}

export interface FindingHandlers {
  jump(index: number): void;
  apply(index: number, fix: Fix): void;
  hover(index: number | null): void;
  /** Hides the finding for this draft; pages without it show no dismiss button. */
  dismiss?(index: number): void;
}

/**
 * One card per finding: what was found, why, what to do instead, and a button when there is a fix.
 * What blocks the post comes first; within a severity, the order of the draft.
 */
export function renderFindings(list: HTMLElement, views: readonly FindingView[], handlers: FindingHandlers): void {
  const ordered = [...views].sort((a, b) => rank(a) - rank(b) || a.index - b.index);
  list.replaceChildren(...ordered.map((view) => card(view, handlers)));
}

const rank = (view: FindingView): number => (view.message.severity === "error" ? 0 : 1);

function card({ index, message, quote }: FindingView, handlers: FindingHandlers): HTMLElement {
  const li = el("li", `finding finding--${message.severity}`);
  li.dataset["finding"] = String(index);
  li.addEventListener("mouseenter", () => handlers.hover(index));
  li.addEventListener("mouseleave", () => handlers.hover(null));
  li.addEventListener("focusin", () => handlers.hover(index));
  li.addEventListener("focusout", () => handlers.hover(null));

  const head = el("div", "finding__head");
  const rule = findingName(message);
  head.append(el("span", `badge badge--${message.severity}`, t(message.severity === "error" ? "severity.error" : "severity.warn")), el("h3", "finding__rule", rule));
  if (quote) {
    const jump = el("button", "finding__quote", `“${quote}”`);
    jump.type = "button";
    jump.title = t("quote.title");
    jump.setAttribute("aria-label", t("quote.label", { quote }));
    jump.addEventListener("click", () => handlers.jump(index));
    head.append(jump);
  }
  li.append(head);
  if (message.source?.image !== undefined) li.append(el("p", "finding__policy", t("in.picture", { name: message.source.image })));
  li.append(el("p", "finding__message", message.message));
  if (message.policy) li.append(el("p", "finding__policy", policyLine(message.policy)));

  const actions = el("div", "finding__actions");
  const fixes: { label: string; fix: Fix }[] = [];
  if (message.fix) fixes.push({ label: fixLabel(message.fix), fix: message.fix });
  for (const s of message.suggestions ?? []) fixes.push({ label: s.desc, fix: s.fix });
  for (const [n, { label, fix }] of fixes.entries()) {
    // The rule's own fix leads; its alternatives (suggestions) are quieter.
    const button = el("button", n === 0 && message.fix ? "button button--primary" : "button button--quiet", label);
    button.type = "button";
    // A fix is applied to the words it was made for; once they are edited it is stale.
    button.disabled = quote === null;
    button.addEventListener("click", () => handlers.apply(index, fix));
    actions.append(button);
  }
  if (message.docsUrl) {
    const more = el("a", "finding__more", t("why"));
    more.href = message.docsUrl;
    more.target = "_blank";
    more.rel = "noopener noreferrer";
    actions.append(more);
  }
  if (handlers.dismiss) {
    const dismiss = el("button", "button button--quiet finding__dismiss", t("dismiss"));
    dismiss.type = "button";
    dismiss.setAttribute("aria-label", t("dismiss.label", { rule }));
    dismiss.addEventListener("click", () => handlers.dismiss?.(index));
    actions.append(dismiss);
  }
  if (actions.childElementCount) li.append(actions);
  return li;
}

/** The rule's name in the page's language. */
export function findingName(message: LintMessage): string {
  return ruleName(message.ruleId, language(), t("rule.post"));
}

/** What the button will do: add, remove or replace words, or put in a `[placeholder]` to fill in. */
function fixLabel(fix: Fix): string {
  const text = fix.text.trim();
  if (!text) return t("fix.remove");
  if (isPlaceholder(text)) return t("fix.placeholder", { text });
  return fix.range[0] === fix.range[1] ? t("fix.add", { text }) : t("fix.replace", { text });
}

/** `[public e-mail address]`: words the writer replaces with their own. */
export const isPlaceholder = (text: string): boolean => /^\[[^\]\n]+\]$/.test(text);

/** `P3 No posts about…` → `Policy P3: No posts about…`. */
function policyLine(policy: string): string {
  const m = /^(P\d+|[A-Z]+)\s+(\S.*)?$/.exec(policy);
  return m ? t("policy", { id: m[1] ?? "", text: m[2] ?? "" }) : t("policy.plain", { text: policy });
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
