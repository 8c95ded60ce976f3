// The content script: finds the compose box being typed in (textarea or contenteditable, also
// inside open shadow roots), asks the service worker to lint it (debounced) and draws underlines
// in an overlay of its own. The site's editor DOM is changed only to apply a fix, and then through
// execCommand("insertText"), which fires the input events the site's editor listens to.
import type { LintMessage } from "@postlint/core";
import { platformOf, type LintRequest, type LintResponse, type Platform } from "./protocol.js";
import { domRange, readEditable, textareaRects, type EditorText } from "./text-model.js";

declare const __POSTLINT_TEST__: boolean;

const DEBOUNCE_MS = 150;
type Editor = HTMLTextAreaElement | HTMLElement;

const platform: Platform | undefined = __POSTLINT_TEST__
  ? ((document.querySelector('meta[name="postlint-test-platform"]')?.getAttribute("content") as Platform | null) ?? undefined)
  : platformOf(location.hostname);

const host = document.createElement("postlint-overlay");
host.setAttribute("style", "all: initial; position: fixed; inset: 0; pointer-events: none; z-index: 2147483647;");
const shadow = host.attachShadow({ mode: "open" });
shadow.innerHTML = `<style>
  .u { position: fixed; height: 0; border-bottom: 2px solid #b3261e; pointer-events: none; }
  .u.warn { border-bottom: 2px dotted #8a5a00; }
  .card { position: fixed; max-width: 340px; background: #fff; color: #1d1d1f; border: 1px solid #c4c4c8; border-radius: 8px;
    box-shadow: 0 6px 24px rgb(0 0 0 / 18%); padding: 10px 12px; font: 13px/1.4 system-ui, sans-serif; pointer-events: auto; }
  .card[hidden] { display: none; }
  .card .rule { font-weight: 600; margin: 0 0 4px; }
  .card .clause { color: #55555a; margin: 6px 0 0; font-size: 12px; }
  .card button { margin: 8px 6px 0 0; font: inherit; padding: 3px 10px; border-radius: 6px; border: 1px solid #0b57d0; background: #0b57d0; color: #fff; cursor: pointer; }
</style><div class="marks"></div><div class="scratch"></div><div class="card" role="dialog" aria-label="postlint finding" hidden></div>`;
const marks = shadow.querySelector(".marks") as HTMLElement;
const scratch = shadow.querySelector(".scratch") as HTMLElement;
const card = shadow.querySelector(".card") as HTMLElement;

let editor: Editor | undefined;
let findings: LintMessage[] = [];
let linted = "";
let timer: ReturnType<typeof setTimeout> | undefined;
let typedAt = 0;
let sequence = 0;
const drawn: { rects: DOMRect[]; finding: LintMessage }[] = [];

const isTextarea = (el: Element): el is HTMLTextAreaElement => el instanceof HTMLTextAreaElement;

function editorOf(target: EventTarget | undefined): Editor | undefined {
  if (!(target instanceof HTMLElement)) return undefined;
  if (isTextarea(target)) return target;
  const editable = target.closest<HTMLElement>('[contenteditable=""], [contenteditable="true"], [contenteditable="plaintext-only"]');
  if (!editable) return undefined;
  // The outermost editable element is the editor.
  let root = editable;
  while (root.parentElement?.isContentEditable) root = root.parentElement;
  return root;
}

function textOf(el: Editor): EditorText | { text: string; segments: [] } {
  return isTextarea(el) ? { text: el.value, segments: [] } : readEditable(el);
}

function onInput(event: Event): void {
  const target = editorOf(event.composedPath()[0]);
  if (!target) return;
  editor = target;
  typedAt = performance.now();
  clearTimeout(timer);
  timer = setTimeout(() => void check(), DEBOUNCE_MS);
  // Until the new findings arrive, the old underlines would sit on the wrong words. Reading a long
  // contenteditable's text costs more than the keystroke itself, so it is left to the lint.
  if (drawn.length) clearMarks();
}

async function check(): Promise<void> {
  if (!editor) return;
  const { text } = textOf(editor);
  const mine = ++sequence;
  const request: LintRequest = { type: "lint", text, url: location.origin, ...(platform ? { platform } : {}) };
  let response: LintResponse;
  try {
    response = await chrome.runtime.sendMessage<LintRequest, LintResponse>(request);
  } catch {
    return; // the extension was reloaded or updated: this page's script is orphaned
  }
  if (mine !== sequence || !editor || textOf(editor).text !== text) return;
  linted = text;
  findings = response.messages;
  draw();
  host.dataset["count"] = String(findings.length);
  host.dataset["latency"] = String(Math.round(performance.now() - typedAt));
  host.dataset["seq"] = String(mine);
}

function clearMarks(): void {
  marks.replaceChildren();
  drawn.length = 0;
}

function rectsOf(finding: LintMessage): DOMRect[] {
  if (!editor) return [];
  const [start, end] = offsetsOf(finding);
  if (isTextarea(editor)) return textareaRects(editor, start, end, scratch);
  const range = domRange(readEditable(editor), start, end);
  return range ? [...range.getClientRects()] : [];
}

/** Line/column (1-based, UTF-16) back to offsets in the linted text. */
function offsetsOf(m: LintMessage): [number, number] {
  const lines = linted.split("\n");
  const at = (line: number, column: number) => lines.slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0) + column - 1;
  return [at(m.line, m.column), at(m.endLine, m.endColumn)];
}

function draw(): void {
  clearMarks();
  if (!editor) return;
  if (!host.isConnected) document.documentElement.append(host);
  for (const finding of findings) {
    const rects = rectsOf(finding).filter((r) => r.width > 0);
    drawn.push({ rects, finding });
    for (const r of rects) {
      const u = document.createElement("div");
      u.className = finding.severity === "error" ? "u" : "u warn";
      u.dataset["rule"] = finding.ruleId ?? "";
      u.dataset["text"] = finding.text ?? "";
      Object.assign(u.style, { left: `${r.left}px`, top: `${r.bottom - 1}px`, width: `${r.width}px` });
      marks.append(u);
    }
  }
}

let hideTimer: ReturnType<typeof setTimeout> | undefined;
function onPointer(event: MouseEvent): void {
  if (card.matches(":hover")) return;
  const under = (r: DOMRect) => event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top - 2 && event.clientY <= r.bottom + 3;
  // The narrowest finding under the pointer: a word's own finding before one about the whole post.
  const width = (d: (typeof drawn)[number]) => d.rects.reduce((n, r) => n + r.width, 0);
  const hit = drawn.filter(({ rects }) => rects.some(under)).sort((a, b) => width(a) - width(b))[0];
  if (!hit) {
    clearTimeout(hideTimer);
    hideTimer = setTimeout(() => {
      if (!card.matches(":hover")) card.hidden = true;
    }, 300);
    return;
  }
  clearTimeout(hideTimer);
  showCard(hit.finding, hit.rects[0]!);
}

function showCard(finding: LintMessage, at: DOMRect): void {
  card.replaceChildren();
  const title = document.createElement("p");
  title.className = "rule";
  title.textContent = `${finding.ruleId ?? "postlint"} · ${finding.severity}`;
  const message = document.createElement("p");
  message.textContent = finding.message;
  message.style.margin = "0";
  card.append(title, message);
  if (finding.policy) {
    const clause = document.createElement("p");
    clause.className = "clause";
    clause.textContent = finding.policy;
    card.append(clause);
  }
  const fixes = [...(finding.fix ? [{ desc: `Replace with “${finding.fix.text}”`, fix: finding.fix }] : []), ...(finding.suggestions ?? [])];
  for (const { desc, fix } of fixes) {
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = desc;
    button.addEventListener("click", () => {
      applyFix(fix.range, fix.text, finding);
      card.hidden = true;
    });
    card.append(button);
  }
  card.hidden = false;
  card.style.left = `${Math.max(4, Math.min(at.left, innerWidth - 350))}px`;
  card.style.top = `${at.bottom + 6}px`;
}

/**
 * Replaces the finding's words. The fix's range is an offset into the linted text, which is the
 * editor's text: the same offsets select the words in the editor.
 */
function applyFix(range: readonly [number, number], text: string, finding: LintMessage): void {
  if (!editor) return;
  const [start, end] = range[1] > range[0] || text ? range : offsetsOf(finding);
  editor.focus();
  if (isTextarea(editor)) {
    editor.setSelectionRange(start, end);
  } else {
    const dom = domRange(readEditable(editor), start, end);
    if (!dom) return;
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(dom);
  }
  if (text) document.execCommand("insertText", false, text);
  else document.execCommand("delete");
}

document.addEventListener("input", onInput, true);
document.addEventListener("mousemove", onPointer, { capture: true, passive: true });
const redraw = () => requestAnimationFrame(() => draw());
addEventListener("scroll", redraw, { capture: true, passive: true });
addEventListener("resize", redraw, { passive: true });
