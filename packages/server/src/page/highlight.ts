import type { Span } from "./ranges.js";

export interface Mark extends Span {
  severity: "error" | "warn";
  /** Index of the finding in the list, to link the mark and its card. */
  finding: number;
}

/**
 * Draws the draft again, behind the transparent-backed textarea, with the flagged words wrapped in
 * `<mark>`: the words light up in place while the textarea stays a plain, native text field.
 */
export function renderHighlights(container: HTMLElement, text: string, marks: readonly Mark[]): void {
  const fragment = document.createDocumentFragment();
  let cursor = 0;
  for (const mark of [...marks].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const start = Math.max(mark.start, cursor);
    if (mark.end <= start) continue;
    fragment.append(text.slice(cursor, start));
    const el = document.createElement("mark");
    el.className = `hl hl--${mark.severity}`;
    el.dataset["finding"] = String(mark.finding);
    el.textContent = text.slice(start, mark.end);
    fragment.append(el);
    cursor = mark.end;
  }
  // A trailing newline needs something after it, or the backdrop ends a line short of the textarea.
  fragment.append(text.slice(cursor) + (text.endsWith("\n") ? " " : ""));
  container.replaceChildren(fragment);
}

export function setActive(container: HTMLElement, finding: number | null): void {
  for (const el of container.querySelectorAll<HTMLElement>("mark")) el.classList.toggle("hl--active", el.dataset["finding"] === String(finding));
}
