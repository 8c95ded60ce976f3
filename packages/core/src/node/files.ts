import { existsSync, lstatSync, readdir, readFileSync, realpathSync, statSync } from "node:fs";
import path from "node:path";
import ignore from "ignore";
import { glob } from "tinyglobby";
import { ConfigError } from "../errors.js";

export const POST_EXTENSIONS = ["md", "markdown", "txt"] as const;
const ALWAYS_IGNORED = ["**/node_modules/**", "**/.git/**"];

export interface ExpandOptions {
  cwd: string;
  /** Extra gitignore-style patterns (`--ignore-pattern`). */
  ignorePatterns?: string[];
  /** Read `.postlintignore` files (default true): the one in `cwd`, and those in folders below it. */
  useIgnoreFile?: boolean;
  /** Told about what is left out: a file named explicitly but ignored, a folder that cannot be read. */
  onSkipped?(skipped: SkippedPath): void;
}

export interface SkippedPath {
  path: string;
  reason: "ignored" | "unreadable";
  /** For an unreadable folder: the error code (EACCES, ELOOP, …). */
  code?: string;
}

/**
 * Turns files, folders and globs into the list of posts, sorted and de-duplicated.
 * A file named explicitly is linted whatever its extension; folders yield .md, .markdown and .txt.
 * A pattern that matches nothing is a usage error, as in ESLint.
 */
export async function expandPaths(patterns: readonly string[], options: ExpandOptions): Promise<string[]> {
  const cwd = path.resolve(options.cwd);
  const ig = ignore().add(options.ignorePatterns ?? []);
  // Like .gitignore: a .postlintignore applies to the folder it sits in, so a content folder
  // inside a bigger repository keeps its ignores wherever postlint is run from.
  const ignoreFiles = new Map<string, ReturnType<typeof ignore> | undefined>();
  const ignoreFileIn = (dir: string) => {
    if (!ignoreFiles.has(dir)) {
      const file = path.join(dir, ".postlintignore");
      ignoreFiles.set(dir, existsSync(file) ? ignore().add(readFileSync(file, "utf8")) : undefined);
    }
    return ignoreFiles.get(dir);
  };
  const relativeTo = (dir: string, abs: string): string => path.relative(dir, abs).split(path.sep).join("/");
  const isIgnored = (abs: string): boolean => {
    const rel = path.relative(cwd, abs);
    if (rel === "" || rel.startsWith("..") || path.isAbsolute(rel)) return false;
    if (ig.ignores(relativeTo(cwd, abs))) return true;
    if (options.useIgnoreFile === false) return false;
    for (let dir = path.dirname(abs); ; dir = path.dirname(dir)) {
      if (ignoreFileIn(dir)?.ignores(relativeTo(dir, abs))) return true;
      if (dir === cwd || path.dirname(dir) === dir) return false;
    }
  };
  const seen = new Set<string>();
  const unreadable = new Set<string>();
  const files: string[] = [];
  for (const pattern of patterns) {
    const abs = path.resolve(cwd, pattern);
    let matches: string[];
    const info = statSafe(abs);
    // A named file that exists but cannot be opened (a broken link, no permission) still gets its
    // own error result, so the other posts in the run are linted.
    if (info?.isFile() || (!info && lstatSafe(abs))) {
      // ESLint warns too: a post named on purpose and skipped without a word looks linted.
      if (isIgnored(abs)) {
        options.onSkipped?.({ path: abs, reason: "ignored" });
        continue;
      }
      matches = [abs];
    } else {
      const globPattern = info?.isDirectory() ? `${toGlob(path.relative(options.cwd, abs) || ".")}/**/*.{${POST_EXTENSIONS.join(",")}}` : pattern;
      const found = await glob(globPattern, { cwd: options.cwd, absolute: true, ignore: ALWAYS_IGNORED, dot: false, onlyFiles: true, expandDirectories: false, fs: { readdir: readdirReporting((skipped) => options.onSkipped?.(skipped), unreadable) } });
      matches = found.map((f) => path.normalize(f)).filter((f) => !isIgnored(f)).sort();
      if (found.length === 0) throw new ConfigError({ message: `no posts match "${pattern}"${info ? "" : " (no such file, folder or glob match)"}` });
    }
    for (const m of matches) {
      // By real path: a symlink loop (or a link to a post) would list the same post twice.
      const real = realPathOf(m);
      if (!seen.has(real)) {
        seen.add(real);
        files.push(m);
      }
    }
  }
  return files;
}

/**
 * The glob walker skips folders it cannot read without a word; this readdir reports them first.
 * A folder is reported once, however many patterns reach it.
 */
function readdirReporting(onSkipped: ExpandOptions["onSkipped"], reported: Set<string>): typeof readdir {
  const wrapped = ((dir: string, opts: unknown, callback: (error: NodeJS.ErrnoException | null, entries: unknown) => void) => {
    (readdir as (d: string, o: unknown, cb: typeof callback) => void)(dir, opts, (error, entries) => {
      if (error && !reported.has(dir)) {
        reported.add(dir);
        onSkipped?.({ path: path.resolve(dir), reason: "unreadable", ...(error.code ? { code: error.code } : {}) });
      }
      callback(error, entries);
    });
  }) as typeof readdir;
  return wrapped;
}

function realPathOf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p; // a broken link: it gets its own "cannot be read" result
  }
}

function statSafe(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p);
  } catch {
    return undefined;
  }
}

function lstatSafe(p: string): ReturnType<typeof lstatSync> | undefined {
  try {
    return lstatSync(p);
  } catch {
    return undefined;
  }
}

function toGlob(p: string): string {
  return p.split(path.sep).join("/").replace(/[*?[\]{}()!]/g, "\\$&");
}
