// `postlint serve` as a real process: config reload on SIGHUP, draining on SIGTERM.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ROOT, TEST_PACK } from "./helpers.js";

const BIN = path.join(ROOT, "packages/cli/bin/postlint.js");
const PROFANE = { text: "This launch was a fucking triumph, and I am proud of the team." };

interface Process {
  child: ChildProcessWithoutNullStreams;
  url: string;
  lines: Record<string, unknown>[];
  /** Resolves with the first log line (present or future) that matches. */
  waitFor(match: (line: Record<string, unknown>) => boolean): Promise<Record<string, unknown>>;
  exited: Promise<number | null>;
}

let running: Process | undefined;
afterEach(() => {
  if (running && running.child.exitCode === null) running.child.kill("SIGKILL");
  running = undefined;
});

function project(config: string): { dir: string; file: string } {
  const dir = mkdtempSync(path.join(tmpdir(), "postlint-serve-"));
  const file = path.join(dir, ".postlintrc.yaml");
  writeFileSync(file, config);
  return { dir, file };
}

async function serve(dir: string, args: string[] = []): Promise<Process> {
  const child = spawn(process.execPath, [BIN, "serve", "--port", "0", "--workers", "1", ...args], { cwd: dir, env: { ...process.env, POSTLINT_API_TOKEN: "" } });
  const lines: Record<string, unknown>[] = [];
  const waiters: { match: (l: Record<string, unknown>) => boolean; resolve: (l: Record<string, unknown>) => void }[] = [];
  let buffered = "";
  let stderr = "";
  child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
  child.stdout.on("data", (d: Buffer) => {
    buffered += d.toString();
    const parts = buffered.split("\n");
    buffered = parts.pop() ?? "";
    for (const raw of parts.filter(Boolean)) {
      const line = JSON.parse(raw) as Record<string, unknown>;
      lines.push(line);
      for (const w of waiters.filter((x) => x.match(line))) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve(line);
      }
    }
  });
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const waitFor = (match: (l: Record<string, unknown>) => boolean): Promise<Record<string, unknown>> => {
    const seen = lines.find(match);
    if (seen) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      waiters.push({ match, resolve });
      void exited.then((code) => reject(new Error(`postlint serve exited (${String(code)}) first: ${stderr}`)));
    });
  };
  const listening = await waitFor((l) => l["event"] === "listening");
  running = { child, url: String(listening["url"]), lines, waitFor, exited };
  return running;
}

const gate = async (url: string, body: unknown): Promise<{ status: number; decision?: string }> => {
  const r = await fetch(`${url}/v1/gate`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  const json = (await r.json()) as { decision?: string };
  return { status: r.status, ...(json.decision ? { decision: json.decision } : {}) };
};

// Real processes start, reload and drain: generous ceilings for a busy CI machine.
describe("postlint serve", { timeout: 120_000 }, () => {
  it("reloads the config on SIGHUP, and keeps the old one when the new one is broken", async () => {
    const { dir, file } = project("gate:\n  block: error\n");
    const server = await serve(dir);
    expect(await gate(server.url, PROFANE)).toEqual({ status: 200, decision: "block" });

    writeFileSync(file, "gate:\n  block: never\n  review: error\n");
    server.child.kill("SIGHUP");
    await server.waitFor((l) => l["event"] === "reloaded");
    expect(await gate(server.url, PROFANE)).toEqual({ status: 200, decision: "review" });

    writeFileSync(file, "gate:\n  block: never\nrules:\n  profanity: eror\n");
    server.child.kill("SIGHUP");
    const failed = await server.waitFor((l) => l["event"] === "reload-failed");
    expect(String(failed["reason"])).toMatch(/rules\.profanity.*"eror"/);
    expect(await gate(server.url, PROFANE)).toEqual({ status: 200, decision: "review" });

    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });

  it("finishes requests in flight on SIGTERM, then exits 0", async () => {
    const { dir } = project(`plugins:\n  - ${JSON.stringify(TEST_PACK)}\n`);
    const server = await serve(dir);
    const marker = path.join(dir, "checking");
    const slow = gate(server.url, { text: `A slow one [[stall 1500 ${marker}]] to check.` });
    // The test rule writes the marker when it starts on the post: from then on it is in flight.
    while (!existsSync(marker)) await new Promise((r) => setTimeout(r, 20));
    server.child.kill("SIGTERM");
    expect(await slow).toEqual({ status: 200, decision: "review" });
    expect(await server.exited).toBe(0);
    const events = server.lines.map((l) => l["event"] ?? l["msg"]);
    expect(events.indexOf("draining")).toBeLessThan(events.indexOf("request"));
    expect(events.at(-1)).toBe("stopped");
  });

  it("answers /readyz with 503 while draining (--drain-delay), still serving the API, then exits 0", async () => {
    const { dir } = project("gate:\n  block: error\n");
    const server = await serve(dir, ["--drain-delay", "3000"]);
    expect((await fetch(`${server.url}/readyz`)).status).toBe(200);
    server.child.kill("SIGTERM");
    await server.waitFor((l) => l["event"] === "draining");
    expect((await fetch(`${server.url}/readyz`)).status).toBe(503);
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200);
    expect(await gate(server.url, PROFANE)).toEqual({ status: 200, decision: "block" });
    // A second signal stops waiting.
    server.child.kill("SIGTERM");
    expect(await server.exited).toBe(0);
  });

  it("will not start with a broken config, and says why", async () => {
    const { dir } = project("rules:\n  profanty: error\n");
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0"], { cwd: dir });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^postlint serve: .*rules\.profanty.*did you mean "profanity"/);
  });

  it("will not start with an API token shorter than 16 characters (one line, exit 2)", async () => {
    const { dir } = project("rules:\n  profanity: error\n");
    const child = spawn(process.execPath, [BIN, "serve", "--port", "0"], { cwd: dir, env: { ...process.env, POSTLINT_API_TOKEN: "letmein" } });
    let stderr = "";
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
    expect(code).toBe(2);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stderr).toMatch(/^postlint serve: an API token has 7 characters; use at least 16/);
    expect(stderr).not.toContain("letmein");
  });
});
