import type { Fix, LintResult } from "@postlint/core";
import type { PageData } from "../page-data.js";
import { check, saveToken, type CheckRequest } from "./api.js";
import { copyText } from "./copy.js";
import { overLimit, renderCounter, type Limit } from "./counter.js";
import { findingKey, renderDismissed, type DismissedView } from "./dismissed.js";
import { byId } from "./dom.js";
import { isPlaceholder, renderFindings, type FindingView } from "./findings.js";
import { renderHighlights, setActive, type Mark } from "./highlight.js";
import { isUiLanguage, LANGUAGE_NAMES, pickLanguage, setLanguage, t, tn, translateDocument, UI_LANGUAGES, type UiLanguage } from "./i18n/index.js";
import { renderPreview } from "./preview.js";
import { diffEdit, lineStarts, mapSpan, spanOf, type Span } from "./ranges.js";
import { loadDraft, saveDraft, savedUiLanguage, saveUiLanguage } from "./session.js";

const DEBOUNCE_MS = 300;
/** Phones: the settings fold away so the draft and its result fit on the screen. */
const PHONE = "(max-width: 560px)";

const $ = byId;

const data = JSON.parse($("postlint-data").textContent ?? "{}") as PageData;
const draft = $<HTMLTextAreaElement>("draft");
const highlights = $("highlights");
const settings = $<HTMLDetailsElement>("settings");
const settingsCurrent = $("settings-current");
const platform = $<HTMLSelectElement>("platform");
const account = $<HTMLSelectElement>("account");
const lang = $<HTMLSelectElement>("lang");
const date = $<HTMLInputElement>("date");
const image = $<HTMLInputElement>("image");
/** The attached picture, as base64: sent with every check, read on the server (text, metadata, codes). */
let attached: { name: string; data: string } | null = null;
const counter = $("counter");
const counterBar = $("counter-bar");
const status = $("status");
const statusTitle = $("status-title");
const statusDetail = $("status-detail");
const findings = $("findings");
const findingsHeading = $("findings-heading");
const dismissedBox = $<HTMLDetailsElement>("dismissed");
const tokenForm = $<HTMLFormElement>("token-form");
const tokenInput = $<HTMLInputElement>("token");
const copyButton = $<HTMLButtonElement>("copy");
const previewPlatform = $<HTMLSelectElement>("preview-platform");
const preview = { card: $("preview-card"), name: $("preview-name"), body: $("preview-body"), note: $("preview-note") };
const previewExpanded = { value: false };
const dock = $("dock");

/** The last answer and the exact text it was for; findings are carried across later edits. */
let checked: { text: string; result: LintResult; spans: Span[] } | null = null;
/** Why the last check gave no result (shown until the next one does). */
let problem: { kind: "token" } | { kind: "failed"; message: string } | null = null;
let dismissed = new Set<string>();
let inFlight: AbortController | null = null;
let timer: number | undefined;

for (const id of Object.keys(data.platforms)) {
  platform.add(new Option(data.platforms[id]?.name ?? id, id));
  previewPlatform.add(new Option(data.platforms[id]?.name ?? id, id));
}
draft.maxLength = data.maxTextLength;
restoreDraft();
const uiLanguage = languageSwitch();
applyLanguage(savedUiLanguage() ?? pickLanguage(navigator.languages));
if (window.matchMedia(PHONE).matches) settings.open = false;

draft.addEventListener("input", () => {
  if (!draft.value.trim()) dismissed.clear();
  refresh();
  schedule(DEBOUNCE_MS);
});
draft.addEventListener("scroll", () => (highlights.parentElement as HTMLElement).scrollTo(0, draft.scrollTop));
for (const control of [platform, account, lang, date]) control.addEventListener("change", () => {
  if (control === platform && platform.value) previewPlatform.value = platform.value;
  refresh();
  schedule(0);
});
previewPlatform.addEventListener("change", () => {
  previewExpanded.value = false;
  refresh();
});
image.addEventListener("change", () => {
  const file = image.files?.[0];
  if (!file) {
    attached = null;
    schedule(0);
    return;
  }
  const reader = new FileReader();
  reader.onload = () => {
    const url = typeof reader.result === "string" ? reader.result : "";
    attached = { name: file.name, data: url.slice(url.indexOf(",") + 1) };
    schedule(0);
  };
  reader.readAsDataURL(file);
});
tokenForm.addEventListener("submit", (event) => {
  event.preventDefault();
  saveToken(tokenInput.value.trim());
  tokenInput.value = "";
  tokenForm.hidden = true;
  problem = null;
  schedule(0);
});
copyButton.addEventListener("click", () => void copyDraft());
window.addEventListener("resize", autosize);
if (draft.value.trim()) schedule(0);
// The bar at the bottom of a phone's screen steps aside while the verdict itself is on screen.
new IntersectionObserver(([entry]) => (dock.dataset["away"] = String(entry?.isIntersecting ?? false)), { threshold: 1 }).observe(status);

/** The interface language control, in the header next to the views. */
function languageSwitch(): HTMLSelectElement {
  const template = $<HTMLTemplateElement>("ui-language-template");
  document.querySelector(".top__inner")?.append(template.content.cloneNode(true));
  const select = $<HTMLSelectElement>("ui-language");
  for (const code of UI_LANGUAGES) {
    const option = new Option(LANGUAGE_NAMES[code], code);
    option.lang = code;
    select.add(option);
  }
  select.addEventListener("change", () => {
    if (!isUiLanguage(select.value)) return;
    saveUiLanguage(select.value);
    applyLanguage(select.value);
  });
  return select;
}

function applyLanguage(language: UiLanguage): void {
  setLanguage(language);
  uiLanguage.value = language;
  translateDocument(document);
  copyButton.querySelector("#copy-label")?.replaceChildren(t("copy"));
  refresh();
}

function schedule(ms: number): void {
  window.clearTimeout(timer);
  timer = window.setTimeout(() => void runCheck(), ms);
}

async function runCheck(): Promise<void> {
  const text = draft.value;
  inFlight?.abort();
  if (!text.trim()) {
    checked = null;
    inFlight = null;
    refresh();
    return;
  }
  const controller = new AbortController();
  inFlight = controller;
  status.setAttribute("aria-busy", "true");
  const request: CheckRequest = { text, account: account.value, lang: lang.value, ...(platform.value ? { platform: platform.value } : {}), ...(date.value ? { date: date.value } : {}), ...(attached ? { images: [attached] } : {}) };
  const outcome = await check(request, controller.signal);
  if (inFlight !== controller) return;
  inFlight = null;
  status.removeAttribute("aria-busy");
  if (outcome.kind === "aborted") return;
  if (outcome.kind === "unauthorized") {
    tokenForm.hidden = false;
    problem = { kind: "token" };
  } else if (outcome.kind === "failed") {
    problem = { kind: "failed", message: outcome.message };
    if (outcome.retry) schedule(2000);
  } else {
    problem = null;
    const starts = lineStarts(text);
    checked = { text, result: outcome.result, spans: outcome.result.messages.map((m) => spanOf(text, starts, m)) };
  }
  refresh();
}

/** Redraws counter, highlights, findings, preview and status for the draft as it is now, and keeps it in the tab. */
function refresh(): void {
  const text = draft.value;
  const limit = data.platforms[platform.value];
  renderCounter(counter, counterBar, text, limit);
  autosize();
  remember();
  renderSettingsSummary();
  const shownOn = data.platforms[previewPlatform.value];
  if (shownOn) renderPreview(preview, text, previewPlatform.value, shownOn, account.value === "official", previewExpanded);
  const views = currentViews(text);
  const visible = views.filter((view) => !dismissed.has(view.key));
  const marks: Mark[] = visible.flatMap((view) => (view.span ? [{ ...view.span, severity: view.message.severity, finding: view.index }] : []));
  renderHighlights(highlights, text, marks);
  renderFindings(findings, visible, handlers);
  findingsHeading.hidden = visible.length === 0;
  renderDismissed(dismissedBox, $("dismissed-title"), $("dismissed-list"), views.filter((view) => dismissed.has(view.key)), restore);
  showSummary(text, limit, visible);
}

interface CurrentView extends FindingView, DismissedView {
  span: Span | null;
}

/** The last result's findings, placed on the draft as it is now. */
function currentViews(text: string): CurrentView[] {
  if (!checked || !text.trim()) return [];
  const edit = diffEdit(checked.text, text);
  return checked.result.messages.map((message, index) => {
    const mapped = mapSpan(checked?.spans[index] ?? { start: 0, end: 0 }, edit);
    const span = mapped && mapped.end > mapped.start ? mapped : null;
    const quote = span ? text.slice(span.start, span.end) : null;
    return { index, message, quote, span, key: findingKey(message, quote) };
  });
}

function showSummary(text: string, limit: Limit | undefined, visible: readonly FindingView[]): void {
  if (!text.trim()) return showStatus("neutral", t("status.start"), t("status.start.detail"));
  if (problem?.kind === "token") return showStatus("neutral", t("status.token"), t("status.token.detail"));
  if (problem?.kind === "failed") return showStatus("failed", t("status.failed"), problem.message);
  if (!checked) return;
  const errors = visible.filter((v) => v.message.severity === "error").length;
  const warnings = visible.length - errors;
  const others = warnings ? ` ${tn("status.others", warnings)}` : "";
  // The summary never contradicts the counter: a post over the platform's limit is not ready.
  const over = overLimit(text, limit);
  const tooLong = over && limit ? tn("status.tooLong.detail", over, { platform: limit.name, limit: limit.maxLength }) : "";
  if (over && !errors) showStatus("error", t("status.tooLong", { platform: limit?.name ?? "" }), `${tooLong}${others}`);
  else if (errors) showStatus("error", tn("status.fix", errors), `${t("status.fix.detail")}${others}${tooLong ? ` ${tooLong}` : ""}`);
  else if (warnings) showStatus("warn", tn("status.look", warnings), t("status.look.detail"));
  else showStatus("ready", t("status.ready"), t("status.ready.detail"));
}

function showStatus(state: "neutral" | "ready" | "warn" | "error" | "failed", title: string, detail: string): void {
  status.dataset["state"] = state;
  dock.dataset["state"] = state;
  if (statusTitle.textContent !== title) statusTitle.textContent = title;
  if (statusDetail.textContent !== detail) statusDetail.textContent = detail;
  $("dock-title").textContent = title;
  $("dock-counter").textContent = counter.textContent;
  $("dock-counter").dataset["state"] = counter.dataset["state"] ?? "none";
}

/** The settings in one line, shown on the folded settings on a phone. */
function renderSettingsSummary(): void {
  const chosen = (select: HTMLSelectElement): string => select.selectedOptions[0]?.textContent ?? "";
  settingsCurrent.textContent = `· ${[chosen(platform), chosen(account), lang.value === "auto" ? chosen(lang) : lang.value.toUpperCase()].join(" · ")}`;
}

const handlers = {
  jump(index: number): void {
    const span = currentSpan(index);
    if (!span) return;
    draft.focus();
    draft.setSelectionRange(span.start, span.end);
  },
  apply(index: number, fix: Fix): void {
    if (!checked) return;
    const span = mapSpan({ start: fix.range[0], end: fix.range[1] }, diffEdit(checked.text, draft.value));
    if (!span || currentSpan(index) === null) return;
    draft.focus();
    draft.setSelectionRange(span.start, span.end);
    // insertText keeps the change on the undo stack (Ctrl+Z); setRangeText is the fallback.
    if (!document.execCommand("insertText", false, fix.text)) {
      draft.setRangeText(fix.text, span.start, span.end, "end");
      draft.dispatchEvent(new Event("input", { bubbles: true }));
    }
    // A placeholder is selected, so what the writer types next replaces it.
    if (isPlaceholder(fix.text)) draft.setSelectionRange(span.start, span.start + fix.text.length);
    schedule(0);
  },
  hover(index: number | null): void {
    setActive(highlights, index);
  },
  dismiss(index: number): void {
    const view = currentViews(draft.value).find((v) => v.index === index);
    if (!view) return;
    dismissed.add(view.key);
    refresh();
    // The card is gone; the list of dismissed findings, where it can be restored, takes the focus.
    $("dismissed-title").focus();
  },
};

function restore(key: string): void {
  dismissed.delete(key);
  refresh();
}

function currentSpan(index: number): Span | null {
  if (!checked) return null;
  const span = checked.spans[index];
  return span ? mapSpan(span, diffEdit(checked.text, draft.value)) : null;
}

async function copyDraft(): Promise<void> {
  const label = $("copy-label");
  const note = $("copy-note");
  const copied = await copyText(draft.value, draft);
  label.textContent = copied ? t("copy.done") : t("copy");
  note.textContent = copied ? "" : t("copy.failed");
  copyButton.dataset["copied"] = String(copied);
  window.setTimeout(() => {
    label.textContent = t("copy");
    delete copyButton.dataset["copied"];
  }, 2000);
}

/** The draft and its settings stay in this tab (sessionStorage) across reloads; the picture does not. */
function remember(): void {
  saveDraft({ text: draft.value, platform: platform.value, account: account.value, lang: lang.value, date: date.value, preview: previewPlatform.value, dismissed: [...dismissed] });
}

function restoreDraft(): void {
  const saved = loadDraft();
  const pick = (select: HTMLSelectElement, value: unknown): void => {
    if (typeof value === "string" && [...select.options].some((o) => o.value === value)) select.value = value;
  };
  if (typeof saved.text === "string") draft.value = saved.text.slice(0, data.maxTextLength);
  pick(platform, saved.platform);
  pick(account, saved.account);
  pick(lang, saved.lang);
  pick(previewPlatform, saved.preview ?? (platform.value || "x"));
  date.value = typeof saved.date === "string" && /^\d{4}-\d{2}-\d{2}$/.test(saved.date) ? saved.date : localDay(new Date());
  dismissed = new Set(Array.isArray(saved.dismissed) ? saved.dismissed.filter((k): k is string => typeof k === "string") : []);
}

/** The textarea grows with the draft up to its CSS max-height, then scrolls; the backdrop follows it. */
function autosize(): void {
  draft.style.height = "auto";
  draft.style.height = `${draft.scrollHeight + 2}px`;
  draft.style.overflowY = draft.scrollHeight > draft.clientHeight + 2 ? "auto" : "hidden";
  (highlights.parentElement as HTMLElement).scrollTo(0, draft.scrollTop);
}

function localDay(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}
