import { countPlatformLength, type LengthCounter } from "../../../../rules/src/platform-length.js";
import { COUNTING_NOTES } from "./labels.js";

export interface Limit {
  name: string;
  maxLength: number;
  counter: LengthCounter;
}

/** The per-platform character counter, counted as the platform counts (the rule's own counter). */
export function renderCounter(el: HTMLElement, bar: HTMLElement, text: string, limit: Limit | undefined): void {
  const posted = text.trim();
  if (!limit) {
    const n = [...posted].length;
    el.textContent = `${n} ${n === 1 ? "character" : "characters"} · pick a platform to see its limit`;
    el.dataset["state"] = "none";
    bar.style.setProperty("--fill", "0");
    return;
  }
  const { length } = countPlatformLength(posted, limit.counter);
  const name = limit.name;
  const note = COUNTING_NOTES[limit.counter];
  const over = length - limit.maxLength;
  el.dataset["state"] = over > 0 ? "over" : length > limit.maxLength * 0.9 ? "near" : "ok";
  el.textContent =
    over > 0
      ? `${length} / ${limit.maxLength} · ${over} over ${name}’s limit`
      : `${length} / ${limit.maxLength} on ${name}${note ? ` · ${note}` : ""}`;
  bar.style.setProperty("--fill", String(Math.min(1, length / limit.maxLength)));
}

/** How many characters the draft is over the platform's limit (0 when within it or no platform). */
export function overLimit(text: string, limit: Limit | undefined): number {
  if (!limit) return 0;
  return Math.max(0, countPlatformLength(text.trim(), limit.counter).length - limit.maxLength);
}
