import { PLATFORMS, type Platform } from "./types.js";

/**
 * Names schedulers (Hootsuite, Buffer, Sprout, Later) use for the platforms of the contract, in
 * lower case. `normalizePlatform` maps them; a contract name maps to itself.
 */
export const PLATFORM_ALIASES: Readonly<Record<string, Platform>> = {
  twitter: "x",
  "x.com": "x",
  "x (twitter)": "x",
  "twitter/x": "x",
  tweet: "x",
  "linkedin page": "linkedin",
  "linkedin company": "linkedin",
  "linkedin profile": "linkedin",
  linkedin_company: "linkedin",
  linkedin_profile: "linkedin",
  li: "linkedin",
  ig: "instagram",
  "instagram business": "instagram",
  instagram_business: "instagram",
  fb: "facebook",
  "facebook page": "facebook",
  facebook_page: "facebook",
  meta: "facebook",
  "threads.net": "threads",
  bsky: "bluesky",
  "bsky.app": "bluesky",
  "tik tok": "tiktok",
  tiktok_business: "tiktok",
  fediverse: "mastodon",
};

/** A contract platform for `value`, or `value` unchanged when it names none (validation then says so). */
export function normalizePlatform(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const key = value.trim().toLowerCase();
  if ((PLATFORMS as readonly string[]).includes(key)) return key;
  return PLATFORM_ALIASES[key] ?? value;
}

/** `fields` with its `platform` normalized (a copy when it changes). */
export function withPlatformAlias<T>(fields: T): T {
  if (typeof fields !== "object" || fields === null || !("platform" in fields)) return fields;
  const platform = normalizePlatform((fields as { platform: unknown }).platform);
  return platform === (fields as { platform: unknown }).platform ? fields : { ...fields, platform };
}
