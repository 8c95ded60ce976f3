// Raw HTTP/1.1 over a socket: fetch() normalises the request target (dot segments, absolute form),
// and these tests need to send exactly what an attacker would.
import { connect } from "node:net";

export interface RawAnswer {
  status: number;
  head: string;
  body: string;
}

export function rawRequest(baseUrl: string, requestLine: string, headers: Record<string, string> = {}, body = ""): Promise<RawAnswer> {
  const { hostname, port } = new URL(baseUrl);
  const lines = [requestLine, `host: ${hostname}:${port}`, "connection: close"];
  for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
  if (body) lines.push(`content-length: ${Buffer.byteLength(body)}`);
  return new Promise((resolve, reject) => {
    // write, not end: a half-closed connection may be dropped before a slow handler answers.
    const socket = connect({ host: hostname, port: Number(port) }, () => socket.write(`${lines.join("\r\n")}\r\n\r\n${body}`));
    const chunks: Buffer[] = [];
    socket.on("data", (chunk: Buffer) => chunks.push(chunk));
    socket.on("error", reject);
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const [head = "", rest = ""] = text.split("\r\n\r\n", 2);
      resolve({ status: Number(/^HTTP\/1\.1 (\d{3})/.exec(head)?.[1] ?? 0), head, body: rest });
    });
  });
}
