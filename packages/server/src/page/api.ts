import type { LintResult } from "@postlint/core";
import { t } from "./i18n/index.js";
import { readSession, writeSession } from "./session.js";

export interface CheckRequest {
  text: string;
  platform?: string;
  account: string;
  lang: string;
  date?: string;
  /** An attached picture: text in it, its metadata and QR codes are checked too. */
  images?: { name: string; data: string }[];
}

export type CheckOutcome =
  | { kind: "result"; result: LintResult }
  | { kind: "unauthorized" }
  | { kind: "failed"; message: string; retry: boolean }
  | { kind: "aborted" };

const TOKEN_KEY = "postlint.token";

export function savedToken(): string | null {
  return readSession(TOKEN_KEY);
}

/** Kept in this tab; where storage is refused, in memory until the page is reloaded. */
export function saveToken(token: string): void {
  writeSession(TOKEN_KEY, token);
  memoryToken = token;
}

let memoryToken: string | null = null;

/** POST /v1/lint: the same endpoint the schedulers use, so the page shows what the gate will see. */
export async function check(request: CheckRequest, signal: AbortSignal): Promise<CheckOutcome> {
  const token = memoryToken ?? savedToken();
  let response: Response;
  try {
    response = await fetch("/v1/lint", {
      method: "POST",
      headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify(request),
      signal,
    });
  } catch (error) {
    if (signal.aborted) return { kind: "aborted" };
    return { kind: "failed", message: t("error.unreachable", { error: (error as Error).message }), retry: true };
  }
  if (response.status === 401) return { kind: "unauthorized" };
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return { kind: "result", result: body as LintResult };
  const message = (body as { error?: { message?: string } } | null)?.error?.message ?? t("error.status", { status: response.status });
  return { kind: "failed", message: sentence(message), retry: response.status === 503 };
}

function sentence(s: string): string {
  const capital = s.charAt(0).toUpperCase() + s.slice(1);
  return /[.!?]$/.test(capital) ? capital : `${capital}.`;
}
