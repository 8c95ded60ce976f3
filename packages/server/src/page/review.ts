// The review queue: a reviewer signs in with a personal token (kept in this tab only), lists the
// queue, opens a post with its highlights, approves or rejects it with a reason, sees its history.
import type { LintMessage, LintResult } from "@postlint/core";
import { savedToken, saveToken } from "./api.js";
import { byId } from "./dom.js";
import { renderFindings } from "./findings.js";
import { renderHighlights, setActive, type Mark } from "./highlight.js";
import { ruleName } from "./labels.js";
import { lineStarts, spanOf } from "./ranges.js";

interface Summary {
  id: string;
  revision: number;
  state: string;
  fields: Record<string, unknown>;
  scheduledAt: string | null;
  ruleIds: string[];
  excerpt: string | null;
}
interface Decision {
  decision: string;
  reason: string;
  by: string;
  override: boolean;
  to: string;
  at: string;
}
interface Revision {
  revision: number;
  state: string;
  text: string | null;
  result: LintResult | null;
  submittedBy: string;
  createdAt: string;
  scheduledAt: string | null;
  fields: Record<string, unknown>;
  decisions: Decision[];
}
interface Detail {
  id: string;
  revision: number;
  state: string;
  revisions: Revision[];
}

const $ = byId;
const signin = $<HTMLFormElement>("signin");
const tokenInput = $<HTMLInputElement>("token");
const stateSelect = $<HTMLSelectElement>("state");
const queue = $("queue");
const queueStatus = $("queue-status");
const more = $<HTMLButtonElement>("more");
const detail = $("detail");
const detailTitle = $("detail-title");
const detailMeta = $("detail-meta");
const post = $("post");
const findings = $("findings");
const findingsHeading = $("findings-heading");
const decideForm = $<HTMLFormElement>("decide");
const reason = $<HTMLTextAreaElement>("reason");
const decideStatus = $("decide-status");
const history = $("history");

let token = savedToken();
let cursor: string | null = null;
let open: Detail | null = null;

class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function api<T>(path: string, body?: unknown): Promise<T> {
  const response = await fetch(path, {
    method: body === undefined ? "GET" : "POST",
    headers: { ...(token ? { authorization: `Bearer ${token}` } : {}), ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const data = (await response.json().catch(() => null)) as { error?: { message?: string } } | null;
  if (!response.ok) throw new ApiError(response.status, data?.error?.message ?? `The server answered ${response.status}.`);
  return data as T;
}

function needSignIn(message: string): void {
  signin.hidden = false;
  queueStatus.textContent = message;
  tokenInput.focus();
}

async function loadQueue(append = false): Promise<void> {
  if (!append) cursor = null;
  queueStatus.textContent = "Loading…";
  try {
    const page = await api<{ submissions: Summary[]; next: string | null }>(`/v1/submissions?state=${encodeURIComponent(stateSelect.value)}&limit=25${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`);
    signin.hidden = true;
    cursor = page.next;
    more.hidden = !cursor;
    if (!append) queue.replaceChildren();
    queue.append(...page.submissions.map(item));
    queueStatus.textContent = queue.children.length ? `${queue.children.length} shown` : "Nothing here: the queue is empty.";
  } catch (error) {
    if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
      needSignIn(error.status === 401 ? "Sign in with the personal token your admin gave you." : "Your token cannot review posts: ask an admin for a reviewer token.");
    } else queueStatus.textContent = (error as Error).message;
  }
}

function item(s: Summary): HTMLElement {
  const li = document.createElement("li");
  const button = document.createElement("button");
  button.type = "button";
  button.className = "queue__item";
  const title = document.createElement("span");
  title.className = "queue__excerpt";
  title.textContent = s.excerpt ?? "(text removed after the retention period)";
  const meta = document.createElement("span");
  meta.className = "queue__meta";
  meta.textContent = [platformOf(s.fields), s.scheduledAt ? `scheduled ${s.scheduledAt}` : null, s.ruleIds.map(ruleName).join(", ") || null, `revision ${s.revision}`]
    .filter(Boolean)
    .join(" · ");
  button.append(title, meta);
  button.addEventListener("click", () => void openPost(s.id));
  li.append(button);
  return li;
}

async function openPost(id: string): Promise<void> {
  try {
    open = await api<Detail>(`/v1/submissions/${encodeURIComponent(id)}`);
  } catch (error) {
    queueStatus.textContent = (error as Error).message;
    return;
  }
  const current = open.revisions.at(-1);
  detail.hidden = false;
  detailTitle.textContent = `Post ${open.id}`;
  detailMeta.textContent = `${stateLabel(open.state)} · revision ${open.revision} · ${platformOf(current?.fields ?? {})}${current?.scheduledAt ? ` · scheduled ${current.scheduledAt}` : ""}`;
  const text = current?.text ?? "";
  const messages: LintMessage[] = (current?.result?.messages ?? []).map(({ fix: _fix, suggestions: _s, ...m }) => m);
  const starts = lineStarts(text);
  const marks: Mark[] = messages.map((m, finding) => ({ ...spanOf(text, starts, m), severity: m.severity, finding }));
  if (current?.text === null) post.textContent = "The text was removed after the retention period; the decisions and rule ids are kept.";
  else renderHighlights(post, text, marks);
  renderFindings(
    findings,
    messages.map((message, index) => ({ index, message, quote: text.slice(marks[index]?.start ?? 0, marks[index]?.end ?? 0) || null })),
    { jump: () => post.focus(), apply: () => undefined, hover: (i) => setActive(post, i) },
  );
  findingsHeading.hidden = messages.length === 0;
  const decidable = open.state === "review" || open.state === "blocked";
  decideForm.hidden = !decidable;
  $("approve").textContent = open.state === "blocked" ? "Approve anyway (admin override)" : "Approve";
  decideStatus.textContent = "";
  renderHistory(open);
  if (!detailTitle.contains(document.activeElement)) detailTitle.focus();
}

function renderHistory(d: Detail): void {
  const rows: HTMLElement[] = [];
  for (const r of d.revisions) {
    rows.push(line(`Revision ${r.revision} submitted by ${r.submittedBy}: ${stateLabel(r.state)}`, r.createdAt));
    for (const x of r.decisions) rows.push(line(`${x.decision === "approve" ? "Approved" : "Rejected"} by ${x.by}${x.override ? " (override)" : ""}: “${x.reason}”`, x.at));
  }
  history.replaceChildren(...rows);
}

function line(text: string, at: string): HTMLElement {
  const li = document.createElement("li");
  const time = document.createElement("time");
  time.dateTime = at;
  time.textContent = new Date(at).toLocaleString();
  li.append(time, ` ${text}`);
  return li;
}

function platformOf(fields: Record<string, unknown>): string {
  return typeof fields["platform"] === "string" ? fields["platform"] : "any platform";
}

function stateLabel(state: string): string {
  return { review: "Waiting for review", blocked: "Blocked", allowed: "Allowed", approved: "Approved", rejected: "Rejected" }[state] ?? state;
}

decideForm.addEventListener("submit", (event) => {
  event.preventDefault();
  const submitter = event.submitter;
  const decision = submitter instanceof HTMLButtonElement ? submitter.value : "approve";
  if (!open) return;
  const target = open;
  void (async () => {
    try {
      await api(`/v1/submissions/${encodeURIComponent(target.id)}/decisions`, { decision, reason: reason.value, revision: target.revision });
      reason.value = "";
      await openPost(target.id);
      decideStatus.textContent = decision === "approve" ? "Approved." : "Rejected.";
      await loadQueue();
    } catch (error) {
      decideStatus.textContent = (error as Error).message;
    }
  })();
});

signin.addEventListener("submit", (event) => {
  event.preventDefault();
  token = tokenInput.value.trim();
  saveToken(token);
  tokenInput.value = "";
  void loadQueue();
});
stateSelect.addEventListener("change", () => void loadQueue());
more.addEventListener("click", () => void loadQueue(true));
detailTitle.tabIndex = -1;

void loadQueue();
