import { isMap, parseDocument, type Node as YamlNode } from "yaml";
import { z } from "zod";
import { daySchema, EXPECTED_POST_DATE } from "./dates.js";
import { InputError } from "./errors.js";
import { ACCOUNTS, LANGUAGES, PLATFORMS } from "./types.js";
import { describeIssue } from "./schema-errors.js";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset of the first character after the closing `---` line. */
  bodyStart: number;
  /** 1-based file line of a top-level front-matter key, for error messages. */
  lineOf?: (key: string) => number | undefined;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;

/**
 * Front matter describes a post in a few short fields, so limits far above any real use keep a
 * crafted one from exhausting memory or time: its size, and how far YAML aliases may expand
 * (a "billion laughs" is a few lines of aliases of aliases that expand to millions of nodes).
 */
const FRONT_MATTER_LIMITS = { maxChars: 16 * 1024, maxAliasCount: 100 } as const;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

const isoDate = daySchema({ time: true, trim: true, expected: EXPECTED_POST_DATE });

const postMetaSchema = z
  .object({
    platform: z.enum(PLATFORMS).optional(),
    account: z.enum(ACCOUNTS).optional(),
    author: z.union([z.string(), z.number()]).transform(String).optional(),
    lang: z.enum([...LANGUAGES, "auto"]).optional(),
    date: isoDate.optional(),
    postlint: z
      .object({ disable: z.array(z.string()).optional(), reason: z.string().optional() })
      .strict()
      .optional(),
  })
  .loose();

export type PostMetaInput = z.infer<typeof postMetaSchema>;

/** Splits YAML front matter off a post. Invalid front matter is an `InputError` with its line. */
export function parseFrontMatter(text: string, file?: string): FrontMatter {
  const open = OPEN.exec(text);
  if (!open) return { data: {}, bodyStart: 0 };
  const rest = text.slice(open[0].length);
  const close = CLOSE.exec(rest);
  if (!close) {
    throw new InputError("front matter starts with --- on line 1 but has no closing --- line", { file, line: 1 });
  }
  const yamlText = rest.slice(0, close.index);
  const bodyStart = open[0].length + close.index + close[0].length;
  if (yamlText.length > FRONT_MATTER_LIMITS.maxChars) {
    throw new InputError(`front matter is ${yamlText.length} characters long; the limit is ${FRONT_MATTER_LIMITS.maxChars}. Keep it to the post's fields`, { file, line: 1 });
  }
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    // The YAML starts on line 2 of the file. `linePos` is only filled in with prettyErrors; the offset always is.
    // An unclosed bracket is reported at the end of the YAML; keep the line inside the front matter.
    const lastLine = yamlText.replace(/\n$/, "").split("\n").length + 1;
    const line = Math.min(yamlText.slice(0, firstError.pos[0]).split("\n").length + 1, lastLine);
    const reason = firstError.message.split("\n")[0] ?? "invalid YAML";
    throw new InputError(`invalid front matter: ${reason}`, { file, line });
  }
  const data = toData(doc, file);
  if (typeof data !== "object" || Array.isArray(data) || data === null) {
    throw new InputError("invalid front matter: expected key: value pairs", { file, line: 2 });
  }
  const contents = doc.contents;
  const lineOf = (key: string): number | undefined => {
    if (!isMap(contents)) return undefined;
    const pair = contents.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
    const offset = (pair?.key as YamlNode | undefined)?.range?.[0];
    // +1: the opening --- is line 1 of the file.
    return offset === undefined ? undefined : yamlText.slice(0, offset).split("\n").length + 1;
  };
  return { data: data as Record<string, unknown>, bodyStart, lineOf };
}

/** The document as plain data; aliases that expand past the limit are refused, not expanded. */
function toData(doc: ReturnType<typeof parseDocument>, file: string | undefined): unknown {
  try {
    return doc.toJS({ maxAliasCount: FRONT_MATTER_LIMITS.maxAliasCount }) ?? {};
  } catch (error) {
    // yaml throws a ReferenceError for an alias bomb; any other failure is refused the same way.
    const why = error instanceof ReferenceError && /alias/i.test(error.message) ? `YAML aliases expand to more than ${FRONT_MATTER_LIMITS.maxAliasCount} nodes` : `it cannot be read (${error instanceof Error ? error.message : String(error)})`;
    throw new InputError(`invalid front matter: ${why}; write the fields out instead`, { file, line: 2 });
  }
}

/** Validates front-matter fields against the contract; unknown keys are kept for plugins. */
export function validatePostMeta(data: Record<string, unknown>, file?: string, lineOf?: FrontMatter["lineOf"]): PostMetaInput {
  const parsed = postMetaSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const described = issue ? describeIssue(issue) : { key: "", message: "invalid" };
    const top = issue?.path[0];
    const line = typeof top === "string" ? lineOf?.(top) : undefined;
    throw new InputError(`invalid front matter: ${described.key}: ${described.message}`, { file, ...(line ? { line } : {}) });
  }
  return parsed.data;
}
