import type { Language, MessageCatalog } from "./types.js";

/**
 * Fills a message template. `{name}` is replaced by `data.name`; an unknown placeholder stays
 * visible so a test can catch it. `{name, select, a {…} b {…} other {…}}` (ICU MessageFormat's
 * select) picks the branch named by `data.name`, or `other`; branches may hold placeholders. So a
 * rule passes a key (`target: "boss"`) and every word of the message stays in its catalogue.
 */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  if (!template.includes(", select,")) return fill(template, data);
  let out = "";
  let at = 0;
  for (let open = template.indexOf("{"); open !== -1; open = template.indexOf("{", at)) {
    const close = matching(template, open);
    if (close === -1) break;
    const select = /^\{(\w+), select,/.exec(template.slice(open, close));
    if (!select) {
      out += template.slice(at, close + 1);
      at = close + 1;
      continue;
    }
    out += template.slice(at, open);
    const branches = branchesOf(template.slice(open + select[0].length, close));
    const key = String(data[select[1] as string] ?? "other");
    out += branches.get(key) ?? branches.get("other") ?? template.slice(open, close + 1);
    at = close + 1;
  }
  return fill(out + template.slice(at), data);
}

function fill(template: string, data: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

/** The index of the brace that closes the one at `open`, or -1. */
function matching(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === "{") depth++;
    else if (text[i] === "}" && --depth === 0) return i;
  }
  return -1;
}

/** ` a {…} b {…}` → a → …, b → … */
function branchesOf(body: string): Map<string, string> {
  const branches = new Map<string, string>();
  let at = 0;
  for (;;) {
    const key = /\s*([\w-]+)\s*\{/y;
    key.lastIndex = at;
    const m = key.exec(body);
    if (!m) return branches;
    const open = key.lastIndex - 1;
    const close = matching(body, open);
    if (close === -1) return branches;
    branches.set(m[1] as string, body.slice(open + 1, close));
    at = close + 1;
  }
}

export function templateOf(catalog: MessageCatalog, language: Language, messageId: string): string | undefined {
  return catalog[language]?.[messageId] ?? catalog.en[messageId];
}
