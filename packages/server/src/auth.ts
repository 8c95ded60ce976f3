import { timingSafeEqual } from "node:crypto";
import { digest } from "./config.js";
import type { Storage } from "./store/storage.js";
import type { Actor, Store } from "./store/store.js";

const BEARER = /^Bearer[ \t]+(\S+)[ \t]*$/i;

/**
 * True when `authorization` carries one of the tokens. Every token is compared, over SHA-256
 * digests of equal length, so neither the time taken nor the answer tells which part was wrong.
 */
function isAuthorized(authorization: string | undefined, tokens: readonly Buffer[]): boolean {
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

/** The bootstrap token (`POSTLINT_API_TOKEN`, `server.tokens`) acts as this admin. */
const BOOTSTRAP_ACTOR: Actor = { name: "bootstrap-admin", role: "admin" };
/** Without any token configured (a loopback-only server), requests act as this admin. */
const ANONYMOUS_ACTOR: Actor = { name: "anonymous", role: "admin" };

const hasTokensCache = new WeakMap<Store, { at: number; value: Promise<boolean> }>();

/**
 * Who sends a request: the bootstrap admin, a named token from the store, or (when no token exists
 * at all) the anonymous admin. Undefined means 401.
 */
export async function authenticate(authorization: string | undefined, bootstrap: readonly Buffer[], storage: Storage | undefined): Promise<Actor | undefined> {
  if (bootstrap.length && isAuthorized(authorization, bootstrap)) return BOOTSTRAP_ACTOR;
  const store = storage?.peek();
  const given = BEARER.exec(authorization ?? "")?.[1];
  if (store && given) {
    const actor = await store.findToken(given);
    if (actor) return actor;
  }
  if (bootstrap.length) return undefined;
  return store && (await hasTokens(store)) ? undefined : ANONYMOUS_ACTOR;
}

function hasTokens(store: Store): Promise<boolean> {
  const cached = hasTokensCache.get(store);
  if (cached && Date.now() - cached.at < 2_000) return cached.value;
  const value = store.hasTokens();
  hasTokensCache.set(store, { at: Date.now(), value });
  return value;
}
