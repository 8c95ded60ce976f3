import type { Nodes as MdastNodes, Root as MdastRoot } from "mdast";
import { InputError } from "./errors.js";

/**
 * How deep Markdown may nest (block quotes, list items, emphasis, links). Real posts nest a few
 * levels; thousands of `>` or `- ` overflow the stack of the Markdown and prose parsers, which
 * recurse once per level, and a 4 KB post would take the whole run down. A post nested deeper is
 * refused with a fatal result for that post alone.
 */
const MAX_NESTING = 100;

/**
 * Refuses a post whose lines open more than `MAX_NESTING` block containers (`>`, `-`, `*`, `+`,
 * `1.`, `1)`), counted in one linear pass before anything is parsed.
 */
export function checkBlockNesting(text: string, from: number, file: string | undefined): void {
  let line = 1;
  for (let i = 0; i < from; i++) if (text.charCodeAt(i) === 10) line++;
  let at = from;
  while (at < text.length) {
    let depth = 0;
    let i = at;
    for (;;) {
      while (text[i] === " " || text[i] === "\t") i++;
      const marker = containerMarkerEnd(text, i);
      if (marker === -1) break;
      depth++;
      i = marker;
    }
    if (depth > MAX_NESTING) {
      throw new InputError(`the post nests ${depth} levels deep (block quotes and lists); postlint checks up to ${MAX_NESTING} levels`, { file, line, column: 1 });
    }
    const end = text.indexOf("\n", i);
    if (end === -1) break;
    at = end + 1;
    line++;
  }
}

/** The offset after a container marker at `i` (`>`, or a list marker and its space), or -1. */
function containerMarkerEnd(text: string, i: number): number {
  const c = text[i];
  if (c === ">") return i + 1;
  const spaced = (j: number): boolean => j >= text.length || text[j] === " " || text[j] === "\t" || text[j] === "\n" || text[j] === "\r";
  if ((c === "-" || c === "*" || c === "+") && spaced(i + 1)) return i + 1;
  let j = i;
  while (j - i < 9 && text.charCodeAt(j) >= 48 && text.charCodeAt(j) <= 57) j++;
  if (j > i && (text[j] === "." || text[j] === ")") && spaced(j + 1)) return j + 1;
  return -1;
}

/** Node types that nest a level: what a rule or the prose converter recurses into. */
const NESTING = new Set(["blockquote", "list", "emphasis", "strong", "delete", "link", "linkReference"]);

/**
 * Refuses a parsed tree nested deeper than `MAX_NESTING` in any way the line scan cannot see
 * (emphasis inside emphasis, `*a *b *c … c* b* a*`), before anything recurses over it.
 * Iterative, so the check itself cannot overflow.
 */
export function checkTreeNesting(root: MdastRoot, file: string | undefined): void {
  const stack: [MdastNodes, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [node, depth] = stack.pop() as [MdastNodes, number];
    const here = NESTING.has(node.type) ? depth + 1 : depth;
    if (here > MAX_NESTING) {
      const line = node.position?.start.line ?? 1;
      throw new InputError(`the post's Markdown nests more than ${MAX_NESTING} levels deep (quotes, lists, emphasis or links); postlint checks up to ${MAX_NESTING} levels`, { file, line, column: node.position?.start.column ?? 1 });
    }
    if ("children" in node) for (const child of node.children) stack.push([child, here]);
  }
}
