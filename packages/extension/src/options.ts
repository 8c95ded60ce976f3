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
/**
 * `GET /v1/config` of the organization's `postlint serve`: its policy without the server's own
 * settings. Saved (cached) at once, so drafts are checked with it offline from then on; the token
 * is used for this one request and not stored.
 */
async function fetchConfig(): Promise<void> {
  try {
    const url = new URL("/v1/config", server.value.trim());
    const origins = [`${url.protocol}//${url.hostname}/*`];
    // Host permission lets this page read the answer without the server sending CORS headers.
    if (!(await chrome.permissions.contains({ origins })) && !(await chrome.permissions.request({ origins }))) {
      throw new Error(`permission for ${url.origin} was not granted`);
    }
    const response = await fetch(url, { headers: token.value ? { authorization: `Bearer ${token.value.trim()}` } : {}, credentials: "omit", cache: "no-store" });
    if (response.status === 401) throw new Error("the server did not accept the token (401)");
    if (!response.ok) throw new Error(`the server answered ${response.status} ${response.statusText}`);
    config.value = await response.text();
    await chrome.storage.local.set({ config: config.value, server: server.value.trim(), fetchedAt: new Date().toISOString() });
    statusLine.textContent = `Fetched from ${url.origin} and saved. Open compose boxes use it from the next keystroke.`;
  } catch (error) {
    const reason = error instanceof TypeError && /URL/.test(error.message) ? "that is not a URL (https://…)" : (error as Error).message;
    statusLine.textContent = `Could not fetch the config: ${reason}`;
  }
}

$("save").addEventListener("click", () => void save());
async function save(): Promise<void> {
  await chrome.storage.local.set({ config: config.value, account: account.value, author: author.value.trim(), server: server.value.trim() });
  statusLine.textContent = "Saved. Open compose boxes use it from the next keystroke.";
}

export {};
