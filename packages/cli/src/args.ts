import { parseArgs } from "node:util";
import { closest, EXPECTED_POST_DATE, FORMAT_NAMES, isoDay, PLATFORMS, ACCOUNTS, LANGUAGES, type FormatName } from "@postlint/core";
import { parseBytes } from "@postlint/core/node";

export class UsageError extends Error {}

const OPTIONS = {
  config: { type: "string", short: "c" },
  format: { type: "string", short: "f" },
  "output-file": { type: "string", short: "o" },
  "max-warnings": { type: "string" },
  quiet: { type: "boolean" },
  color: { type: "boolean" },
  "no-color": { type: "boolean" },
  "print-config": { type: "string" },
  "list-rules": { type: "boolean" },
  init: { type: "boolean" },
  version: { type: "boolean", short: "v" },
  help: { type: "boolean", short: "h" },
  stdin: { type: "boolean" },
  "stdin-filename": { type: "string" },
  "ignore-pattern": { type: "string", multiple: true },
  "no-ignore": { type: "boolean" },
  platform: { type: "string" },
  account: { type: "string" },
  author: { type: "string" },
  lang: { type: "string" },
  date: { type: "string" },
  fix: { type: "boolean" },
  "fix-dry-run": { type: "boolean" },
  "report-unused-disable": { type: "boolean" },
  "no-inline-config": { type: "boolean" },
  "max-file-size": { type: "string" },
  cache: { type: "boolean" },
  "cache-location": { type: "string" },
  ndjson: { type: "boolean" },
  concurrency: { type: "string" },
  "no-images": { type: "boolean" },
  "lint-timeout": { type: "string" },
} as const;

/** Each post's time budget unless `--lint-timeout` says otherwise: generous for a 1 MB post, short of a hang. */
const DEFAULT_LINT_TIMEOUT_MS = 10_000;

export interface CliArgs {
  patterns: string[];
  config?: string;
  format: FormatName;
  outputFile?: string;
  maxWarnings?: number;
  quiet: boolean;
  color?: boolean;
  printConfig?: string;
  listRules: boolean;
  init: boolean;
  version: boolean;
  help: boolean;
  stdin: boolean;
  stdinFilename?: string;
  ignorePatterns: string[];
  useIgnoreFile: boolean;
  meta: { platform?: string; account?: string; author?: string; lang?: string; date?: string };
  fix: boolean;
  fixDryRun: boolean;
  reportUnusedDisable: boolean;
  /** `--no-inline-config`: ignore postlint-disable comments and front-matter `postlint.disable`. */
  inlineConfig: boolean;
  maxFileSize?: number;
  cache: boolean;
  cacheLocation?: string;
  ndjson: boolean;
  concurrency: number | "auto";
  /** `--no-images`: do not read the images posts refer to. */
  images: boolean;
  /** `--lint-timeout`: each post's time budget in milliseconds; 0 is off. */
  lintTimeoutMs: number;
}

export function parseCliArgs(argv: string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    throw new UsageError(explain(error as Error));
  }
  const v = parsed.values;
  const format = (v.format ?? "stylish") as FormatName;
  if (!FORMAT_NAMES.includes(format)) throw new UsageError(choice("--format", v.format ?? "", FORMAT_NAMES));
  let maxWarnings: number | undefined;
  if (v["max-warnings"] !== undefined) {
    maxWarnings = Number(v["max-warnings"]);
    if (!Number.isInteger(maxWarnings) || maxWarnings < -1) throw new UsageError(`--max-warnings: expected a whole number, got "${v["max-warnings"]}"`);
  }
  if (v.platform !== undefined && !(PLATFORMS as readonly string[]).includes(v.platform)) throw new UsageError(choice("--platform", v.platform, PLATFORMS));
  if (v.account !== undefined && !(ACCOUNTS as readonly string[]).includes(v.account)) throw new UsageError(choice("--account", v.account, ACCOUNTS));
  if (v.lang !== undefined && ![...LANGUAGES, "auto"].includes(v.lang)) throw new UsageError(choice("--lang", v.lang, [...LANGUAGES, "auto"]));
  const date = v.date === undefined ? undefined : isoDay(v.date.trim());
  if (v.date !== undefined && date === undefined) throw new UsageError(`--date: ${EXPECTED_POST_DATE}, got "${v.date}"`);
  let maxFileSize: number | undefined;
  if (v["max-file-size"] !== undefined) {
    maxFileSize = parseBytes(v["max-file-size"]);
    if (!maxFileSize) throw new UsageError(`--max-file-size: expected a size such as 2mb or 500kb, got "${v["max-file-size"]}"`);
  }
  let concurrency: number | "auto" = "auto";
  if (v.concurrency !== undefined && v.concurrency !== "auto") {
    concurrency = v.concurrency === "off" ? 1 : Number(v.concurrency);
    if (!Number.isInteger(concurrency) || concurrency < 1) throw new UsageError(`--concurrency: expected a number of threads, "auto" or "off", got "${v.concurrency}"`);
  }
  const lintTimeoutMs = v["lint-timeout"] === undefined ? DEFAULT_LINT_TIMEOUT_MS : parseDuration(v["lint-timeout"]);
  // --fix-dry-run used to win silently while --fix wrote the files anyway.
  if (v.fix && v["fix-dry-run"]) throw new UsageError("--fix and --fix-dry-run cannot be used together; use --fix to write the fixes or --fix-dry-run to only see them");
  const patterns = parsed.positionals;
  const meta: CliArgs["meta"] = {};
  for (const key of ["platform", "account", "author", "lang"] as const) if (v[key] !== undefined) meta[key] = v[key];
  if (date !== undefined) meta.date = date;
  return {
    patterns,
    ...(v.config !== undefined ? { config: v.config } : {}),
    format,
    ...(v["output-file"] !== undefined ? { outputFile: v["output-file"] } : {}),
    ...(maxWarnings !== undefined ? { maxWarnings } : {}),
    quiet: v.quiet ?? false,
    ...(v["no-color"] ? { color: false } : v.color ? { color: true } : {}),
    ...(v["print-config"] !== undefined ? { printConfig: v["print-config"] } : {}),
    listRules: v["list-rules"] ?? false,
    init: v.init ?? false,
    version: v.version ?? false,
    help: v.help ?? false,
    stdin: (v.stdin ?? false) || patterns.includes("-"),
    ...(v["stdin-filename"] !== undefined ? { stdinFilename: v["stdin-filename"] } : {}),
    ignorePatterns: v["ignore-pattern"] ?? [],
    useIgnoreFile: !v["no-ignore"],
    meta,
    fix: v.fix ?? false,
    fixDryRun: v["fix-dry-run"] ?? false,
    reportUnusedDisable: v["report-unused-disable"] ?? false,
    inlineConfig: !v["no-inline-config"],
    ...(maxFileSize ? { maxFileSize } : {}),
    cache: (v.cache ?? false) || v["cache-location"] !== undefined,
    ...(v["cache-location"] !== undefined ? { cacheLocation: v["cache-location"] } : {}),
    ndjson: v.ndjson ?? false,
    concurrency,
    images: !v["no-images"],
    lintTimeoutMs,
  };
}

/** `--lint-timeout`: `10s`, `500ms`, a number of milliseconds, or `off`. */
function parseDuration(value: string): number {
  if (value === "off" || value === "0") return 0;
  const m = /^(\d+(?:\.\d+)?)(ms|s)?$/.exec(value.trim());
  const ms = m ? Number(m[1]) * (m[2] === "s" ? 1000 : 1) : NaN;
  if (!Number.isFinite(ms) || ms < 1) throw new UsageError(`--lint-timeout: expected a duration such as 10s or 500ms, or "off", got "${value}"`);
  return Math.round(ms);
}

function choice(flag: string, given: string, options: readonly string[]): string {
  const near = closest(given, options);
  return `${flag}: expected ${options.map((o) => `"${o}"`).join(", ")}, got "${given}"${near ? `; did you mean "${near}"?` : ""}`;
}

function explain(error: Error): string {
  const unknown = /Unknown option '(-{1,2}[^']+)'/.exec(error.message);
  if (unknown?.[1]) {
    const near = closest(unknown[1].replace(/^-+/, ""), Object.keys(OPTIONS));
    return `unknown option ${unknown[1]}${near ? `; did you mean --${near}?` : ""} (see postlint --help)`;
  }
  const missing = /Option '(-[^']+)' argument missing/.exec(error.message);
  if (missing?.[1]) return `option ${missing[1].split(",").pop()?.trim()} needs a value (see postlint --help)`;
  return error.message.split("\n")[0] ?? "invalid arguments";
}
