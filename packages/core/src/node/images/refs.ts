import { parseFrontMatter } from "../../front-matter.js";

/** A path the post refers to, relative to the post's folder: Markdown images and front matter `images:`. */
const MARKDOWN_IMAGE = /!\[[^\]\n]*\]\(\s*<?([^)\s>]+)>?(?:\s+["'(][^)\n]*)?\)/g;
const REMOTE = /^(?:[a-z][a-z0-9+.-]*:|\/\/|#)/i;

/**
 * The local images a post names, in order, once each: `![…](path)` in the body and the
 * `images: [path, …]` list in the front matter. Remote URLs (`https:`, `data:`) are not fetched.
 * A post without `![` or `images:` costs one `includes` check.
 */
export function imageRefsOf(text: string): string[] {
  if (!text.includes("![") && !text.includes("images:")) return [];
  const names = new Set<string>();
  let bodyStart = 0;
  try {
    const front = parseFrontMatter(text);
    bodyStart = front.bodyStart;
    const listed = (front.data as Record<string, unknown> | undefined)?.images;
    if (Array.isArray(listed)) for (const item of listed) if (typeof item === "string" && item.trim()) names.add(item.trim());
  } catch {
    // Bad front matter is reported by the linter; its images are simply not read.
  }
  for (const m of text.slice(bodyStart).matchAll(MARKDOWN_IMAGE)) if (m[1]) names.add(m[1]);
  return [...names].filter((n) => !REMOTE.test(n));
}
