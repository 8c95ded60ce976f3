import { isUiLanguage, type UiLanguage } from "./i18n/index.js";

/**
 * The draft and its settings, kept in this tab's sessionStorage: a reload keeps them, closing the
 * tab forgets them, and they are never sent anywhere but to the checker's own /v1/lint.
 */
export interface SavedDraft {
  text: string;
  platform: string;
  account: string;
  lang: string;
  date: string;
  preview: string;
  /** Keys of the findings dismissed for this draft (see `findingKey`). */
  dismissed: string[];
}

const DRAFT_KEY = "postlint.draft";
const UI_KEY = "postlint.ui-language";

/** A value of this tab's sessionStorage, or null where the browser refuses storage (private modes). */
export function readSession(key: string): string | null {
  try {
    return sessionStorage.getItem(key);
  } catch {
    return null;
  }
}

/**
 * Keeps a value in this tab's sessionStorage. Private modes and full storage refuse writes: the
 * page still works, a reload just starts without it.
 */
export function writeSession(key: string, value: string): void {
  try {
    sessionStorage.setItem(key, value);
  } catch {
    // Nothing to do: see above.
  }
}

export function loadDraft(): Partial<SavedDraft> {
  try {
    const value: unknown = JSON.parse(readSession(DRAFT_KEY) ?? "{}");
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

export function saveDraft(draft: SavedDraft): void {
  writeSession(DRAFT_KEY, JSON.stringify(draft));
}

export function savedUiLanguage(): UiLanguage | null {
  const value = readSession(UI_KEY);
  return isUiLanguage(value) ? value : null;
}

export function saveUiLanguage(language: UiLanguage): void {
  writeSession(UI_KEY, language);
}
