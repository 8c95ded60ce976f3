import { franc } from "franc";
import type { Language } from "./types.js";

const FROM_ISO3: Record<string, Language> = { eng: "en", nld: "nl", dan: "da" };
const ONLY = Object.keys(FROM_ISO3);
/** Below this many letters a trigram guess is noise; use the configured default instead. */
const MIN_LETTERS = 24;

const NOISE = /https?:\/\/\S+|www\.\S+|[#@$][\p{L}\p{N}_]+|<!--[\s\S]*?-->|!\[[^\]]*\]\([^)]*\)|`[^`]*`/gu;

export interface DetectedLanguage {
  language: Language;
  detected: boolean;
}

/** Detects English, Dutch or Danish; short or unclear posts fall back to `fallback`. */
export function detectLanguage(body: string, fallback: Language = "en"): DetectedLanguage {
  const prose = body.replace(NOISE, " ");
  const letters = prose.match(/\p{L}/gu)?.length ?? 0;
  if (letters < MIN_LETTERS) return { language: fallback, detected: false };
  const guess = FROM_ISO3[franc(prose, { only: ONLY, minLength: MIN_LETTERS })];
  return guess ? { language: guess, detected: true } : { language: fallback, detected: false };
}
