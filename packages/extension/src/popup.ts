// The toolbar popup: the findings of the draft on the active tab.
import type { TabFindings } from "./protocol.js";

const state = await chrome.runtime.sendMessage<{ type: "findings" }, TabFindings | null>({ type: "findings" });
const summary = document.getElementById("summary")!;
const list = document.getElementById("list")!;
if (state) {
  summary.textContent = state.messages.length === 0 ? "Nothing to fix in this draft." : `${state.messages.length} finding(s) in this draft${state.platform ? ` (${state.platform})` : ""}:`;
  for (const m of state.messages) {
    const li = document.createElement("li");
    const head = document.createElement("strong");
    head.className = m.severity;
    head.textContent = `${m.ruleId ?? "postlint"}: `;
    const policy = document.createElement("small");
    policy.textContent = m.policy ? ` ${m.policy}` : "";
    li.append(head, m.message, document.createElement("br"), policy);
    list.append(li);
  }
}
