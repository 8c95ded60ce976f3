import type { LintMessage } from "@postlint/core";
import { findingName } from "./findings.js";
import { t, tn } from "./i18n/index.js";

/**
 * A finding is dismissed for its words, not its position: edits elsewhere in the draft keep it
 * dismissed, and the same words flagged again stay hidden until they are restored.
 */
export function findingKey(message: LintMessage, quote: string | null): string {
  return [message.ruleId ?? "", message.messageId ?? "", quote ?? message.message].join("\u241f");
}

export interface DismissedView {
  key: string;
  message: LintMessage;
  quote: string | null;
}

/** The findings dismissed for this draft, each with a button that brings it back. */
export function renderDismissed(box: HTMLDetailsElement, title: HTMLElement, list: HTMLElement, views: readonly DismissedView[], restore: (key: string) => void): void {
  box.hidden = views.length === 0;
  title.textContent = tn("dismissed", views.length);
  list.replaceChildren(
    ...views.map(({ key, message, quote }) => {
      const li = document.createElement("li");
      li.className = "dismissed__item";
      const label = document.createElement("span");
      const rule = findingName(message);
      label.textContent = quote ? `${rule}: “${quote}”` : rule;
      const button = document.createElement("button");
      button.type = "button";
      button.className = "button button--quiet button--small";
      button.textContent = t("restore");
      button.setAttribute("aria-label", t("restore.label", { rule: quote ? `${rule}: ${quote}` : rule }));
      button.addEventListener("click", () => restore(key));
      li.append(label, button);
      return li;
    }),
  );
}
