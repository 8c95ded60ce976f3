import path from "node:path";
import { parseArgs } from "node:util";
import { LANGUAGES, type Language } from "@postlint/core";
import { createFileLinter } from "@postlint/core/node";
import pack from "@postlint/rules";
import { existsSync } from "node:fs";
import { UsageError } from "../args.js";
import type { CliIO } from "../io.js";
import { writeOutputFile } from "../output-file.js";
import { runPolicyTests } from "../policy-test.js";
import { buildHandbook } from "./model.js";
import { renderHtml, renderMarkdown } from "./render.js";

export const HANDBOOK_HELP = `Usage: postlint handbook [--lang en|nl|da] [--format md|html] [-o FILE] [-c FILE] [--tests DIR]

Writes the employee-facing policy from the config: the organization's clauses in order, what
postlint checks for each, what to do instead, examples (from custom rules and the policy tests
in DIR, default policy-tests/) and how to check a draft. --format html is one self-contained,
printable page.
`;

export async function handbook(argv: string[], io: CliIO): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({ args: argv, strict: true, options: { lang: { type: "string" }, format: { type: "string", short: "f" }, "output-file": { type: "string", short: "o" }, config: { type: "string", short: "c" }, tests: { type: "string" }, help: { type: "boolean", short: "h" } } }));
  } catch (error) {
    throw new UsageError(`${(error as Error).message.split("\n")[0] ?? "invalid arguments"} (see postlint handbook --help)`);
  }
  if (values.help) {
    io.stdout.write(HANDBOOK_HELP);
    return 0;
  }
  const lang = (values.lang ?? "en") as Language;
  if (!LANGUAGES.includes(lang)) throw new UsageError(`--lang: expected "en", "nl" or "da", got "${values.lang}"`);
  const format = values.format ?? (values["output-file"]?.endsWith(".html") ? "html" : "md");
  if (format !== "md" && format !== "html") throw new UsageError(`--format: expected "md" or "html", got "${format}"`);
  const fileLinter = createFileLinter({ cwd: io.cwd, packs: [pack], ...(values.config ? { configFile: values.config } : {}) });
  const linter = await fileLinter.linterFor(io.cwd);
  const loaded = await fileLinter.configFor(io.cwd);
  const testsDir = path.resolve(loaded.filePath && !values.tests ? path.dirname(loaded.filePath) : io.cwd, values.tests ?? "policy-tests");
  const tests = existsSync(testsDir) ? await runPolicyTests(testsDir, io.cwd, values.config) : [];
  const book = buildHandbook({ linter, builtInClauses: pack.clauses ?? {}, lang, tests, configName: loaded.filePath ? path.relative(io.cwd, loaded.filePath) : "the default policy", date: new Date().toISOString().slice(0, 10) });
  const out = format === "html" ? renderHtml(book) : renderMarkdown(book);
  if (values["output-file"]) await writeOutputFile(io.cwd, values["output-file"], out);
  else io.stdout.write(out);
  return 0;
}
