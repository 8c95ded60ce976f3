import type { ImageCode, ImageSource, Report } from "@postlint/core";

/**
 * What image-policy reports about an image's content (read by `@postlint/core/node` or the server):
 * location and personal metadata, and QR codes and barcodes holding a Wi-Fi password, an internal
 * address or a ticket. The image's text is checked by the text rules, not here.
 */
export function contentReports(source: ImageSource): Report[] {
  const reports: Report[] = [];
  const image = source.name;
  const at = { range: source.range, image } as const;
  const strip = `exiftool -all= ${shellName(image)}`;
  const { gps, personal } = source.metadata ?? {};
  if (gps) {
    const place = `${gps.latitude.toFixed(2)}, ${gps.longitude.toFixed(2)}`;
    reports.push({ ...at, messageId: "imageLocation", data: { image, place, command: `exiftool -gps:all= ${shellName(image)}` }, clause: "P14", severity: "warn" });
  }
  if (personal?.length) {
    const fields = [...new Set(personal.map((p) => p.field))].join(", ");
    reports.push({ ...at, messageId: "imageOwner", data: { image, fields, command: strip }, clause: "P14", severity: "warn" });
  }
  for (const code of source.codes ?? []) {
    const found = classifyCode(code);
    if (found) reports.push({ ...at, messageId: found.messageId, data: { image, ...found.data }, clause: found.clause, severity: "error" });
  }
  return reports;
}

interface CodeFinding {
  messageId: "codeWifi" | "codeInternalUrl" | "codeTicket";
  clause: string;
  data: Record<string, string>;
}

/** `WIFI:T:WPA;S:name;P:secret;;` (fields in any order, `\` escapes). */
const WIFI = /^WIFI:/i;
/** IATA bar-coded boarding pass: `M1DOE/JANE  E…`. */
const BOARDING_PASS = /^M[1-4][A-Z/ -]{20}[A-Z ]?[A-Z0-9 ]{7}[A-Z]{3}[A-Z]{3}[A-Z0-9 ]{3}/;
const TICKET_WORDS = /\b(ticket|boarding|billet|kaartje|e-?ticket|toegangsbewijs|adgangskort|booking ref)/i;
const INTERNAL_HOST = /(^|\.)(local|internal|intranet|corp|lan|home\.arpa)$|^(intranet|internal|wiki|jira|confluence|gitlab|sharepoint|vpn|admin)\./i;
const PRIVATE_IP = /^(10\.|127\.|192\.168\.|172\.(1[6-9]|2\d|3[01])\.|localhost$)/;

function classifyCode(code: ImageCode): CodeFinding | undefined {
  const text = code.text.trim();
  if (WIFI.test(text)) {
    const field = (key: string) => new RegExp(`[:;]${key}:((?:\\\\.|[^;])*)`, "i").exec(text)?.[1]?.replace(/\\(.)/g, "$1");
    const password = field("P");
    if (!password) return undefined;
    return { messageId: "codeWifi", clause: "P15", data: { network: field("S") ?? "?" } };
  }
  if (BOARDING_PASS.test(text) || TICKET_WORDS.test(text)) return { messageId: "codeTicket", clause: "P14", data: {} };
  const url = /^[a-z][a-z0-9+.-]*:\/\/[^\s]+/i.exec(text)?.[0];
  if (url) {
    let host = "";
    try {
      host = new URL(url).hostname.replace(/^\[|\]$/g, "");
    } catch {
      return undefined;
    }
    if (INTERNAL_HOST.test(host) || PRIVATE_IP.test(host) || !host.includes(".")) return { messageId: "codeInternalUrl", clause: "P1", data: { host } };
  }
  return undefined;
}

function shellName(name: string): string {
  return /^[\w./-]+$/.test(name) ? name : `'${name.replace(/'/g, "'\\''")}'`;
}
