import { timingSafeEqual } from "node:crypto";
import { digest } from "./config.js";

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * True when `authorization` carries one of the tokens. Every token is compared, over SHA-256
 * digests of equal length, so neither the time taken nor the answer tells which part was wrong.
 */
export function isAuthorized(authorization: string | undefined, tokens: readonly Buffer[]): boolean {
  const match = BEARER.exec(authorization ?? "");
  const given = digest(match?.[1] ?? "");
  let ok = false;
  for (const token of tokens) ok = timingSafeEqual(given, token) || ok;
  return ok && match !== null;
}

/** Loopback addresses are reachable only from this machine; anything else needs a token. */
export function isLoopback(host: string): boolean {
  const h = host.replace(/^\[|\]$/g, "").toLowerCase();
  return h === "localhost" || h === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(h) || /^::ffff:127\./.test(h);
}
