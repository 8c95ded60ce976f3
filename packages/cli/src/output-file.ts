import { statSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import { UsageError } from "./args.js";

/**
 * `-o FILE`: refuses, before any post is linted, a target that can never be written (a folder,
 * a missing folder, a path below a regular file), so a long run does not end in a lost report.
 * Permission bits are not checked here: as root they say nothing, and the write reports them.
 */
export function checkOutputFile(cwd: string, file: string): void {
  const abs = path.resolve(cwd, file);
  if (statQuietly(abs)?.isDirectory()) throw cannotWrite(file, "it is a folder; name a file inside it");
  const parent = path.dirname(abs);
  const shown = path.dirname(file);
  let info;
  try {
    info = statSync(parent, { throwIfNoEntry: false });
  } catch (error) {
    // ENOTDIR: an ancestor of the folder is a file.
    throw cannotWrite(file, reasonOf(error));
  }
  if (!info) throw cannotWrite(file, `the folder "${shown}" does not exist; create it first`);
  if (!info.isDirectory()) throw cannotWrite(file, `"${shown}" is a file, not a folder`);
}

function statQuietly(p: string): ReturnType<typeof statSync> | undefined {
  try {
    return statSync(p, { throwIfNoEntry: false });
  } catch {
    return undefined; // ENOTDIR and the like: the parent check below names the problem
  }
}

/** Writes the report; a failure (a full disk, /dev/full, permissions) is one line and exit 2. */
export async function writeOutputFile(cwd: string, file: string, report: string): Promise<void> {
  try {
    await writeFile(path.resolve(cwd, file), report);
  } catch (error) {
    throw cannotWrite(file, reasonOf(error));
  }
}

function cannotWrite(file: string, reason: string): UsageError {
  return new UsageError(`cannot write the report to ${file}: ${reason}`);
}

const REASONS: Record<string, string> = {
  ENOSPC: "no space left on the device",
  EACCES: "permission denied",
  EPERM: "permission denied",
  EROFS: "the file system is read-only",
  ENOTDIR: "a part of the path is a file, not a folder",
  EISDIR: "it is a folder; name a file inside it",
  ENOENT: "the folder does not exist; create it first",
};

/** A file-system error as a short reason with its code, e.g. `no space left on the device (ENOSPC)`. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (!code) return (error as Error).message.split("\n")[0] ?? "unknown error";
  const reason = REASONS[code];
  return reason ? `${reason} (${code})` : code;
}
