import { z } from "zod";
import { ACCOUNTS, LANGUAGES, PLATFORMS } from "./types.js";

/**
 * The fields of a post sent as data rather than as a file: an HTTP API request, or a line of
 * `--ndjson` input. One definition, so both refuse the same things; the server's OpenAPI
 * document is generated from it too. (Core because the cli must not depend on the server.)
 */
/** Images per post, and the largest one (decoded); a request body limit applies on top. */
export const MAX_IMAGES = 4;
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;

export function postRequestFields(maxTextLength: number) {
  const isoDay = z.iso.date();
  const isoDateTime = z.iso.datetime({ offset: true });
  return {
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
    images: z
      .array(
        z.strictObject({
          name: z.string().min(1).max(200).describe("The image's name as the post refers to it (`![…](name)`); findings in it carry `source.image` with this name."),
          data: z
            .base64()
            .max(Math.ceil(MAX_IMAGE_BYTES / 3) * 4)
            .describe(`The image file (JPEG, PNG, WebP, …) as base64, at most ${MAX_IMAGE_BYTES / 1024 / 1024} MB decoded; the request body limit applies too.`),
          alt: z.string().max(2000).nullable().optional().describe("Its alt text."),
        }),
      )
      .max(MAX_IMAGES)
      .optional()
      .describe("Images of the post: text in them (OCR), location and owner metadata and QR codes are checked."),
  };
}

/** A scheduled post: the post fields plus the scheduler's `id` and `scheduledAt`. */
export function scheduledPostFields(maxTextLength: number) {
  return {
    ...postRequestFields(maxTextLength),
    id: z.string().max(200).optional().describe("Your id for the post, echoed in the answer."),
    scheduledAt: z
      .union([z.iso.datetime({ offset: true }), z.iso.date()])
      .optional()
      .describe("When the post is scheduled (ISO 8601). Its day is the post's date for embargo checks, and wins over `date`."),
  };
}
