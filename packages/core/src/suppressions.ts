import type { Range } from "./types.js";

export type DirectiveKind = "disable" | "enable" | "disable-next-line" | "disable-line";

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

const DIRECTIVE = /<!--\s*postlint-(disable-next-line|disable-line|disable|enable)\b([\s\S]*?)-->/g;

export function parseDirectives(text: string, lineOf: (offset: number) => number): Directive[] {
  const directives: Directive[] = [];
  for (const m of text.matchAll(DIRECTIVE)) {
    const [rulesPart = "", reason] = (m[2] ?? "").split(/\s--\s?/, 2);
    const ruleIds = rulesPart.split(/[\s,]+/).filter(Boolean);
    directives.push({
      kind: m[1] as DirectiveKind,
      ruleIds,
      ...(reason?.trim() ? { reason: reason.trim() } : {}),
      range: [m.index, m.index + m[0].length],
      line: lineOf(m.index),
      used: false,
    });
  }
  return directives;
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
