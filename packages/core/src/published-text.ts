import type { Nodes as MdastNodes, Root as MdastRoot, Text } from "mdast";
import { directiveRanges } from "./suppressions.js";

/**
 * Markdown keeps code, HTML and comments out of its prose, but platforms publish the raw text, so
 * "    My boss is a clown" (an indented code block to Markdown) is as public as any sentence.
 * Returns a copy of the tree in which every such node is a plain text node holding its exact
 * source, so the prose tree (and every rule) sees it at its original offsets. Only postlint's own
 * directive comments are not post text: they are blanked (same length, so offsets stay exact).
 * The tree handed to rules (`post.mdast`) is left as Markdown parsed it.
 */
export function asPublished(tree: MdastRoot, text: string): MdastRoot {
  const directives = directiveRanges(text);
  return publish(tree, text, directives) as MdastRoot;
}

/** Node types whose text remark-retext would skip (or keep as one opaque source node). */
const HIDDEN = new Set(["code", "inlineCode", "html", "definition"]);

function publish(node: MdastNodes, text: string, directives: readonly (readonly [number, number])[]): MdastNodes {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (HIDDEN.has(node.type) && start !== undefined && end !== undefined) {
    const raw: Text = { type: "text", value: blank(text, start, end, directives), ...(node.position ? { position: node.position } : {}) };
    return raw;
  }
  if (!("children" in node)) return node;
  return { ...node, children: node.children.map((child) => publish(child, text, directives)) } as MdastNodes;
}

/** The source of `[start, end)` with directive comments replaced by spaces (newlines kept). */
function blank(text: string, start: number, end: number, directives: readonly (readonly [number, number])[]): string {
  let out = "";
  let at = start;
  for (let i = firstEndingAfter(directives, start); i < directives.length; i++) {
    const [s, e] = directives[i] as readonly [number, number];
    if (s >= end) break;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, " ");
    at = to;
  }
  return out + text.slice(at, end);
}

/** Index of the first range (sorted, not overlapping) that ends after `offset`: a binary search, so many comments stay cheap. */
function firstEndingAfter(ranges: readonly (readonly [number, number])[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as readonly [number, number])[1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
