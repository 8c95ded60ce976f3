import { ACCOUNTS, LANGUAGES, PLATFORMS } from "@postlint/core";
import { z } from "zod";

export const MAX_BATCH = 100;

/** Requests are validated by these schemas, and `/openapi.json` is generated from the same ones. */
export interface RequestSchemas {
  lint: z.ZodType<LintRequest>;
  gate: z.ZodType<GateRequest>;
  /** The envelope only: each post is checked against `gate` on its own, so one bad post fails alone. */
  batchEnvelope: z.ZodType<{ posts: unknown[] }>;
  /** The batch as documented: the envelope with `gate` items. */
  batch: z.ZodType;
  /** The review queue (submission-schemas.ts). */
  submission: z.ZodType<SubmissionRequest>;
}

export interface SubmissionRequest extends GateRequest {
  id: string;
  callbackUrl?: string | undefined;
}

export interface LintRequest {
  text: string;
  platform?: (typeof PLATFORMS)[number] | undefined;
  account?: (typeof ACCOUNTS)[number] | undefined;
  author?: string | undefined;
  lang?: (typeof LANGUAGES)[number] | "auto" | undefined;
  date?: string | undefined;
}

export interface GateRequest extends LintRequest {
  id?: string | undefined;
  scheduledAt?: string | undefined;
}

const isoDay = z.iso.date();
const isoDateTime = z.iso.datetime({ offset: true });

export function requestSchemas(maxTextLength: number): RequestSchemas {
  const post = {
    text: z
      .string()
      .min(1)
      .max(maxTextLength)
      .describe("The post as the author wrote it: plain text or Markdown, optionally starting with YAML front matter (which wins over the fields below)."),
    platform: z.enum(PLATFORMS).optional().describe("Where it will be posted; sets the length limit. Absent: no length limit."),
    account: z.enum(ACCOUNTS).optional().describe("`official` is the organization's own brand account. Default `personal`."),
    author: z.string().max(200).optional().describe("Who will publish it, matched against `spokespeople` in the config."),
    lang: z.enum([...LANGUAGES, "auto"]).optional().describe("Language of the post; absent or `auto` detects it."),
    date: z.union([isoDay, isoDateTime]).optional().describe("Publication day (ISO 8601). Absent: today."),
  };
  const lint = z.strictObject(post).describe("One post to check.");
  const gate = z
    .strictObject({
      ...post,
      id: z.string().max(200).optional().describe("Your id for the post, echoed in the answer."),
      scheduledAt: z
        .union([isoDateTime, isoDay])
        .optional()
        .describe("When the post is scheduled (ISO 8601). Its day is the post's date for embargo checks, and wins over `date`."),
    })
    .describe("One scheduled post to decide on.");
  const batchEnvelope = z.strictObject({ posts: z.array(z.unknown()).min(1).max(MAX_BATCH) });
  const batch = z.strictObject({ posts: z.array(gate).min(1).max(MAX_BATCH).describe(`Up to ${MAX_BATCH} posts, e.g. a day's queue.`) });
  const submission = gate
    .extend({
      id: z.string().min(1).max(200).describe("Your id for the post. Submitting the same id again (an edited post) makes a new revision."),
      callbackUrl: z
        .string()
        .max(2000)
        .optional()
        .describe("http(s) URL that gets a signed `POST` when the submission reaches a final state (allowed, blocked, approved, rejected)."),
    })
    .describe("A scheduled post for the review queue. `platform` also accepts the names schedulers use (`twitter`, `fb`, `ig`, …).");
  return { lint, gate, batchEnvelope, batch, submission };
}

/** The day part of an ISO date or date-time, as written (the scheduler's local day). */
export function dayOf(isoDate: string): string {
  return isoDate.slice(0, 10);
}
