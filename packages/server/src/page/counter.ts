// A subpath of its own: the page bundles the counter without the rules.
import { countPlatformLength, type LengthCounter } from "@postlint/rules/platform-length";
import { t, tn, type Key } from "./i18n/index.js";

export interface Limit {
  name: string;
  maxLength: number;
  counter: LengthCounter;
}

/** The per-platform character counter, counted as the platform counts (the rule's own counter). */
export function renderCounter(el: HTMLElement, bar: HTMLElement, text: string, limit: Limit | undefined): void {
  const posted = text.trim();
  if (!limit) {
    el.textContent = tn("counter.none", [...posted].length);
    el.dataset["state"] = "none";
    bar.style.setProperty("--fill", "0");
    return;
  }
  const { length } = countPlatformLength(posted, limit.counter);
  const over = length - limit.maxLength;
  const note = limit.counter === "x-weighted" || limit.counter === "mastodon" ? t(`counting.${limit.counter}` as Key) : "";
  el.dataset["state"] = over > 0 ? "over" : length > limit.maxLength * 0.9 ? "near" : "ok";
  const vars = { length, limit: limit.maxLength, over, platform: limit.name };
  el.textContent = over > 0 ? t("counter.over", vars) : `${t("counter.on", vars)}${note ? ` · ${note}` : ""}`;
  bar.style.setProperty("--fill", String(Math.min(1, length / limit.maxLength)));
}

/** How many characters the draft is over the platform's limit (0 when within it or no platform). */
export function overLimit(text: string, limit: Limit | undefined): number {
  if (!limit) return 0;
  return Math.max(0, countPlatformLength(text.trim(), limit.counter).length - limit.maxLength);
}
