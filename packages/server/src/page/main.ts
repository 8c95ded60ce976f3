import type { Fix, LintResult } from "@postlint/core";
import type { PageData } from "../page-data.js";
import { check, saveToken, type CheckRequest } from "./api.js";
import { overLimit, renderCounter } from "./counter.js";
import { byId } from "./dom.js";
import { renderFindings, type FindingView } from "./findings.js";
import { renderHighlights, setActive, type Mark } from "./highlight.js";
import { plural } from "./labels.js";
import { diffEdit, lineStarts, mapSpan, spanOf, type Span } from "./ranges.js";

const DEBOUNCE_MS = 300;

const $ = byId;

const data = JSON.parse($("postlint-data").textContent ?? "{}") as PageData;
const draft = $<HTMLTextAreaElement>("draft");
const highlights = $("highlights");
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
const tokenForm = $<HTMLFormElement>("token-form");
const tokenInput = $<HTMLInputElement>("token");

/** The last answer and the exact text it was for; findings are carried across later edits. */
let checked: { text: string; result: LintResult; spans: Span[] } | null = null;
let inFlight: AbortController | null = null;
let timer: number | undefined;

for (const id of Object.keys(data.platforms)) platform.add(new Option(data.platforms[id]?.name ?? id, id));
draft.maxLength = data.maxTextLength;
date.value = localDay(new Date());

draft.addEventListener("input", () => {
  refresh();
  schedule(DEBOUNCE_MS);
});
draft.addEventListener("scroll", () => (highlights.parentElement as HTMLElement).scrollTo(0, draft.scrollTop));
for (const control of [platform, account, lang, date]) control.addEventListener("change", () => {
  refresh();
  schedule(0);
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
  schedule(0);
});
window.addEventListener("resize", autosize);

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
    showStatus("neutral", "An access token is needed", "This checker is protected. Enter the token your social media team gave you.");
    return;
  }
  if (outcome.kind === "failed") {
    showStatus("failed", "The draft could not be checked", outcome.message);
    if (outcome.retry) schedule(2000);
    return;
  }
  const starts = lineStarts(text);
  checked = { text, result: outcome.result, spans: outcome.result.messages.map((m) => spanOf(text, starts, m)) };
  refresh();
}

/** Redraws counter, highlights, findings and status for the draft as it is now. */
function refresh(): void {
  const text = draft.value;
  renderCounter(counter, counterBar, text, data.platforms[platform.value]);
  autosize();
  if (!checked || !text.trim()) {
    renderHighlights(highlights, text, []);
    renderFindings(findings, [], handlers);
    findingsHeading.hidden = true;
    if (!text.trim()) showStatus("neutral", "Start with your draft", "Type or paste it under “Your draft”: it is checked as you write.");
    return;
  }
  const edit = diffEdit(checked.text, text);
  const marks: Mark[] = [];
  const views: FindingView[] = checked.result.messages.map((message, index) => {
    const span = mapSpan(checked?.spans[index] ?? { start: 0, end: 0 }, edit);
    if (span && span.end > span.start) marks.push({ ...span, severity: message.severity, finding: index });
    return { index, message, quote: span && span.end > span.start ? text.slice(span.start, span.end) : null };
  });
  renderHighlights(highlights, text, marks);
  renderFindings(findings, views, handlers);
  findingsHeading.hidden = views.length === 0;
  const { errorCount, warningCount } = checked.result;
  // The summary never contradicts the counter: a post over the platform's limit is not ready.
  const limit = data.platforms[platform.value];
  const over = overLimit(text, limit);
  const tooLong = over && limit ? `It is ${plural(over, "character", "characters")} over ${limit.name}’s limit of ${limit.maxLength}: ${limit.name} will cut or refuse it. Shorten it first.` : "";
  if (over && !errorCount) showStatus("error", `Not ready yet: too long for ${limit?.name ?? "this platform"}`, `${tooLong}${warningCount ? ` ${plural(warningCount, "other finding is", "other findings are")} worth a second look.` : ""}`);
  else if (errorCount) showStatus("error", `Not ready yet: ${plural(errorCount, "thing", "things")} to fix`, `${summary(errorCount, warningCount)}${tooLong ? ` ${tooLong}` : ""}`);
  else if (warningCount) showStatus("warn", `Almost ready: ${plural(warningCount, "thing", "things")} to look at`, "Nothing here blocks the post, but read the highlighted words again before you publish.");
  else showStatus("ready", "Ready to post", "No policy problems found. The checker supports your judgement; it does not replace it.");
}

function summary(errors: number, warnings: number): string {
  const also = warnings ? ` ${plural(warnings, "other finding is", "other findings are")} worth a second look.` : "";
  return `The highlighted words need changing before this goes out.${also}`;
}

function showStatus(state: "neutral" | "ready" | "warn" | "error" | "failed", title: string, detail: string): void {
  status.dataset["state"] = state;
  if (statusTitle.textContent !== title) statusTitle.textContent = title;
  if (statusDetail.textContent !== detail) statusDetail.textContent = detail;
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
    schedule(0);
  },
  hover(index: number | null): void {
    setActive(highlights, index);
  },
};

function currentSpan(index: number): Span | null {
  if (!checked) return null;
  const span = checked.spans[index];
  return span ? mapSpan(span, diffEdit(checked.text, draft.value)) : null;
}

/** The textarea grows with the draft, so the page scrolls instead of the field, and the backdrop stays aligned. */
function autosize(): void {
  draft.style.height = "auto";
  draft.style.height = `${draft.scrollHeight + 2}px`;
}

function localDay(d: Date): string {
  const pad = (n: number): string => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

refresh();
