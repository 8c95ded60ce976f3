import type { Post } from "@postlint/core";

/**
 * `compute` run once per post, however many rules ask: insensitive-language, brand-voice and
 * controversial-topic all want the same post's hurtful combinations, three rules its layoffs. Keyed
 * weakly, so a post's answer goes with the post.
 */
export function perPost<T>(compute: (post: Post) => Promise<T>): (post: Post) => Promise<T> {
  const memo = new WeakMap<Post, Promise<T>>();
  return (post) => {
    let found = memo.get(post);
    if (!found) memo.set(post, (found = compute(post)));
    return found;
  };
}
