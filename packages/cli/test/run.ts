// Runs the built `postlint` bin as a user would: a real process in a temp folder.
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export const BIN = path.resolve(import.meta.dirname, "../bin/postlint.js");

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Permission bits do not stop root, and CI runs as root: `unprivileged` runs postlint as `nobody`
 * (with runuser) when we are root, so a chmod-ed file or folder is really unreadable/unwritable.
 * Undefined when that is impossible (root without runuser): callers fall back to a mocked fs test.
 */
export const UNPRIVILEGED: string[] | undefined =
  process.getuid?.() !== 0 ? [] : existsSync("/usr/sbin/runuser") ? ["/usr/sbin/runuser", "-u", "nobody", "--"] : undefined;

export function postlint(args: string[], options: { cwd: string; input?: string | Buffer; env?: Record<string, string>; unprivileged?: boolean }): Run {
  const env: Record<string, string | undefined> = { ...process.env, ...options.env };
  // Colour and CI detection come from the parent otherwise; tests set them explicitly.
  delete env["FORCE_COLOR"];
  delete env["NO_COLOR"];
  Object.assign(env, options.env);
  const [command, ...prefix] = options.unprivileged && UNPRIVILEGED?.length ? [...UNPRIVILEGED, process.execPath] : [process.execPath];
  const r = spawnSync(command as string, [...prefix, BIN, ...args], { cwd: options.cwd, input: options.input ?? "", env, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** A temp folder with the given files (`dir/name.md`: text or bytes). */
export function project(files: Record<string, string | Buffer> = {}): string {
  const dir = mkdtempSync(path.join(tmpdir(), "postlint-cli-"));
  for (const [name, content] of Object.entries(files)) {
    const file = path.join(dir, name);
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, content);
  }
  return dir;
}

export const CLEAN = "---\nlang: en\n---\nProud of my colleagues who volunteered at the food bank today.\n";
export const PROFANE = "---\nlang: en\n---\nThis sunset is fucking great.\n";
/** A warning only: a mild word (profanity `warn`). */
export const MILD = "---\nlang: en\n---\nDamn, that sunset over the harbour tonight.\n";

export interface JsonResult {
  filePath: string;
  language: string | null;
  messages: { ruleId: string | null; severity: string; message: string; line: number; column: number; endLine: number; endColumn: number; policy?: string; fatal?: boolean }[];
  errorCount: number;
  warningCount: number;
}

export function json(run: Run): JsonResult[] {
  return JSON.parse(run.stdout) as JsonResult[];
}
