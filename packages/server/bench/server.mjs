#!/usr/bin/env node
// pnpm bench:server: the HTTP server against in-process linting of the same posts.
//   1. In-process: one thread linting the posts back to back (the single-core ceiling).
//   2. The server in its own process (default workers), driven by autocannon at 1, 8 and 32
//      connections with POST /v1/lint, ~280-character posts.
// Prints req/s and p50/p99 latency beside the in-process figure, and records them in
// docs/benchmarks.md under "## Server" (--no-write to skip; --quick for a short smoke run).
import { fork } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import autocannon from "autocannon";
import { createLinter } from "@postlint/core";
import { loadConfigFile } from "@postlint/core/node";
import pack from "@postlint/rules";
import { benchPosts } from "./posts.mjs";
import { startPostgres, submissionRequests } from "./submissions.mjs";
import { mkdtempSync, rmSync } from "node:fs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const config = path.join(root, "fixtures/.postlintrc.yaml");
const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const SECONDS = quick ? 3 : 8;
const ROUNDS = quick ? 1 : 3;
const CONNECTIONS = [1, 8, 32];
const posts = benchPosts(500);

const linter = createLinter({ packs: [pack], config: (await loadConfigFile(config)).config });
for (const p of posts) await linter.lint({ text: p.text, meta: { platform: p.platform, date: p.date } });

async function inProcess() {
  const times = [];
  const started = performance.now();
  for (let i = 0; performance.now() - started < SECONDS * 1000; i++) {
    const p = posts[i % posts.length];
    const t0 = performance.now();
    await linter.lint({ text: p.text, meta: { platform: p.platform, date: p.date } });
    times.push(performance.now() - t0);
  }
  const elapsed = (performance.now() - started) / 1000;
  times.sort((a, b) => a - b);
  return { perSec: times.length / elapsed, p50: times[Math.floor(times.length * 0.5)], p99: times[Math.floor(times.length * 0.99)] };
}

function startServer(storage) {
  const child = fork(path.join(here, "serve-child.mjs"), [config, ...(storage ? [JSON.stringify(storage)] : [])], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
  return new Promise((resolve, reject) => {
    child.once("message", ({ url }) => resolve({ url, child }));
    child.once("exit", (code) => reject(new Error(`the server exited (${code}) before listening`)));
  });
}

// Built once: each connection cycles through the posts, and the client spends its CPU on
// sending and receiving, not on building requests (it shares the machine with the server).
const requests = posts.map((p) => ({ method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(p) }));

function drive(url, connections, duration) {
  return autocannon({ url: `${url}/v1/lint`, connections, duration, requests });
}

console.log(`postlint server benchmark: ${posts.length} posts of ${Math.min(...posts.map((p) => p.text.length))}–${Math.max(...posts.map((p) => p.text.length))} characters, ${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? "?"}), Node ${process.version}\n`);
const loadBefore = os.loadavg()[0];
const { url, child } = await startServer();
// Each row is measured ROUNDS times, interleaved, and the best round counts: on a shared machine
// a neighbour's burst slows one round, and the best one is the closest to what the code can do.
const inProcessRounds = [];
const httpRounds = new Map(CONNECTIONS.map((c) => [c, []]));
try {
  await drive(url, 8, 2); // warm-up: JIT and connection set-up
  for (let round = 1; round <= ROUNDS; round++) {
    const base = await inProcess();
    inProcessRounds.push(base);
    console.log(`round ${round}: in-process ${base.perSec.toFixed(0)} posts/s (p50 ${base.p50.toFixed(2)} ms, p99 ${base.p99.toFixed(2)} ms)`);
    for (const connections of CONNECTIONS) {
      const r = await drive(url, connections, SECONDS);
      const row = { connections, perSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts };
      httpRounds.get(connections).push(row);
      console.log(`round ${round}: HTTP ${String(connections).padStart(2)} connection${connections === 1 ? " " : "s"}: ${row.perSec.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms${row.bad ? `, ${row.bad} failed` : ""}`);
    }
  }
} finally {
  child.kill("SIGTERM");
}
// The review queue: POST /v1/submissions at 8 connections, on PGlite and on PostgreSQL.
const SUBMIT_CONNECTIONS = 8;
const submitRows = [];
for (const backend of ["PGlite", "PostgreSQL"]) {
  const pg = backend === "PostgreSQL" ? await startPostgres() : undefined;
  if (backend === "PostgreSQL" && !pg) {
    console.log("PostgreSQL row skipped: postgresql is not installed (apt-get install -y postgresql)");
    continue;
  }
  const dataDir = pg ? undefined : mkdtempSync(path.join(os.tmpdir(), "postlint-bench-pglite-"));
  const queue = await startServer(pg ? { databaseUrl: pg.url } : { dataDir });
  try {
    await autocannon({ url: queue.url, connections: SUBMIT_CONNECTIONS, duration: 2, requests: submissionRequests(posts) });
    const rounds = [];
    for (let round = 1; round <= ROUNDS; round++) {
      const r = await autocannon({ url: queue.url, connections: SUBMIT_CONNECTIONS, duration: SECONDS, requests: submissionRequests(posts) });
      rounds.push({ backend, perSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad: r.non2xx + r.errors + r.timeouts });
      console.log(`round ${round}: POST /v1/submissions on ${backend}, ${SUBMIT_CONNECTIONS} connections: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms`);
    }
    submitRows.push(rounds.reduce((a, b) => (b.perSec > a.perSec ? b : a)));
  } finally {
    queue.child.kill("SIGTERM");
    await new Promise((r) => queue.child.once("exit", r));
    pg?.stop();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }
}

const best = (list) => list.reduce((a, b) => (b.perSec > a.perSec ? b : a));
const base = best(inProcessRounds);
const rows = CONNECTIONS.map((c) => best(httpRounds.get(c)));
const failed = [...httpRounds.values()].flat().reduce((n, r) => n + r.bad, 0);

const table = [
  "| | req/s (posts/s) | p50 | p99 | vs in-process |",
  "| --- | ---: | ---: | ---: | ---: |",
  `| in-process \`lint()\`, one thread | ${base.perSec.toFixed(0)} | ${base.p50.toFixed(2)} ms | ${base.p99.toFixed(2)} ms | 100% |`,
  ...rows.map((r) => `| HTTP \`POST /v1/lint\`, ${r.connections} connection${r.connections === 1 ? "" : "s"} | ${r.perSec.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${(r.perSec / base.perSec * 100).toFixed(0)}% |`),
  ...submitRows.map((r) => `| HTTP \`POST /v1/submissions\` (lint + store), ${r.backend}, ${SUBMIT_CONNECTIONS} connections | ${r.perSec.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${(r.perSec / base.perSec * 100).toFixed(0)}% |`),
].join("\n");
console.log(`\n${table}`);
const setup = `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? "?"}), Node ${process.version}; the server ran with its default ${os.availableParallelism()} lint workers and JSON request logs, autocannon on the same machine, best of ${ROUNDS} interleaved rounds of ${SECONDS} s per row (the machine is shared; 1-minute load average ${loadBefore.toFixed(1)} at the start${os.getPriority() ? `, benchmark and server at nice ${os.getPriority()}` : ""}), ${posts.length} distinct posts of ${Math.min(...posts.map((p) => p.text.length))}–${Math.max(...posts.map((p) => p.text.length))} characters (60% English, 20% Dutch, 20% Danish, one in five with a finding)`;

const sustained = Math.max(...rows.map((r) => r.perSec)) / base.perSec;
const at32 = rows.find((r) => r.connections === 32);
const goals = [
  `At least 70% of the in-process single-thread throughput: **${sustained >= 0.7 ? "met" : "not met"}** (${(sustained * 100).toFixed(0)}% at best).`,
  at32 ? `p99 under 50 ms at 32 connections: **${at32.p99 < 50 ? "met" : "not met"}** (${at32.p99} ms).` : "",
].join(" ");
const reading = at32
  ? `One connection measures latency, not capacity: each request waits for the one before, so the HTTP round trip and the hop to a lint worker show in full. From 8 connections the two lint workers use both cores and pass the single-thread figure. At 32 connections each request queues behind about 30 others, so its latency cannot be below 32 ÷ throughput (${(32000 / at32.perSec).toFixed(0)} ms here); the p99 adds the spread of lint times (median ${base.p50.toFixed(1)} ms, p99 ${base.p99.toFixed(1)} ms in-process), garbage-collection pauses in the workers, and the server, its workers and autocannon sharing two cores. Faster rules move every row.`
  : "";
console.log(`\n${goals}`);

if (!args.has("--no-write") && !quick) {
  const file = path.join(root, "docs/benchmarks.md");
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const section = `<!-- bench-server:start (written by pnpm bench:server) -->\n## Server\n\n\`pnpm bench:server\`, ${new Date().toISOString().slice(0, 10)}: ${setup}.${failed ? ` ${failed} requests failed.` : " Every request succeeded."}\n\n${table}\n\n${goals}\n\n${reading}\n<!-- bench-server:end -->`;
  const marker = /<!-- bench-server:start[\s\S]*?<!-- bench-server:end -->/;
  writeFileSync(file, marker.test(old) ? old.replace(marker, section) : `${old.trimEnd()}\n\n${section}\n`);
  console.log(`\nRecorded in ${path.relative(root, file)}.`);
}
