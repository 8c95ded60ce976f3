import type { Nodes as MdastNodes, Root as MdastRoot, Text } from "mdast";
import { directiveRanges } from "./suppressions.js";
import type { Range } from "./types.js";

/**
 * Markdown keeps code, HTML and comments out of its prose, but platforms publish the raw text, so
 * "    My boss is a clown" (an indented code block to Markdown) is as public as any sentence.
 * Returns a copy of the tree in which every such node is a plain text node holding its exact
 * source, so the prose tree (and every rule) sees it at its original offsets. Only postlint's own
 * directive comments are not post text: they are blanked (same length, so offsets stay exact).
 * The tree handed to rules (`post.mdast`) is left as Markdown parsed it.
 *
 * `tamed` are ranges the Markdown parser saw changed (see markdown-safe.ts); a text node over one
 * takes its words from the post itself.
 */
export function asPublished(tree: MdastRoot, text: string, tamed: readonly Range[] = []): MdastRoot {
  const directives = directiveRanges(text);
  return publish(tree, text, directives, tamed) as MdastRoot;
}

/** Node types whose text remark-retext would skip (or keep as one opaque source node). */
const HIDDEN = new Set(["code", "inlineCode", "html", "definition"]);

function publish(node: MdastNodes, text: string, directives: readonly Range[], tamed: readonly Range[]): MdastNodes {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  const hidden = HIDDEN.has(node.type) || (node.type === "text" && overlaps(tamed, start, end));
  if (hidden && start !== undefined && end !== undefined) {
    const raw: Text = { type: "text", value: blank(text, start, end, directives), ...(node.position ? { position: node.position } : {}) };
    return raw;
  }
  if (!("children" in node)) return node;
  return { ...node, children: node.children.map((child) => publish(child, text, directives, tamed)) } as MdastNodes;
}

function overlaps(ranges: readonly Range[], start: number | undefined, end: number | undefined): boolean {
  if (ranges.length === 0 || start === undefined || end === undefined) return false;
  const first = ranges[firstEndingAfter(ranges, start)];
  return first !== undefined && first[0] < end;
}

/** The source of `[start, end)` with directive comments replaced by spaces (newlines kept). */
function blank(text: string, start: number, end: number, directives: readonly Range[]): string {
  let out = "";
  let at = start;
  for (let i = firstEndingAfter(directives, start); i < directives.length; i++) {
    const [s, e] = directives[i] as Range;
    if (s >= end) break;
    const from = Math.max(s, start);
    const to = Math.min(e, end);
    out += text.slice(at, from) + text.slice(from, to).replace(/[^\r\n]/g, " ");
    at = to;
  }
  return out + text.slice(at, end);
}

/** Index of the first range (sorted, not overlapping) that ends after `offset`: a binary search, so many comments stay cheap. */
function firstEndingAfter(ranges: readonly Range[], offset: number): number {
  let lo = 0;
  let hi = ranges.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((ranges[mid] as Range)[1] <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
