import type { Post } from "@postlint/core";
import { conceptMatcher } from "./lexicon.js";

/**
 * Whether a sentence names the writer's family, or the sentence before or after it does ("Record
 * quarter in the veg patch. The board (my wife) is delighted", "de limonadekraam van mijn
 * dochters"): business words there are a family joke, not the company's results or the till.
 */
export async function nearFamily(post: Post): Promise<(sentence: number) => boolean> {
  const family = await conceptMatcher(post.language, ["family"], { stem: false });
  const sentences = new Set(family.find(post).map((h) => post.tokens[h.first]?.sentence ?? -9));
  return (s) => sentences.has(s) || sentences.has(s - 1) || sentences.has(s + 1);
}
