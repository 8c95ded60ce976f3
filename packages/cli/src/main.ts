import path from "node:path";
import { escapeControl, formatters, PostlintError, type LintResult, type PostMetaInput, type ResolvedConfig, type RuleInfo } from "@postlint/core";
import { createFileLinter, decodePost, expandPaths, fileImageCache, openCache, type FileLinter, type FileLinterOptions } from "@postlint/core/node";
import { runFiles } from "./lint-runner.js";
import { lintNdjsonInput } from "./ndjson.js";
import { parseCliArgs, UsageError, type CliArgs } from "./args.js";
import { HELP } from "./help.js";
import { writeStarterConfig } from "./init.js";
import { processIO, readAll, useColor, type CliIO } from "./io.js";
import { listRules } from "./list-rules.js";
import { writeFix } from "./fix-writer.js";
import { skippedResult } from "./skipped.js";
import { tierFor } from "./tiering.js";
import { checkOutputFile, writeOutputFile } from "./output-file.js";
import { exitCode, onlyErrors } from "./outcome.js";
import { createProgress } from "./progress.js";
import { VERSION } from "./version.js";
import pack from "@postlint/rules";

/** `postlint test`, `postlint handbook`, `postlint docs`: the policy team's commands. */
const SUBCOMMANDS: Record<string, (argv: string[], io: CliIO) => Promise<number>> = {
  test: async (argv, io) => (await import("./policy-test.js")).policyTest(argv, io),
  handbook: async (argv, io) => (await import("./handbook/index.js")).handbook(argv, io),
  docs: async (argv, io) => (await import("./custom-docs.js")).customDocs(argv, io),
};

/** Runs the CLI; returns the exit code (0 clean, 1 errors, 2 usage/config/input error). */
export async function main(argv: string[], io: CliIO = processIO()): Promise<number> {
  if (argv[0] === "serve") return (await import("./serve.js")).serve(argv.slice(1), io);
  if (argv[0] === "lsp") return (await import("./lsp.js")).lsp(argv.slice(1), io);
  if (argv[0] === "token") return (await import("./token.js")).token(argv.slice(1), io);
  if (argv[0] === "import-csv") return (await import("./import-csv.js")).importCsv(argv.slice(1), io);
  try {
    const sub = SUBCOMMANDS[argv[0] ?? ""];
    if (sub) return await sub(argv.slice(1), io);
    return await run(parseCliArgs(argv), io);
  } catch (error) {
    if (error instanceof UsageError || error instanceof PostlintError) {
      // Messages quote argv, config values and file names: never let them drive the terminal.
      io.stderr.write(`postlint: ${escapeControl(error.message)}\n`);
      return 2;
    }
    io.stderr.write(`postlint: internal error: ${(error as Error).stack ?? String(error)}\nThis is a bug in postlint; please report it.\n`);
    return 2;
  }
}

async function run(args: CliArgs, io: CliIO): Promise<number> {
  if (args.help) return write(io, HELP, 0);
  if (args.version) return write(io, `${VERSION}\n`, 0);
  if (args.init) {
    const { file, created } = writeStarterConfig(io.cwd);
    if (!created) throw new UsageError(`${path.relative(io.cwd, file)} already exists; edit it or remove it first`);
    return write(io, `Wrote ${path.relative(io.cwd, file)}. Fill in your organization, then run: postlint <posts>\n`, 0);
  }
  if (args.outputFile) checkOutputFile(io.cwd, args.outputFile);
  const linterOptions: Omit<FileLinterOptions, "packs"> = {
    cwd: io.cwd,
    ...(args.config ? { configFile: args.config } : {}),
    meta: args.meta as Partial<PostMetaInput>,
    fix: args.fix || args.fixDryRun,
    reportUnusedDisable: args.reportUnusedDisable,
    ...(args.inlineConfig ? {} : { inlineConfig: "ignore" as const }),
    ...(args.maxFileSize ? { maxFileSize: args.maxFileSize } : {}),
    ...(args.images ? {} : { images: false }),
    ...(args.lintTimeoutMs ? { timeBudgetMs: args.lintTimeoutMs } : {}),
  };
  const imageCache = args.cache && args.images ? fileImageCache(`${path.resolve(io.cwd, args.cacheLocation ?? ".postlintcache")}.images`, (m) => io.stderr.write(`postlint: ${m}\n`)) : undefined;
  const fileLinter = createFileLinter({ ...linterOptions, packs: [pack], ...(imageCache ? { imageCache } : {}), onNotice: (m) => io.stderr.write(`postlint: ${m}\n`) });
  if (args.printConfig !== undefined) {
    const linter = await fileLinter.linterFor(path.dirname(path.resolve(io.cwd, args.printConfig)));
    const rules = Object.fromEntries(linter.rules.map((r) => [r.rule.id, r.configured ?? r.rule.meta.defaultSeverity]));
    const loaded = await fileLinter.configFor(path.dirname(path.resolve(io.cwd, args.printConfig)));
    const { baseDir: _baseDir, ...config } = withoutSecrets(linter.config);
    return write(io, JSON.stringify({ ...config, rules, ...(loaded.sources ? { sources: loaded.sources } : {}) }, null, 2) + "\n", 0);
  }
  if (args.listRules) return write(io, await listRules(fileLinter, io.cwd, args.format === "json"), 0);

  if (args.ndjson) return lintNdjsonInput(args, io, fileLinter);
  try {
    return await lintPosts(args, io, fileLinter, linterOptions);
  } finally {
    imageCache?.save();
  }
}

async function lintPosts(args: CliArgs, io: CliIO, fileLinter: FileLinter, linterOptions: Omit<FileLinterOptions, "packs">): Promise<number> {

  const readStdin = args.stdin || (args.patterns.length === 0 && !io.stdin.isTTY);
  const patterns = args.patterns.filter((p) => p !== "-");
  if (!readStdin && patterns.length === 0) throw new UsageError("no posts given. Pass files, folders or globs, or pipe a post on stdin (see postlint --help)");

  const results: LintResult[] = [];
  const sources = new Map<string, string>();
  if (readStdin) await lintStdin(args, io, fileLinter, results, sources);
  if (patterns.length) await lintPaths(args, io, fileLinter, linterOptions, patterns, results, sources);

  const base = await fileLinter.linterFor(io.cwd);
  // SARIF's rule descriptors cite the organization's clause when `policy.map` names one.
  const mapped = (id: string): string | undefined => base.config.policy?.map[id];
  const rules: RuleInfo[] = base.rules.map(({ rule }) => ({ id: rule.id, meta: mapped(rule.id) ? { ...rule.meta, policy: [mapped(rule.id) as string] } : rule.meta }));
  const shown = args.quiet ? results.map(onlyErrors) : results;
  const report = formatters[args.format](shown, { cwd: io.cwd, color: args.outputFile ? false : useColor(io, args.color), rules, sources, version: VERSION });
  if (args.outputFile) await writeOutputFile(io.cwd, args.outputFile, report);
  else io.stdout.write(report);
  return exitCode(results, args.maxWarnings);
}

async function lintStdin(args: CliArgs, io: CliIO, fileLinter: FileLinter, results: LintResult[], sources: Map<string, string>): Promise<void> {
  const name = args.stdinFilename ? path.resolve(io.cwd, args.stdinFilename) : "<stdin>";
  let text: string;
  try {
    text = decodePost(await readAll(io.stdin), args.stdinFilename ?? "stdin");
  } catch (error) {
    if (error instanceof PostlintError) throw error;
    throw new UsageError(`cannot read stdin: ${(error as Error).message}`);
  }
  tierFor(text);
  const { result } = await fileLinter.lintText(text, name, args.stdinFilename ? path.dirname(name) : io.cwd);
  sources.set(name, text);
  results.push(result);
  // Fixing stdin cannot write a file; ESLint prints the fixed text instead of the report.
  if (args.fix && result.output !== undefined) io.stderr.write("postlint: --fix on stdin writes nothing; use --fix-dry-run --format json to get the fixed text\n");
}

async function lintPaths(
  args: CliArgs,
  io: CliIO,
  fileLinter: FileLinter,
  linterOptions: Omit<FileLinterOptions, "packs">,
  patterns: string[],
  results: LintResult[],
  sources: Map<string, string>,
): Promise<void> {
  const files = await expandPaths(patterns, {
    cwd: io.cwd,
    ignorePatterns: args.ignorePatterns,
    useIgnoreFile: args.useIgnoreFile,
    onSkipped: (skipped) => results.push(skippedResult(skipped)),
  });
  const progress = createProgress(io.stderr, files.length);
  const cache = args.cache ? openCache(path.resolve(io.cwd, args.cacheLocation ?? ".postlintcache"), VERSION, (m) => io.stderr.write(`postlint: ${m}\n`)) : undefined;
  await runFiles(files, {
    fileLinter,
    linterOptions,
    concurrency: args.concurrency,
    version: VERSION,
    ...(cache ? { cache } : {}),
    async onResult(result, text, read) {
      if (args.fix && result.output !== undefined && read !== undefined) {
        await writeFix(result, read, result.output);
        delete result.output;
      }
      if (text !== undefined) sources.set(result.filePath, text);
      results.push(result);
      progress.tick();
    },
  });
  cache?.save();
  progress.done();
}

/** `--print-config` output ends up in CI logs and issue reports: API tokens never appear in it. */
function withoutSecrets(config: ResolvedConfig): ResolvedConfig {
  return { ...config, server: { ...config.server, tokens: config.server.tokens.map(() => "<redacted>") } };
}

function write(io: CliIO, text: string, code: number): number {
  io.stdout.write(text);
  return code;
}
