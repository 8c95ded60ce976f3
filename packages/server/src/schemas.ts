import { postRequestFields, scheduledPostFields, type ACCOUNTS, type LANGUAGES, type PLATFORMS } from "@postlint/core";
import { z } from "zod";

export const MAX_BATCH = 100;

/** An image sent with a post. */
interface ImageRequest {
  name: string;
  data: string;
  alt?: string | null | undefined;
}

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

interface SubmissionRequest extends GateRequest {
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
  images?: ImageRequest[] | undefined;
}

export interface GateRequest extends LintRequest {
  id?: string | undefined;
  scheduledAt?: string | undefined;
}

export function requestSchemas(maxTextLength: number): RequestSchemas {
  // The fields are shared with `postlint --ndjson`, which must refuse what the API refuses.
  const post = postRequestFields(maxTextLength);
  const lint = z.strictObject(post).describe("One post to check.");
  const gate = z.strictObject(scheduledPostFields(maxTextLength)).describe("One scheduled post to decide on.");
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
