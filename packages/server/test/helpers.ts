// Starts real servers on 127.0.0.1, port 0, from the built package (as users get it), and
// captures their log lines.
import path from "node:path";
import { Writable } from "node:stream";
import { createServer, type PostlintServer, type ServerOptions } from "../dist/index.js";

export const ROOT = path.resolve(import.meta.dirname, "../../..");
/** The sample organization of CONTRACT.md: Northwind, Aurora Pro launching 2027-03-01. */
export const SAMPLE_CONFIG = path.join(ROOT, "fixtures/.postlintrc.yaml");
/** `test-typo` (a fixable warning) and `test-stall` (`[[stall 300]]` busy-waits 300 ms). */
export const TEST_PACK = path.resolve(import.meta.dirname, "fixtures/test-pack.mjs");
export const WITH_TEST_PACK = ["@postlint/rules", TEST_PACK];
/** Before Aurora Pro's launch, so results never depend on today's date. */
export const BEFORE_LAUNCH = "2026-12-01";

interface Answer {
  status: number;
  headers: Headers;
  body: unknown;
  text: string;
}

export interface Started {
  server: PostlintServer;
  url: string;
  logs: string[];
  post(path: string, body: unknown, headers?: Record<string, string>): Promise<Answer>;
  get(path: string, headers?: Record<string, string>): Promise<Answer>;
  request(path: string, init: RequestInit): Promise<Answer>;
  close(): Promise<void>;
}

export async function start(options: ServerOptions = {}): Promise<Started> {
  const logs: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logs.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  const server = await createServer({ configFile: SAMPLE_CONFIG, workers: 1, log: { stream }, ...options });
  const url = await server.listen({ port: 0, host: "127.0.0.1" });
  const request = async (p: string, init: RequestInit): Promise<Answer> => {
    const response = await fetch(url + p, init);
    const text = await response.text();
    let body: unknown = null;
    try {
      body = JSON.parse(text);
    } catch {
      body = null;
    }
    return { status: response.status, headers: response.headers, body, text };
  };
  return {
    server,
    url,
    logs,
    request,
    post: (p, body, headers = {}) =>
      request(p, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) }),
    get: (p, headers = {}) => request(p, { headers }),
    close: () => server.close(),
  };
}

/** The JSON log lines, parsed. */
export function parsedLogs(logs: readonly string[]): Record<string, unknown>[] {
  return logs.map((l) => JSON.parse(l) as Record<string, unknown>);
}
