import type { Language, MessageCatalog } from "./types.js";

/** Fills `{name}` placeholders; an unknown placeholder stays visible so a test can catch it. */
export function formatMessage(template: string, data: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in data ? String(data[key]) : whole));
}

export function templateOf(catalog: MessageCatalog, language: Language, messageId: string): string | undefined {
  return catalog[language]?.[messageId] ?? catalog.en[messageId];
}
