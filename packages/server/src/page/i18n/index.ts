import { da } from "./da.js";
import { en, type Catalogue, type Key } from "./en.js";
import { nl } from "./nl.js";

export type { Key } from "./en.js";
export const UI_LANGUAGES = ["en", "nl", "da"] as const;
export type UiLanguage = (typeof UI_LANGUAGES)[number];
/** Each language in its own words, for the switch. */
export const LANGUAGE_NAMES: Record<UiLanguage, string> = { en: "English", nl: "Nederlands", da: "Dansk" };

const CATALOGUES: Record<UiLanguage, Catalogue> = { en, nl, da };
let current: UiLanguage = "en";

export const isUiLanguage = (value: unknown): value is UiLanguage => UI_LANGUAGES.includes(value as UiLanguage);

/** The first of the browser's languages the page speaks (`nl-BE` → nl, `nb` → none); English otherwise. */
export function pickLanguage(preferred: readonly string[]): UiLanguage {
  for (const tag of preferred) {
    const primary = tag.toLowerCase().split("-")[0];
    if (isUiLanguage(primary)) return primary;
  }
  return "en";
}

export function setLanguage(language: UiLanguage): void {
  current = language;
}

export function language(): UiLanguage {
  return current;
}

type Vars = Record<string, string | number>;

export function t(key: Key, vars: Vars = {}): string {
  return (CATALOGUES[current][key] ?? en[key]).replace(/\{(\w+)\}/g, (all, name: string) => (name in vars ? String(vars[name]) : all));
}

/** A message with a count: `key.one` for 1, `key.other` otherwise (English, Dutch and Danish agree). */
export function tn(key: string, n: number, vars: Vars = {}): string {
  return t(`${key}.${n === 1 ? "one" : "other"}` as Key, { ...vars, n });
}

/**
 * Puts the page's static words in the current language: `data-i18n` sets the text, and
 * `data-i18n-placeholder`, `-title`, `-aria-label` set those attributes.
 */
export function translateDocument(root: Document): void {
  root.documentElement.lang = current;
  root.title = t("doc.title");
  for (const el of root.querySelectorAll<HTMLElement>("[data-i18n]")) el.textContent = t(el.dataset["i18n"] as Key);
  for (const attr of ["placeholder", "title", "aria-label"] as const) {
    const data = `i18n${attr.split("-").map((p) => p.charAt(0).toUpperCase() + p.slice(1)).join("")}`;
    for (const el of root.querySelectorAll<HTMLElement>(`[data-i18n-${attr}]`)) el.setAttribute(attr, t(el.dataset[data] as Key));
  }
}
