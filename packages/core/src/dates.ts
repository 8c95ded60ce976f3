/**
 * Dates, validated one way for the config (`products[].launch`), front matter (`date`) and the
 * CLI's `--date`: ISO 8601, a real calendar day, kept as its `YYYY-MM-DD`.
 */
import { z } from "zod";

const DAY = /^(\d{4}-\d{2}-\d{2})$/;
const DAY_OR_TIME = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/;

/** The day (`YYYY-MM-DD`) of an ISO 8601 date (or, with `time`, date-time), or undefined when it is not one. */
export function isoDay(value: string, { time = true }: { time?: boolean } = {}): string | undefined {
  const day = (time ? DAY_OR_TIME : DAY).exec(value)?.[1];
  return day && !Number.isNaN(Date.parse(day)) ? day : undefined;
}

/** A date as YAML gives it (a string, or a `Date` for an unquoted `2026-12-01`), as its `YYYY-MM-DD`. */
export function daySchema(options: { time: boolean; trim: boolean; expected: string }) {
  return z.union([z.string(), z.date()]).transform((v, ctx) => {
    const s = v instanceof Date ? v.toISOString().slice(0, 10) : options.trim ? v.trim() : v;
    const day = isoDay(s, options);
    if (day === undefined) {
      ctx.addIssue({ code: "custom", message: `${options.expected}, got "${s}"` });
      return z.NEVER;
    }
    return day;
  });
}

/** How errors about a post's date say what is expected (front matter, `--date`). */
export const EXPECTED_POST_DATE = "expected an ISO 8601 date such as 2026-12-01";
