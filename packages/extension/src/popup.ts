// The toolbar popup: the findings of the draft on the active tab (or on the tab named by
// `?tab=<id>`, which is how the tests open it: a headless browser has no toolbar to click).
import type { LintMessage } from "@postlint/core";
import type { FindingsRequest, FindingsResponse } from "./protocol.js";

const asked = Number(new URLSearchParams(location.search).get("tab"));
const tabId = asked || (await chrome.tabs.query({ active: true, currentWindow: true }))[0]?.id;
const summary = document.getElementById("summary")!;
const list = document.getElementById("list")!;
const problem = document.getElementById("config-error")!;
if (tabId !== undefined) {
  const { findings, configError } = await chrome.runtime.sendMessage<FindingsRequest, FindingsResponse>({ type: "findings", tabId });
  if (configError) problem.textContent = `Your organization's config could not be used, so the default policy applies: ${configError}`;
  if (findings) {
    const count = findings.messages.length;
    const where = findings.platform ? ` (${findings.platform})` : "";
    summary.textContent = count === 0 ? "Nothing to fix in this draft." : `${count} ${count === 1 ? "finding" : "findings"} in this draft${where}:`;
    for (const m of findings.messages) list.append(item(m));
  }
}

function item(m: LintMessage): HTMLLIElement {
  const li = document.createElement("li");
  const head = document.createElement("strong");
  head.className = m.severity;
  head.textContent = `${m.ruleId ?? "postlint"}: `;
  li.append(head, m.message);
  if (m.text) {
    const words = document.createElement("q");
    words.textContent = m.text;
    li.append(" ", words);
  }
  if (m.policy) {
    const policy = document.createElement("small");
    policy.textContent = m.policy;
    li.append(document.createElement("br"), policy);
  }
  return li;
}
