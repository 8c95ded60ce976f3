import { createReadStream } from "node:fs";
import path from "node:path";
import type { PostMetaInput } from "@postlint/core";
import { createImageReader, lintNdjson, readImageData, type FileLinter } from "@postlint/core/node";
import type { CliArgs } from "./args.js";
import { UsageError } from "./args.js";
import type { CliIO } from "./io.js";
import { onlyErrors, Outcome } from "./outcome.js";

/**
 * `--ndjson`: posts as NDJSON from stdin or one file (`{"id", "text", …front matter}` per line),
 * one JSON result line per post, in input order, streamed with bounded memory: the archive-audit
 * mode for exports from schedulers. Progress goes to stderr on a TTY.
 */
export async function lintNdjsonInput(args: CliArgs, io: CliIO, fileLinter: FileLinter): Promise<number> {
  const files = args.patterns.filter((p) => p !== "-");
  if (files.length > 1) throw new UsageError("--ndjson reads one file or stdin");
  const file = files[0];
  let input: NodeJS.ReadableStream = io.stdin;
  if (file) {
    const stream = createReadStream(path.resolve(io.cwd, file));
    await new Promise<void>((resolve, reject) => {
      stream.once("open", () => resolve());
      stream.once("error", (e: NodeJS.ErrnoException) => reject(new UsageError(`${file}: cannot be read (${e.code ?? e.message})`)));
    });
    input = stream;
  }
  const linterDir = file ? path.dirname(path.resolve(io.cwd, file)) : io.cwd;
  const outcome = new Outcome();
  let n = 0;
  const tty = Boolean(io.stderr.isTTY);
  const settings = (await fileLinter.linterFor(linterDir)).config.images;
  const reader = args.images && settings !== false ? createImageReader({ ...settings, onNotice: (m) => io.stderr.write(`postlint: ${m}\n`) }) : undefined;
  const results = lintNdjson(input, () => fileLinter.linterFor(linterDir), {
    ...(reader ? { readImages: (images) => readImageData(reader, images) } : {}),
    meta: args.meta as Partial<PostMetaInput>,
    ...(args.fixDryRun || args.fix ? { fix: true } : {}),
    ...(args.inlineConfig ? {} : { inlineConfig: "ignore" as const }),
    ...(args.maxFileSize ? { maxTextLength: args.maxFileSize } : {}),
    ...(args.lintTimeoutMs ? { timeBudgetMs: args.lintTimeoutMs } : {}),
  });
  for await (const result of results) {
    const shown = args.quiet ? onlyErrors(result) : result;
    if (!io.stdout.write(JSON.stringify(shown) + "\n")) await new Promise((r) => io.stdout.once("drain", r));
    outcome.add(result);
    n++;
    if (tty && n % 500 === 0) io.stderr.write(`\rpostlint: ${n} posts`);
  }
  if (tty && n >= 500) io.stderr.write("\r\x1b[K");
  return outcome.exitCode(args.maxWarnings);
}
