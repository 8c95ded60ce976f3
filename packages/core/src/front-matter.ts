import { parseDocument } from "yaml";
import { z } from "zod";
import { InputError } from "./errors.js";
import { ACCOUNTS, LANGUAGES, PLATFORMS } from "./types.js";
import { describeIssue } from "./schema-errors.js";

export interface FrontMatter {
  data: Record<string, unknown>;
  /** Offset of the first character after the closing `---` line. */
  bodyStart: number;
}

const OPEN = /^\uFEFF?---[ \t]*\r?\n/;
const CLOSE = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m;

const isoDate = z
  .union([z.string(), z.date()])
  .transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : v.trim();
    const m = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(s);
    if (!m?.[1] || Number.isNaN(Date.parse(m[1]))) {
      ctx.addIssue({ code: "custom", message: `expected an ISO 8601 date such as 2026-12-01, got "${s}"` });
      return z.NEVER;
    }
    return m[1];
  });

export const postMetaSchema = z
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
  const doc = parseDocument(yamlText, { prettyErrors: false, uniqueKeys: true });
  const firstError = doc.errors[0];
  if (firstError) {
    // yaml counts from the first line after the opening ---, which is line 2 of the file.
    const line = (firstError.linePos?.[0]?.line ?? 1) + 1;
    const reason = firstError.message.split("\n")[0] ?? "invalid YAML";
    throw new InputError(`invalid front matter: ${reason}`, { file, line });
  }
  const data: unknown = doc.toJS() ?? {};
  if (typeof data !== "object" || Array.isArray(data) || data === null) {
    throw new InputError("invalid front matter: expected key: value pairs", { file, line: 2 });
  }
  return { data: data as Record<string, unknown>, bodyStart };
}

/** Validates front-matter fields against the contract; unknown keys are kept for plugins. */
export function validatePostMeta(data: Record<string, unknown>, file?: string): PostMetaInput {
  const parsed = postMetaSchema.safeParse(data, { reportInput: true });
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const described = issue ? describeIssue(issue) : { key: "", message: "invalid" };
    throw new InputError(`invalid front matter: ${described.key}: ${described.message}`, { file });
  }
  return parsed.data;
}
