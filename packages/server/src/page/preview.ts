import { countPlatformLength } from "../../../../rules/src/platform-length.js";
import type { Limit } from "./counter.js";
import { t } from "./i18n/index.js";

/**
 * Where feeds fold a long post behind "see more": about this many characters, or this many line
 * breaks, whichever comes first. Approximate (platforms change them, and they differ by device);
 * platforms not listed show the whole post.
 */
const FOLDS: Record<string, { chars: number; lines: number }> = {
  linkedin: { chars: 210, lines: 3 },
  instagram: { chars: 125, lines: 2 },
  facebook: { chars: 480, lines: 5 },
};

interface PreviewParts {
  /** What readers see in the feed. */
  shown: string;
  /** What they see after "see more"; empty when the post does not fold. */
  folded: string;
  /** What the platform cuts or refuses: past its limit. */
  over: string;
  /** The platform's fold, in characters, when the post is long enough to be folded. */
  fold: number | null;
}

/** Splits the post as the platform will show it: above the fold, behind it, and past the limit. */
function previewParts(text: string, platform: string, limit: Limit): PreviewParts {
  const posted = text.trim();
  const counted = countPlatformLength(posted, limit.counter);
  const cut = counted.length > limit.maxLength ? counted.indexAt(limit.maxLength) : posted.length;
  const rule = FOLDS[platform];
  let fold = posted.length;
  if (rule && counted.length > rule.chars) fold = wordStart(posted, counted.indexAt(rule.chars));
  if (rule) fold = Math.min(fold, nthLineBreak(posted, rule.lines));
  if (fold >= posted.length || !rule) return { shown: posted.slice(0, cut), folded: "", over: posted.slice(cut), fold: null };
  fold = Math.min(fold, cut);
  return { shown: posted.slice(0, fold), folded: posted.slice(fold, cut), over: posted.slice(cut), fold: rule.chars };
}

/** Feeds fold between words: back to the start of the word the fold falls in (within 20 characters). */
function wordStart(text: string, index: number): number {
  for (let i = index; i > Math.max(0, index - 20); i--) if (/\s/.test(text[i - 1] ?? "")) return i;
  return index;
}

function nthLineBreak(text: string, n: number): number {
  let at = -1;
  for (let i = 0; i < n; i++) {
    at = text.indexOf("\n", at + 1);
    if (at < 0) return text.length;
  }
  return at;
}

export interface PreviewElements {
  card: HTMLElement;
  name: HTMLElement;
  body: HTMLElement;
  note: HTMLElement;
}

/** Draws the post as a feed would: the fold as a "see more" button that opens it, the cut struck through. */
export function renderPreview(el: PreviewElements, text: string, platform: string, limit: Limit, official: boolean, expanded: { value: boolean }): void {
  el.card.dataset["platform"] = platform;
  el.name.textContent = official ? t("preview.brand") : t("preview.you");
  if (!text.trim()) {
    el.body.replaceChildren(span("preview__empty", t("preview.empty", { platform: limit.name })));
    el.note.replaceChildren();
    return;
  }
  const parts = previewParts(text, platform, limit);
  const over = (): HTMLElement => Object.assign(document.createElement("del"), { className: "preview__over", textContent: parts.over });
  const body: Node[] = [];
  if (parts.fold === null) {
    body.push(span("preview__shown", parts.shown));
    if (parts.over) body.push(over());
  } else {
    const toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "preview__more";
    toggle.textContent = expanded.value ? t("preview.less") : t("preview.more");
    toggle.setAttribute("aria-expanded", String(expanded.value));
    toggle.addEventListener("click", () => {
      expanded.value = !expanded.value;
      renderPreview(el, text, platform, limit, official, expanded);
    });
    if (expanded.value) {
      body.push(span("preview__shown", parts.shown), span("preview__folded", parts.folded));
      if (parts.over) body.push(over());
      body.push(document.createElement("br"), toggle);
    } else body.push(span("preview__shown", parts.shown.trimEnd()), toggle);
  }
  el.body.replaceChildren(...body);
  const notes: string[] = [];
  if (parts.fold !== null) notes.push(t("preview.fold", { platform: limit.name, n: parts.fold }));
  if (parts.over) notes.push(t("preview.cut", { platform: limit.name, limit: limit.maxLength }));
  el.note.textContent = notes.join(" ");
}

function span(className: string, text: string): HTMLSpanElement {
  const node = document.createElement("span");
  node.className = className;
  node.textContent = text;
  return node;
}
