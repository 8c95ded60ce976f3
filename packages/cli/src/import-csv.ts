// `postlint import-csv FILE`: a scheduler's CSV of posts (Hootsuite's bulk composer, a Buffer
// export, …) as NDJSON for `postlint --ndjson` or `POST /v1/submissions`.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { normalizePlatform, PLATFORMS } from "@postlint/core";
import { parse } from "csv-parse/sync";
import type { CliIO } from "./io.js";

const USAGE = `Usage: postlint import-csv FILE [options]

Turns a CSV of scheduled posts into NDJSON, one {"id","text","platform","date","scheduledAt"} per
line: pipe it into postlint --ndjson, or send each line to POST /v1/submissions.

Columns are found by their header (any case): text | message | post | content | caption;
date | scheduled at | publish date | posted at (and a separate time column, if any); platform |
network | service | channel | profile; id. Without a header row the columns are Hootsuite's bulk-composer order:
date, message, link. Platform names schedulers use (twitter, fb, ig, …) become postlint's.

Options:
  --platform NAME      Platform for rows that name none
  --date-order dmy|mdy How to read 05/04/2027 (default dmy, Hootsuite's; Buffer writes ISO dates)
  --utc-offset ±HH:MM  The CSV's times are in this offset (default +00:00)
  -o, --output FILE    Write the NDJSON here instead of stdout
  -h, --help           Show this help
`;

const COLUMNS = {
  text: ["text", "message", "post", "post text", "content", "caption", "body", "update"],
  date: ["date", "scheduled at", "scheduled_at", "scheduled time", "scheduled date", "publish date", "posted at", "datetime", "due at"],
  time: ["time", "publish time", "send time", "hour"],
  platform: ["platform", "network", "social network", "service", "channel", "profile", "profile type", "account type"],
  id: ["id", "post id", "update id", "external id"],
} as const;
type Column = keyof typeof COLUMNS;

export interface CsvPost {
  id: string;
  text: string;
  platform?: string;
  date?: string;
  scheduledAt?: string;
}

export async function importCsv(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        platform: { type: "string" },
        "date-order": { type: "string" },
        "utc-offset": { type: "string" },
        output: { type: "string", short: "o" },
        help: { type: "boolean", short: "h" },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return fail(io, `${(error as Error).message}. See postlint import-csv --help`);
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(USAGE);
    return 0;
  }
  if (positionals.length !== 1) return fail(io, "give one CSV file (see postlint import-csv --help)");
  const order = values["date-order"] ?? "dmy";
  if (order !== "dmy" && order !== "mdy") return fail(io, `--date-order expects dmy or mdy, got "${order}"`);
  const offset = values["utc-offset"] ?? "+00:00";
  if (!/^[+-]\d{2}:\d{2}$/.test(offset)) return fail(io, `--utc-offset expects ±HH:MM, got "${offset}"`);
  const fallback = values.platform === undefined ? undefined : normalizePlatform(values.platform);
  if (fallback !== undefined && !(PLATFORMS as readonly unknown[]).includes(fallback)) return fail(io, `--platform: expected one of ${PLATFORMS.join(", ")}, got "${values.platform}"`);
  const file = positionals[0] as string;
  let source: string;
  try {
    source = await readFile(path.resolve(io.cwd, file), "utf8");
  } catch (error) {
    return fail(io, `${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  let posts: CsvPost[];
  try {
    posts = csvToPosts(source, { order, offset, ...(typeof fallback === "string" ? { platform: fallback } : {}) });
  } catch (error) {
    return fail(io, `${file}: ${(error as Error).message}`);
  }
  const ndjson = posts.map((p) => JSON.stringify(p)).join("\n") + (posts.length ? "\n" : "");
  if (values.output) await writeFile(path.resolve(io.cwd, values.output), ndjson);
  else io.stdout.write(ndjson);
  io.stderr.write(`postlint import-csv: ${posts.length} post${posts.length === 1 ? "" : "s"}\n`);
  return 0;
}

/** The posts in a CSV, in file order. Throws an Error naming the row for what cannot be read. */
export function csvToPosts(source: string, options: { order: "dmy" | "mdy"; offset: string; platform?: string }): CsvPost[] {
  const rows: string[][] = parse(source.replace(/^\uFEFF/, ""), { relax_column_count: true, skip_empty_lines: true, bom: true });
  if (!rows.length) return [];
  const header = (rows[0] ?? []).map((h) => withoutNote(h.trim().toLowerCase()));
  const index: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(COLUMNS) as Column[]) {
    const at = header.findIndex((h) => (COLUMNS[column] as readonly string[]).includes(h));
    if (at >= 0) index[column] = at;
  }
  const headed = index.text !== undefined;
  if (!headed) {
    if (header.length && parseDate(rows[0]?.[0] ?? "", options) === undefined) {
      throw new Error('no text column: name it "text" or "message", or use Hootsuite\'s order (date, message, link) without a header');
    }
    Object.assign(index, { date: 0, text: 1 });
  }
  const posts: CsvPost[] = [];
  for (const [n, row] of rows.entries()) {
    if (headed && n === 0) continue;
    const line = n + 1;
    const text = (row[index.text as number] ?? "").trim();
    if (!text) continue;
    const post: CsvPost = { id: (index.id !== undefined ? row[index.id]?.trim() : "") || `row-${line}`, text };
    const platform = index.platform !== undefined ? normalizePlatform(row[index.platform] ?? "") : options.platform;
    if (typeof platform === "string" && (PLATFORMS as readonly string[]).includes(platform)) post.platform = platform;
    else if (options.platform) post.platform = options.platform;
    const rawTime = index.time !== undefined ? (row[index.time] ?? "").trim() : "";
    const rawDate = index.date !== undefined ? `${(row[index.date] ?? "").trim()}${rawTime ? ` ${rawTime}` : ""}`.trim() : "";
    if (rawDate) {
      const when = parseDate(rawDate, options);
      if (!when) throw new Error(`row ${line}: cannot read the date "${rawDate}"; expected ISO 8601 or ${options.order === "dmy" ? "dd/mm/yyyy" : "mm/dd/yyyy"} hh:mm`);
      post.date = when.slice(0, 10);
      if (when.length > 10) post.scheduledAt = when;
    }
    posts.push(post);
  }
  return posts;
}

/** An ISO date or date-time (with the offset) for the formats schedulers write; undefined when unreadable. */
function parseDate(raw: string, { order, offset }: { order: "dmy" | "mdy"; offset: string }): string | undefined {
  const value = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?\s*(Z|[+-]\d{2}:?\d{2})?)?$/i.exec(value);
  if (iso) {
    const [, y, mo, d, h, mi, s, tz] = iso;
    if (h === undefined) return valid(`${y}-${mo}-${d}`);
    const zone = tz ? (tz.toUpperCase() === "Z" ? "Z" : tz.includes(":") ? tz : `${tz.slice(0, 3)}:${tz.slice(3)}`) : offset;
    return valid(`${y}-${mo}-${d}T${h}:${mi}:${s ?? "00"}${zone}`);
  }
  const local = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:[ T]+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([ap]\.?m\.?)?)?$/i.exec(value);
  if (!local) return undefined;
  const [, a, b, y, h, mi, s, ampm] = local;
  const [d, mo] = order === "dmy" ? [a, b] : [b, a];
  const day = `${y}-${pad(mo)}-${pad(d)}`;
  if (h === undefined) return valid(day);
  let hour = Number(h);
  if (ampm) hour = (hour % 12) + (/^p/i.test(ampm) ? 12 : 0);
  return valid(`${day}T${pad(String(hour))}:${mi}:${s ?? "00"}${offset}`);
}

function valid(iso: string): string | undefined {
  const day = iso.slice(0, 10);
  const check = new Date(`${day}T00:00:00Z`);
  return !Number.isNaN(check.getTime()) && check.toISOString().slice(0, 10) === day ? iso : undefined;
}

function pad(n: string | undefined): string {
  return (n ?? "").padStart(2, "0");
}

function fail(io: CliIO, message: string): number {
  io.stderr.write(`postlint import-csv: ${message}\n`);
  return 2;
}

/** `date (utc)` → `date`: a note in brackets after a column name (found without a regex that is quadratic on "((((…"). */
function withoutNote(header: string): string {
  const open = header.indexOf("(");
  return open !== -1 && header.endsWith(")") ? header.slice(0, open).trimEnd() : header;
}
