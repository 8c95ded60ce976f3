// The extension's service worker: builds the linter from the stored config and lints drafts for
// the content scripts, off the page's main thread. Nothing leaves the browser.
import { createLinter, type Linter, type LintMessage } from "@postlint/core";
import pack from "@postlint/rules";
import { parse as parseYaml } from "yaml";
import type { FindingsRequest, FindingsResponse, LintRequest, LintResponse, Settings, TabFindings } from "./protocol.js";

let linter: Promise<Linter> | undefined;
let configError: string | undefined;
const byTab = new Map<number, TabFindings>();

async function settings(): Promise<Settings> {
  const stored = await chrome.storage.local.get<Partial<Settings>>(["config", "account", "author"]);
  return { config: stored.config ?? "", account: stored.account ?? "personal", author: stored.author ?? "" };
}

async function build(): Promise<Linter> {
  const { config } = await settings();
  configError = undefined;
  try {
    const raw: unknown = config.trim() ? parseYaml(config) : {};
    return createLinter({ packs: [pack], config: (raw ?? {}) as Record<string, unknown> });
  } catch (error) {
    configError = (error as Error).message;
    return createLinter({ packs: [pack] });
  }
}

chrome.storage.onChanged.addListener(() => {
  linter = undefined;
});

async function lintDraft(request: LintRequest, tabId: number | undefined): Promise<LintResponse> {
  const s = await settings();
  const started = performance.now();
  const result = await (await (linter ??= build())).lint({
    text: request.text,
    meta: { platform: request.platform, account: s.account as "personal" | "official", ...(s.author ? { author: s.author } : {}) },
    fieldsFrom: "request",
  });
  const messages: LintMessage[] = result.messages.filter((m) => !m.fatal);
  if (tabId !== undefined) {
    byTab.set(tabId, { platform: request.platform, messages, url: request.url });
    const count = messages.length;
    await chrome.action.setBadgeText({ tabId, text: count ? String(count) : "" });
    await chrome.action.setBadgeBackgroundColor({ tabId, color: result.errorCount ? "#b3261e" : "#8a5a00" });
  }
  return { messages, language: result.language, ms: performance.now() - started, ...(configError ? { configError } : {}) };
}

chrome.runtime.onMessage.addListener((message: LintRequest | FindingsRequest, sender, reply) => {
  if (message.type === "lint") {
    lintDraft(message, sender.tab?.id).then(reply, (error: unknown) => reply({ messages: [], language: null, ms: 0, configError: String(error) }));
    return true;
  }
  if (message.type === "findings") {
    reply({ findings: byTab.get(message.tabId) ?? null, ...(configError ? { configError } : {}) } satisfies FindingsResponse);
    return false;
  }
  return false;
});

chrome.tabs.onRemoved.addListener((tabId) => byTab.delete(tabId));

// For the benchmark and the tests: lint in this worker without a tab.
(globalThis as { postlintLint?: typeof lintDraft }).postlintLint = lintDraft;
