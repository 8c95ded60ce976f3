import type { Post, ResolvedConfig } from "@postlint/core";

/** `@Jane.Doe` and `jane.doe` are the same author. */
export const handle = (name: string): string => name.trim().replace(/^@/, "").toLowerCase();

/** What a post's front matter and the config say about who speaks, where and when. */
export interface PostContext {
  /** The organization's own brand account. */
  official: boolean;
  author: string | undefined;
  /** The author is listed in `spokespeople`. */
  spokesperson: boolean;
  platform: string | undefined;
  /** `YYYY-MM-DD`. */
  date: string;
  /** The organization's name and aliases, as configured. */
  orgNames: string[];
}

export function postContext(post: Pick<Post, "meta">, config: Pick<ResolvedConfig, "organization" | "spokespeople">): PostContext {
  const author = post.meta.author;
  const org = config.organization;
  return {
    official: post.meta.account === "official",
    author,
    spokesperson: author !== undefined && config.spokespeople.map(handle).includes(handle(author)),
    platform: post.meta.platform,
    date: post.meta.date,
    orgNames: [...new Set([org.name, ...org.aliases].filter((n): n is string => Boolean(n)))],
  };
}
