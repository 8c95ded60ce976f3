import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { escapeControl, parseFrontMatter, type LintResult } from "@postlint/core";
import { createFileLinter, expandPaths, readPostFile } from "@postlint/core/node";
import pack from "@postlint/rules";
import { UsageError } from "./args.js";
import type { CliIO } from "./io.js";
import { writeOutputFile } from "./output-file.js";

export const TEST_HELP = `Usage: postlint test [DIR] [--format stylish|junit] [--junit FILE] [-c FILE]

Runs the policy examples in DIR (default: policy-tests/): posts whose front matter says what
postlint must find in them, as rule ids, optionally with the line:

  ---
  expect: [profanity, "confidential-info:3"]   # or expect: [] for a post that must pass
  ---

A post passes when its findings are exactly the expected rules (and lines, where given).
Exit 0 when every post passes, 1 when any differs, 2 for a usage or config error.
`;

export interface PolicyTestCase {
  file: string;
  expected: string[];
  actual: string[];
  missing: string[];
  unexpected: string[];
  error?: string;
  text?: string;
  result?: LintResult;
}

/** Runs `postlint test`; returns the exit code. */
export async function policyTest(argv: string[], io: CliIO): Promise<number> {
  let values;
  let positionals;
  try {
    ({ values, positionals } = parseArgs({ args: argv, allowPositionals: true, strict: true, options: { format: { type: "string", short: "f" }, junit: { type: "string" }, config: { type: "string", short: "c" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0] ?? "invalid arguments"} (see postlint test --help)`);
  }
  if (values.help) {
    io.stdout.write(TEST_HELP);
    return 0;
  }
  const format = values.format ?? "stylish";
  if (format !== "stylish" && format !== "junit") throw new UsageError(`--format: expected "stylish" or "junit", got "${format}"`);
  const dir = path.resolve(io.cwd, positionals[0] ?? "policy-tests");
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new UsageError(`${path.relative(io.cwd, dir) || dir}: no such folder of policy tests (see postlint test --help)`);
  const cases = await runPolicyTests(dir, io.cwd, values.config);
  const report = format === "junit" ? junit(cases, io.cwd) : summary(cases, io.cwd);
  if (values.junit) await writeOutputFile(io.cwd, values.junit, junit(cases, io.cwd));
  io.stdout.write(report);
  return cases.some((c) => c.missing.length || c.unexpected.length || c.error) ? 1 : 0;
}

/** Lints every post of `dir` and compares its findings with its `expect:`. */
export async function runPolicyTests(dir: string, cwd: string, configFile?: string): Promise<PolicyTestCase[]> {
  const files = await expandPaths([dir], { cwd, useIgnoreFile: false });
  const linter = createFileLinter({ cwd, packs: [pack], ...(configFile ? { configFile } : {}) });
  const cases: PolicyTestCase[] = [];
  for (const file of files) {
    const text = await readPostFile(file);
    let expect: unknown;
    try {
      expect = parseFrontMatter(text, file).data.expect;
    } catch (error) {
      cases.push({ file, expected: [], actual: [], missing: [], unexpected: [], error: (error as Error).message });
      continue;
    }
    if (!Array.isArray(expect) || expect.some((e) => typeof e !== "string")) {
      cases.push({ file, expected: [], actual: [], missing: [], unexpected: [], error: 'no "expect:" list in the front matter (write expect: [rule-id, …] or expect: [])' });
      continue;
    }
    const { result } = await linter.lintFile(file);
    const fatal = result.messages.find((m) => m.fatal);
    const found = result.messages.filter((m) => m.ruleId && m.ruleId !== "suppression" && !m.fatal);
    const expected = expect as string[];
    const actual = [...new Set(found.map((m) => `${m.ruleId as string}:${m.line}`))];
    const missing = expected.filter((e) => {
      const [id, line] = e.split(":");
      return !found.some((m) => m.ruleId === id && (line === undefined || String(m.line) === line));
    });
    const unexpected = actual.filter((a) => {
      const id = a.split(":")[0];
      return !expected.some((e) => e === a || e === id);
    });
    cases.push({ file, expected, actual, missing, unexpected, text, result, ...(fatal ? { error: fatal.message } : {}) });
  }
  return cases;
}

function summary(cases: PolicyTestCase[], cwd: string): string {
  const out: string[] = [];
  let failed = 0;
  for (const c of cases) {
    const name = escapeControl(path.relative(cwd, c.file));
    const ok = !c.missing.length && !c.unexpected.length && !c.error;
    if (ok) {
      out.push(`  ✓ ${name}${c.expected.length ? `  (${c.expected.join(", ")})` : "  (clean)"}`);
      continue;
    }
    failed++;
    out.push(`  ✗ ${name}`);
    if (c.error) out.push(`      ${escapeControl(c.error)}`);
    if (c.missing.length) out.push(`      expected but not found: ${c.missing.join(", ")}`);
    if (c.unexpected.length) out.push(`      found but not expected: ${c.unexpected.join(", ")}`);
    for (const m of c.result?.messages ?? []) if (c.unexpected.includes(`${m.ruleId}:${m.line}`)) out.push(`        ${m.line}:${m.column} ${m.ruleId}: ${escapeControl(m.message)}`);
  }
  out.push("", `${cases.length - failed} passed, ${failed} failed (${cases.length} policy test${cases.length === 1 ? "" : "s"})`, "");
  return out.join("\n");
}

const xml = (s: string) => s.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

function junit(cases: PolicyTestCase[], cwd: string): string {
  const failures = cases.filter((c) => c.missing.length || c.unexpected.length || c.error).length;
  const out = ['<?xml version="1.0" encoding="utf-8"?>', `<testsuites name="postlint policy tests" tests="${cases.length}" failures="${failures}">`, `  <testsuite name="policy-tests" tests="${cases.length}" failures="${failures}">`];
  for (const c of cases) {
    const name = xml(path.relative(cwd, c.file));
    const problems = [...(c.error ? [c.error] : []), ...(c.missing.length ? [`expected but not found: ${c.missing.join(", ")}`] : []), ...(c.unexpected.length ? [`found but not expected: ${c.unexpected.join(", ")}`] : [])];
    if (!problems.length) out.push(`    <testcase classname="policy-tests" name="${name}" time="0" />`);
    else out.push(`    <testcase classname="policy-tests" name="${name}" time="0">`, `      <failure message="${xml(problems.join("; "))}" />`, "    </testcase>");
  }
  out.push("  </testsuite>", "</testsuites>", "");
  return out.join("\n");
}
