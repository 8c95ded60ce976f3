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

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../../..");
const config = path.join(root, "fixtures/.postlintrc.yaml");
const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const SECONDS = quick ? 3 : 10;
const CONNECTIONS = [1, 8, 32];
const posts = benchPosts(500);

async function inProcess() {
  const { config: resolved } = await loadConfigFile(config);
  const linter = createLinter({ packs: [pack], config: resolved });
  for (const p of posts) await linter.lint({ text: p.text, meta: { platform: p.platform, date: p.date } });
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

function startServer() {
  const child = fork(path.join(here, "serve-child.mjs"), [config], { stdio: ["ignore", "ignore", "inherit", "ipc"] });
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
const before = await inProcess();
console.log(`in-process lint (one thread): ${before.perSec.toFixed(0)} posts/s, p50 ${before.p50.toFixed(2)} ms, p99 ${before.p99.toFixed(2)} ms`);

const { url, child } = await startServer();
const rows = [];
try {
  await drive(url, 8, 2); // warm-up: JIT and connection set-up
  for (const connections of CONNECTIONS) {
    const r = await drive(url, connections, SECONDS);
    const bad = r.non2xx + r.errors + r.timeouts;
    rows.push({ connections, perSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bad });
    console.log(`HTTP, ${String(connections).padStart(2)} connection${connections === 1 ? " " : "s"}: ${r.requests.average.toFixed(0)} req/s, p50 ${r.latency.p50} ms, p99 ${r.latency.p99} ms${bad ? `, ${bad} failed` : ""}`);
  }
} finally {
  child.kill("SIGTERM");
}
// Measured again after the HTTP rows, so a neighbour's load during the run shows as a spread
// between the two instead of skewing the ratio unnoticed.
const after = await inProcess();
console.log(`in-process lint again: ${after.perSec.toFixed(0)} posts/s (load average ${loadBefore.toFixed(1)} before, ${os.loadavg()[0].toFixed(1)} after)`);
const base = { perSec: (before.perSec + after.perSec) / 2, p50: (before.p50 + after.p50) / 2, p99: (before.p99 + after.p99) / 2 };

const table = [
  "| | req/s (posts/s) | p50 | p99 | vs in-process |",
  "| --- | ---: | ---: | ---: | ---: |",
  `| in-process \`lint()\`, one thread (mean of before and after: ${before.perSec.toFixed(0)}, ${after.perSec.toFixed(0)}) | ${base.perSec.toFixed(0)} | ${base.p50.toFixed(2)} ms | ${base.p99.toFixed(2)} ms | 100% |`,
  ...rows.map((r) => `| HTTP \`POST /v1/lint\`, ${r.connections} connection${r.connections === 1 ? "" : "s"} | ${r.perSec.toFixed(0)} | ${r.p50} ms | ${r.p99} ms | ${(r.perSec / base.perSec * 100).toFixed(0)}% |`),
].join("\n");
const failed = rows.reduce((n, r) => n + r.bad, 0);
console.log(`\n${table}`);
const setup = `${os.availableParallelism()} CPUs (${os.cpus()[0]?.model.trim() ?? "?"}), Node ${process.version}; the server ran with its default ${os.availableParallelism()} lint workers and JSON request logs, autocannon on the same machine, ${SECONDS} s per row, 1-minute load average ${loadBefore.toFixed(1)} at the start, ${posts.length} distinct posts of ${Math.min(...posts.map((p) => p.text.length))}–${Math.max(...posts.map((p) => p.text.length))} characters (60% English, 20% Dutch, 20% Danish, one in five with a finding)`;

if (!args.has("--no-write") && !quick) {
  const file = path.join(root, "docs/benchmarks.md");
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const section = `<!-- bench-server:start (written by pnpm bench:server) -->\n## Server\n\n\`pnpm bench:server\`, ${new Date().toISOString().slice(0, 10)}: ${setup}.${failed ? ` ${failed} requests failed.` : " Every request succeeded."}\n\n${table}\n<!-- bench-server:end -->`;
  const marker = /<!-- bench-server:start[\s\S]*?<!-- bench-server:end -->/;
  writeFileSync(file, marker.test(old) ? old.replace(marker, section) : `${old.trimEnd()}\n\n${section}\n`);
  console.log(`\nRecorded in ${path.relative(root, file)}.`);
}
