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

export function loadDraft(): Partial<SavedDraft> {
  try {
    const value: unknown = JSON.parse(sessionStorage.getItem(DRAFT_KEY) ?? "{}");
    return value && typeof value === "object" ? value : {};
  } catch {
    return {};
  }
}

export function saveDraft(draft: SavedDraft): void {
  try {
    sessionStorage.setItem(DRAFT_KEY, JSON.stringify(draft));
  } catch {
    // Private modes and full storage refuse writes: the page still works, a reload just starts empty.
  }
}

export function savedUiLanguage(): UiLanguage | null {
  try {
    const value = sessionStorage.getItem(UI_KEY);
    return isUiLanguage(value) ? value : null;
  } catch {
    return null;
  }
}

export function saveUiLanguage(language: UiLanguage): void {
  try {
    sessionStorage.setItem(UI_KEY, language);
  } catch {
    // See saveDraft.
  }
}
