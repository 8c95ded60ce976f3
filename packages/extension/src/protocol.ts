// Messages between the content script, the popup and the service worker.
import type { LintMessage } from "@postlint/core";

export type Platform = "x" | "linkedin" | "instagram" | "facebook" | "threads" | "bluesky" | "mastodon";

export interface LintRequest {
  type: "lint";
  text: string;
  platform?: Platform;
  url: string;
}

export interface LintResponse {
  messages: LintMessage[];
  language: string | null;
  ms: number;
  configError?: string;
}

export interface TabFindings {
  platform: Platform | undefined;
  messages: LintMessage[];
  url: string;
}

/** The popup asks for the findings of one tab. */
export interface FindingsRequest {
  type: "findings";
  tabId: number;
}

export interface FindingsResponse {
  findings: TabFindings | null;
  /** Why the stored config could not be used (the default policy is used instead). */
  configError?: string;
}

export interface Settings {
  /** The organization's config, YAML or JSON, as pasted, picked or fetched. */
  config: string;
  account: string;
  author: string;
}

/** The platform a compose box belongs to, from the site's host name. */
export function platformOf(host: string): Platform | undefined {
  if (/(^|\.)linkedin\.com$/.test(host)) return "linkedin";
  if (/(^|\.)(x|twitter)\.com$/.test(host)) return "x";
  if (/(^|\.)facebook\.com$/.test(host)) return "facebook";
  if (/(^|\.)instagram\.com$/.test(host)) return "instagram";
  if (/(^|\.)threads\.(net|com)$/.test(host)) return "threads";
  if (/(^|\.)bsky\.app$/.test(host)) return "bluesky";
  if (/mastodon|^mstdn\.|^fosstodon\./.test(host)) return "mastodon";
  return undefined;
}
