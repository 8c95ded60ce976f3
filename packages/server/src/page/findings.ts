import type { Fix, LintMessage } from "@postlint/core";
import { ruleName } from "./labels.js";

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
}

const SEVERITY_LABEL = { error: "Fix before posting", warn: "Worth a second look" } as const;

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
  head.append(el("span", `badge badge--${message.severity}`, SEVERITY_LABEL[message.severity]), el("h3", "finding__rule", ruleName(message.ruleId)));
  if (quote) {
    const jump = el("button", "finding__quote", `“${quote}”`);
    jump.type = "button";
    jump.title = "Show in the draft";
    jump.setAttribute("aria-label", `Show “${quote}” in the draft`);
    jump.addEventListener("click", () => handlers.jump(index));
    head.append(jump);
  }
  li.append(head);
  if (message.source?.image !== undefined) li.append(el("p", "finding__policy", `In the picture ${message.source.image}`));
  li.append(el("p", "finding__message", message.message));
  if (message.policy) li.append(el("p", "finding__policy", policyLine(message.policy)));

  const actions = el("div", "finding__actions");
  const fixes: { label: string; fix: Fix }[] = [];
  if (message.fix) fixes.push({ label: fixLabel(message.fix), fix: message.fix });
  for (const s of message.suggestions ?? []) fixes.push({ label: s.desc, fix: s.fix });
  for (const { label, fix } of fixes) {
    const button = el("button", "button button--primary", label);
    button.type = "button";
    // A fix is applied to the words it was made for; once they are edited it is stale.
    button.disabled = quote === null;
    button.addEventListener("click", () => handlers.apply(index, fix));
    actions.append(button);
  }
  if (message.docsUrl) {
    const more = el("a", "finding__more", "Why this matters");
    more.href = message.docsUrl;
    more.target = "_blank";
    more.rel = "noopener noreferrer";
    actions.append(more);
  }
  if (actions.childElementCount) li.append(actions);
  return li;
}

/** What the button will do: add, remove or replace words. */
function fixLabel(fix: Fix): string {
  const text = fix.text.trim();
  if (!text) return "Remove it";
  return fix.range[0] === fix.range[1] ? `Add “${text}”` : `Replace with “${text}”`;
}

/** `P3 No posts about…` → `Policy P3: No posts about…`. */
function policyLine(policy: string): string {
  const m = /^(P\d+|[A-Z]+)\s+(\S.*)?$/.exec(policy);
  return m ? `Policy ${m[1] ?? ""}: ${m[2] ?? ""}` : `Policy: ${policy}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}
