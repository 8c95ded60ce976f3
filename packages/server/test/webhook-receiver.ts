// A webhook receiver on 127.0.0.1 that records what it gets and checks signatures.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";

interface Received {
  body: string;
  json: { id: string; revision: number; state: string; [key: string]: unknown };
  signature: string;
  delivery: string;
  valid: boolean;
}

export interface Receiver {
  url: string;
  received: Received[];
  /** Answer the next `n` requests with this status (or hold them open when "hang"). */
  fail(n: number, how: number | "hang"): void;
  waitFor(count: number, timeoutMs?: number): Promise<Received[]>;
  /** Requests held open by `fail(n, "hang")`. */
  hanging(): number;
  close(): Promise<void>;
}

function verify(secret: string, body: string, header: string): boolean {
  const expected = Buffer.from(`sha256=${createHmac("sha256", secret).update(body).digest("hex")}`);
  const given = Buffer.from(header);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export async function startReceiver(secret: string): Promise<Receiver> {
  const received: Received[] = [];
  const held: ServerResponse[] = [];
  let failing: { n: number; how: number | "hang" } = { n: 0, how: 500 };
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    request.on("data", (c: Buffer) => chunks.push(c));
    request.on("end", () => {
      if (failing.n > 0) {
        failing.n--;
        if (failing.how === "hang") return void held.push(response);
        response.writeHead(failing.how).end();
        return;
      }
      const body = Buffer.concat(chunks).toString("utf8");
      const signature = String(request.headers["postlint-signature"] ?? "");
      received.push({ body, json: JSON.parse(body) as Received["json"], signature, delivery: String(request.headers["postlint-delivery"] ?? ""), valid: verify(secret, body, signature) });
      response.writeHead(204).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    fail(n, how) {
      failing = { n, how };
    },
    hanging: () => held.length,
    async waitFor(count, timeoutMs = 30_000) {
      const deadline = Date.now() + timeoutMs;
      while (received.length < count) {
        if (Date.now() > deadline) throw new Error(`expected ${count} webhooks, got ${received.length}`);
        await new Promise((r) => setTimeout(r, 50));
      }
      return received;
    },
    async close() {
      for (const r of held) r.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
