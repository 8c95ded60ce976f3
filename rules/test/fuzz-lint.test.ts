// Issue #9: property-based fuzzing of lint() with the default pack. Whatever the text, front
// matter or post fields: lint() answers (never throws), within a budget (a hang guard, generous on
// purpose: the posts are small), and every position it gives lies inside the post and agrees with
// the text it quotes. More cases: POSTLINT_FUZZ_RUNS=10000 (see test-support/fuzz.ts).
import { readFileSync } from "node:fs";
import path from "node:path";
import { lint, type LintMessage, type LintOptions, type LintResult } from "@postlint/core";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { fuzzParameters, fuzzTimeout } from "../../test-support/fuzz.js";
import { post, postFields } from "../../test-support/post-arbitraries.js";
import pack from "../src/index.js";

const sample = parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/.postlintrc.yaml"), "utf8")) as Record<string, unknown>;
const CONFIGS = { sample, none: {} };
const BUDGET_MS = 10_000;
const RUNS = 60;

/** Start offsets of each line, counting LF, CRLF and a lone CR as one break (as postlint does). */
function lineStarts(text: string): number[] {
  const starts = [0];
  for (const m of text.matchAll(/\r\n?|\n/g)) starts.push(m.index + m[0].length);
  return starts;
}

function offsetOf(starts: readonly number[], line: number, column: number): number {
  return (starts[line - 1] ?? NaN) + column - 1;
}

/** Why a result breaks the contract, or undefined when it holds. */
function violation(text: string, result: LintResult): string | undefined {
  const starts = lineStarts(text);
  const inside = (o: number): boolean => Number.isInteger(o) && o >= 0 && o <= text.length;
  const counts = { error: 0, warn: 0 };
  for (const m of result.messages as LintMessage[]) {
    counts[m.severity === "error" ? "error" : "warn"]++;
    for (const k of ["line", "column", "endLine", "endColumn"] as const) if (!Number.isInteger(m[k]) || m[k] < 1) return `${k} ${m[k]} in ${JSON.stringify(m)}`;
    if (m.line > starts.length || m.endLine > starts.length) return `line past the end: ${JSON.stringify(m)}`;
    const start = offsetOf(starts, m.line, m.column);
    const end = offsetOf(starts, m.endLine, m.endColumn);
    if (!inside(start) || !inside(end) || end < start) return `range [${start}, ${end}) outside the post (${text.length}): ${JSON.stringify(m)}`;
    // A column must not run past its line's end (the line break itself is the last place).
    const lineEnd = (starts[m.line] ?? text.length + 1) - 1;
    if (start > Math.max(lineEnd, starts[m.line - 1] ?? 0) + 1) return `column past the line: ${JSON.stringify(m)}`;
    // Quoted text is the text at the position, unless masked (sensitive) or from an image.
    if (!m.fatal && !m.source && m.text !== undefined && !/[*…]/.test(m.text) && text.slice(start, end) !== m.text) {
      return `text ${JSON.stringify(m.text)} but the position holds ${JSON.stringify(text.slice(start, end))}: ${JSON.stringify(m)}`;
    }
    for (const fix of [m.fix, ...(m.suggestions ?? []).map((s) => s.fix)]) {
      if (!fix) continue;
      const [a, b] = fix.range;
      if (!inside(a) || !inside(b) || b < a || typeof fix.text !== "string") return `fix range [${a}, ${b}) outside the post (${text.length}): ${JSON.stringify(m)}`;
    }
  }
  if (counts.error !== result.errorCount || counts.warn !== result.warningCount) return `counts ${result.errorCount}/${result.warningCount} for ${counts.error}/${counts.warn} messages`;
  return undefined;
}

async function check(text: string, options: LintOptions): Promise<void> {
  const started = performance.now();
  const result = await lint(text, { packs: [pack], ...options });
  const took = performance.now() - started;
  expect(took, "lint() ran past its budget").toBeLessThan(BUDGET_MS);
  // With fixes applied, what is left is reported on the fixed text (as ESLint does).
  expect(violation(result.output ?? text, result)).toBeUndefined();
}

const options = fc.record({
  config: fc.constantFrom(...(Object.keys(CONFIGS) as (keyof typeof CONFIGS)[])),
  meta: postFields,
  fix: fc.boolean(),
  fieldsFrom: fc.constantFrom("post", "request"),
  inlineConfig: fc.constantFrom("apply", "ignore", "report"),
  reportUnusedDisable: fc.boolean(),
});

type FuzzOptions = typeof options extends fc.Arbitrary<infer T> ? T : never;

/** The same config object each time: lint() keeps one linter per config object. */
const toLintOptions = ({ config, ...rest }: FuzzOptions): LintOptions => ({ ...rest, config: CONFIGS[config] });

describe("fuzzing lint() with the default pack", () => {
  it("answers Markdown-shaped posts with front matter, positions inside the post", { timeout: fuzzTimeout(RUNS, 300) }, async () => {
    await fc.assert(fc.asyncProperty(post, options, async (text, o) => check(text, toLintOptions(o))), fuzzParameters(RUNS));
  });

  it("answers arbitrary Unicode, lone surrogates and control characters included", { timeout: fuzzTimeout(RUNS, 300) }, async () => {
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 300 }));
    await fc.assert(fc.asyncProperty(text, options, async (t, o) => check(t, toLintOptions(o))), fuzzParameters(RUNS));
  });
});
