// The options page: the organization's config (pasted, picked, or fetched from `postlint serve`
// and cached in chrome.storage.local), the account and the author.
const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const config = $<HTMLTextAreaElement>("config");
const account = $<HTMLSelectElement>("account");
const author = $<HTMLInputElement>("author");
const server = $<HTMLInputElement>("server");
const token = $<HTMLInputElement>("token");
const statusLine = $("status");

const stored = await chrome.storage.local.get<Record<string, string | undefined>>(["config", "account", "author", "server"]);
config.value = stored["config"] ?? "";
account.value = stored["account"] ?? "personal";
author.value = stored["author"] ?? "";
server.value = stored["server"] ?? "";

$<HTMLInputElement>("file").addEventListener("change", (event) => void pick(event));
async function pick(event: Event): Promise<void> {
  const file = (event.target as HTMLInputElement).files?.[0];
  if (file) config.value = await file.text();
}

$("fetch").addEventListener("click", () => void fetchConfig());
async function fetchConfig(): Promise<void> {
  // The server's config, as the server itself serves it to its page (GET /v1/config).
  try {
    const url = new URL("/v1/config", server.value);
    const origin = `${url.origin}/*`;
    if (!(await chrome.permissions.request({ origins: [origin] }))) throw new Error(`permission for ${url.origin} was not granted`);
    const response = await fetch(url, { headers: token.value ? { authorization: `Bearer ${token.value}` } : {} });
    if (!response.ok) throw new Error(`${response.status} ${response.statusText}`);
    config.value = await response.text();
    statusLine.textContent = "Fetched. Save to use it.";
  } catch (error) {
    statusLine.textContent = `Could not fetch the config: ${(error as Error).message}`;
  }
}

$("save").addEventListener("click", () => void save());
async function save(): Promise<void> {
  await chrome.storage.local.set({ config: config.value, account: account.value, author: author.value.trim(), server: server.value.trim() });
  statusLine.textContent = "Saved. Open compose boxes use it from the next keystroke.";
}

export {};
