import type { Range } from "./types.js";

type DirectiveKind = "disable" | "enable" | "disable-next-line" | "disable-line";

export interface Directive {
  kind: DirectiveKind;
  /** Rule ids; empty = every rule. */
  ruleIds: string[];
  reason?: string;
  range: Range;
  /** 1-based line of the comment. */
  line: number;
  used: boolean;
}

/** The inside of a comment that is a directive: `postlint-disable profanity -- reason`. */
const DIRECTIVE = /^\s*postlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*)$/;

/**
 * Every `<!-- … -->` comment, found with `indexOf` rather than one lazy regex: `<!--[\s\S]*?-->`
 * rescans the rest of the post from each unclosed `<!--`, which is quadratic on a crafted post.
 */
function* comments(text: string): Generator<{ start: number; end: number; inner: string }> {
  for (let open = text.indexOf("<!--"); open !== -1; ) {
    const close = text.indexOf("-->", open + 4);
    if (close === -1) return; // no later comment can close either
    yield { start: open, end: close + 3, inner: text.slice(open + 4, close) };
    open = text.indexOf("<!--", close + 3);
  }
}

export function parseDirectives(text: string, lineOf: (offset: number) => number): Directive[] {
  const directives: Directive[] = [];
  for (const c of comments(text)) {
    const m = DIRECTIVE.exec(c.inner);
    if (!m) continue;
    const [rulesPart = "", reason] = (m[2] ?? "").split(/\s--\s?/, 2);
    const ruleIds = rulesPart.split(/[\s,]+/).filter(Boolean);
    directives.push({
      kind: m[1] as DirectiveKind,
      ruleIds,
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
      range: [c.start, c.end],
      line: lineOf(c.start),
      used: false,
    });
  }
  return directives;
}

/** Where postlint's own comments are: directives, not post text (sorted, not overlapping). */
export function directiveRanges(text: string): Range[] {
  const ranges: Range[] = [];
  for (const c of comments(text)) if (DIRECTIVE.test(c.inner)) ranges.push([c.start, c.end]);
  return ranges;
}

/** Finds the directive that suppresses a finding of `ruleId` at `offset` / `line`, if any. */
export function suppressorOf(directives: Directive[], ruleId: string, offset: number, line: number): Directive | undefined {
  const applies = (d: Directive): boolean => d.ruleIds.length === 0 || d.ruleIds.includes(ruleId);
  for (const d of directives) {
    if (!applies(d)) continue;
    if (d.kind === "disable-next-line" && line === d.line + 1) return d;
    if (d.kind === "disable-line" && line === d.line) return d;
  }
  let active: Directive | undefined;
  for (const d of directives) {
    if (d.range[0] > offset) break;
    if (!applies(d)) continue;
    if (d.kind === "disable") active = d;
    else if (d.kind === "enable") active = undefined;
  }
  return active;
}
