import { failedResult, fatalResult } from "../linter.js";
import type { LintInput, Linter } from "../linter.js";
import { z } from "zod";
import { withPlatformAlias } from "../platform-aliases.js";
import { scheduledPostFields } from "../post-request.js";
import { describeIssue, withSuggestion } from "../schema-errors.js";
import { DEFAULT_MAX_BYTES } from "./read-post.js";
import type { ImageContent, LintResult } from "../types.js";

/** An image sent with a post: `{ name, data (base64), alt }`. */
export interface ImageData {
  name: string;
  data: string;
  alt?: string | null | undefined;
}

export interface NdjsonOptions extends Pick<LintInput, "fix" | "meta" | "inlineConfig" | "timeBudgetMs"> {
  /** Posts linted at once while results stay in input order. */
  window?: number;
  /** The longest `text` accepted, as the server's `maxTextLength` (default 1 MB). */
  maxTextLength?: number;
  /** Reads a line's `images: [{ name, data, alt }]`; without it, `images` are ignored. */
  readImages?: (images: readonly ImageData[]) => Promise<ImageContent[]>;
}

type LineSchema = z.ZodObject<ReturnType<typeof scheduledPostFields>, z.core.$strict>;

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
  const schema = z.strictObject(scheduledPostFields(options.maxTextLength ?? DEFAULT_MAX_BYTES));
  // Loaded here: most runs never read NDJSON, and node:readline costs start-up time.
  const { createInterface } = await import("node:readline");
  const lines = createInterface({ input, crlfDelay: Infinity });
  const window = options.window ?? 16;
  const pending: Promise<NdjsonResult>[] = [];
  const oneAtATime = serial();
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    if (raw.trim() === "") continue;
    pending.push(lintLine(raw, lineNo, linter, schema, options, oneAtATime));
    if (pending.length >= window) yield await (pending.shift() as Promise<NdjsonResult>);
  }
  while (pending.length) yield await (pending.shift() as Promise<NdjsonResult>);
}

/** A line is checked as the HTTP API checks a scheduled post: the same fields, the same limits. */
async function lintLine(raw: string, line: number, linter: Linter, schema: LineSchema, options: NdjsonOptions, oneAtATime: Serial): Promise<NdjsonResult> {
  let record: unknown;
  try {
    record = JSON.parse(raw);
  } catch {
    return { ...fatalResult(`line ${line}`, `line ${line} is not valid JSON`), id: `line ${line}`, line };
  }
  if (typeof record !== "object" || record === null || Array.isArray(record)) {
    return { ...fatalResult(`line ${line}`, `line ${line}: expected an object with "text"`), id: `line ${line}`, line };
  }
  // Scheduler exports often number their posts; the API takes the id as a string.
  const fields = record as Record<string, unknown>;
  if (typeof fields["id"] === "number") fields["id"] = String(fields["id"]);
  const id = typeof fields["id"] === "string" ? fields["id"] : `line ${line}`;
  const parsed = schema.safeParse(withPlatformAlias(fields), { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const described = issue ? describeIssue(issue) : { key: "", message: "invalid fields" };
    const unknownKey = issue?.code === "unrecognized_keys" ? issue.keys[0] : undefined;
    const message = unknownKey !== undefined ? withSuggestion(described.message, unknownKey, Object.keys(schema.shape)) : described.message;
    return { ...fatalResult(id, `line ${line}: ${described.key}: ${message}`), id, line };
  }
  const { text, id: _id, scheduledAt, images: sent, ...meta } = parsed.data;
  // Without a reader (--no-images), images are ignored.
  const images: ImageContent[] | undefined = sent?.length && options.readImages ? await options.readImages(sent) : undefined;
  // As at the gate: the scheduled day is the post's date.
  const date = scheduledAt !== undefined ? scheduledAt.slice(0, 10) : meta.date;
  const postMeta = { ...options.meta, ...definedOnly(meta), ...(date !== undefined ? { date } : {}) };
  let result: LintResult;
  try {
    result = await oneAtATime(() => linter.lint({
      text,
      filePath: id,
      meta: postMeta,
      ...(options.fix ? { fix: true } : {}),
      ...(options.inlineConfig ? { inlineConfig: options.inlineConfig } : {}),
      ...(images?.length ? { images } : {}),
      ...(options.timeBudgetMs ? { timeBudgetMs: options.timeBudgetMs } : {}),
    }));
  } catch (error) {
    // One line's post never ends the stream (the linter answers per post; this is the second line of defence).
    result = failedResult(id, error);
  }
  return { ...result, id, line };
}

type Serial = <T>(task: () => Promise<T>) => Promise<T>;

/**
 * Runs tasks one after another. The window keeps reading lines and images ahead (that is I/O),
 * but posts are linted one at a time: the lint is CPU work on one thread anyway, and a post's time
 * budget must count its own lint, not the seconds another post spent blocking the thread.
 */
function serial(): Serial {
  let tail: Promise<unknown> = Promise.resolve();
  return (task) => {
    const run = tail.then(task, task);
    tail = run.catch(() => undefined);
    return run;
  };
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
