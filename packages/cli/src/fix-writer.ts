import { readFile, writeFile } from "node:fs/promises";
import type { LintResult } from "@postlint/core";
import { decodePost, encodePost, encodingOf } from "@postlint/core/node";
import { reasonOf } from "./output-file.js";

/**
 * `--fix`: writes a post's fixed text back, unless the file changed since it was read (an editor
 * saved it while postlint ran: writing would lose that edit). The post keeps its encoding and
 * byte-order mark. A post that cannot be written gets an error in its own result; the run goes on.
 */
export async function writeFix(result: LintResult, linted: string, output: string): Promise<void> {
  let bytes: Buffer;
  try {
    bytes = await readFile(result.filePath);
  } catch (error) {
    return notFixed(result, `it cannot be read again: ${reasonOf(error)}`);
  }
  let current: string | undefined;
  try {
    current = decodePost(bytes, result.filePath);
  } catch {
    current = undefined; // replaced by something that is not a post: changed all the same
  }
  if (current !== linted) return notFixed(result, "the file changed while postlint was running; run postlint --fix again");
  try {
    await writeFile(result.filePath, encodePost(output, encodingOf(bytes)));
  } catch (error) {
    return notFixed(result, `it cannot be written: ${reasonOf(error)}`);
  }
}

function notFixed(result: LintResult, reason: string): void {
  result.messages.unshift({ ruleId: null, severity: "error", message: `not fixed: ${reason}`, line: 1, column: 1, endLine: 1, endColumn: 1, fatal: true });
  result.errorCount++;
}
