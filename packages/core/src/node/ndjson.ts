import { fatalResult } from "../linter.js";
import type { LintInput, Linter } from "../linter.js";
import { postMetaSchema } from "../front-matter.js";
import { withPlatformAlias } from "../platform-aliases.js";
import { describeIssue } from "../schema-errors.js";
import type { LintResult } from "../types.js";

export interface NdjsonOptions extends Pick<LintInput, "fix" | "meta" | "inlineConfig"> {
  /** Posts linted at once while results stay in input order. */
  window?: number;
}

export interface NdjsonResult extends LintResult {
  /** The post's `id` from its input line, or `line N` when it had none. */
  id: string;
  line: number;
}

/**
 * Lints posts given as NDJSON (`{"id", "text", ...front-matter fields}` per line), yielding one
 * result per line in input order. Memory stays bounded: only `window` posts are in flight.
 * A bad line yields an error result for that line; the stream goes on.
 */
export async function* lintNdjson(
  input: NodeJS.ReadableStream,
  linterFor: () => Promise<Linter>,
  options: NdjsonOptions = {},
): AsyncGenerator<NdjsonResult> {
  const linter = await linterFor();
  // Loaded here: most runs never read NDJSON, and node:readline costs start-up time.
  const { createInterface } = await import("node:readline");
  const lines = createInterface({ input, crlfDelay: Infinity });
  const window = options.window ?? 16;
  const pending: Promise<NdjsonResult>[] = [];
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (raw.trim() === "") continue;
    pending.push(lintLine(raw, lineNo, linter, options));
    if (pending.length >= window) yield await (pending.shift() as Promise<NdjsonResult>);
  }
  while (pending.length) yield await (pending.shift() as Promise<NdjsonResult>);
}

async function lintLine(raw: string, line: number, linter: Linter, options: NdjsonOptions): Promise<NdjsonResult> {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return { ...fatalResult(`line ${line}`, `line ${line} is not valid JSON`), id: `line ${line}`, line };
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return { ...fatalResult(`line ${line}`, `line ${line}: expected an object with "text"`), id: `line ${line}`, line };
  }
  const { id: rawId, text, ...fields } = record as Record<string, unknown>;
  const id = typeof rawId === "string" || typeof rawId === "number" ? String(rawId) : `line ${line}`;
  if (typeof text !== "string") return { ...fatalResult(id, `line ${line}: "text" must be a string`), id, line };
  const meta = postMetaSchema.safeParse(withPlatformAlias(fields), { reportInput: true });
  if (!meta.success) {
    const issue = meta.error.issues[0];
    const described = issue ? describeIssue(issue) : { key: "", message: "invalid fields" };
    return { ...fatalResult(id, `line ${line}: ${described.key}: ${described.message}`), id, line };
  }
  const result = await linter.lint({
    text,
    filePath: id,
    meta: { ...options.meta, ...meta.data },
    ...(options.fix ? { fix: true } : {}),
    ...(options.inlineConfig ? { inlineConfig: options.inlineConfig } : {}),
  });
  return { ...result, id, line };
}
