#!/usr/bin/env node
// pnpm bench: postlint side by side with alex (its peer) and the bare parse floor, in one run.
// Prints medians with ranges and ratios; records them in docs/benchmarks.md (--no-write to skip).
//   --quick   fewer repetitions (for a smoke run)
//   --no-memory  skip linting a 5 MB post and streaming 200,000 posts as NDJSON (a few minutes,
//                for peak RSS; --quick skips it too)
// Pathological inputs (digits, "1." repeated, "[" repeated, one long word, …) are linted at 10k and
// 80k characters (--quick: 5k and 40k) and the time ratio printed: linear is 8×.
import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { generateCorpus } from "./corpus.mjs";
import { benchImages } from "./images.mjs";
import { benchPathological } from "./pathological.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");
const args = new Set(process.argv.slice(2));
const quick = args.has("--quick");
const REPEATS = quick ? 1 : 3;
const ONE_FILE_RUNS = quick ? 3 : 10;
const POSTLINT = path.join(root, "packages/cli/bin/postlint.js");
const ALEX = path.join(here, "node_modules/alex/cli.js");
const TIME = existsSync("/usr/bin/time") ? "/usr/bin/time" : undefined;

const tmp = mkdtempSync(path.join(os.tmpdir(), "postlint-bench-"));
const posts = generateCorpus(2000);
const ndjson = path.join(tmp, "posts.ndjson");
writeFileSync(ndjson, posts.map((p) => JSON.stringify(p)).join("\n") + "\n");
const dir = path.join(tmp, "posts");
mkdirSync(dir);
for (const p of posts) writeFileSync(path.join(dir, `${p.id}.md`), p.text + "\n");
writeFileSync(path.join(tmp, "one.md"), posts[0].text + "\n");
// The bench posts use the sample organization, as a real content repo would.
writeFileSync(path.join(tmp, ".postlintrc.yaml"), readFileSync(path.join(root, "fixtures/.postlintrc.yaml")));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const range = (xs) => `${fmt(Math.min(...xs))}–${fmt(Math.max(...xs))}`;
const fmt = (x) => (x >= 100 ? x.toFixed(0) : x >= 10 ? x.toFixed(1) : x.toFixed(2));

function inProcess(subject) {
  const runs = [];
  for (let i = 0; i < REPEATS; i++) {
    const out = execFileSync(process.execPath, [path.join(here, "inproc.mjs"), subject, ndjson, quick ? "1" : "2"], { cwd: here, encoding: "utf8", maxBuffer: 1 << 24 });
    runs.push(JSON.parse(out.trim().split("\n").pop()));
  }
  const pick = (k) => runs.map((r) => r[k]);
  return { subject, postsPerSec: pick("postsPerSec"), p50us: pick("p50us"), p99us: pick("p99us"), maxRssMB: pick("maxRssMB") };
}

/** Wall time (s) and peak RSS (MB) of a whole command, via GNU time when present. */
function timeCommand(cmd, cmdArgs, runs) {
  const walls = [];
  const rss = [];
  for (let i = 0; i < runs; i++) {
    const t0 = process.hrtime.bigint();
    const res = TIME
      ? spawnSync(TIME, ["-f", "%M", cmd, ...cmdArgs], { cwd: tmp, encoding: "utf8", stdio: ["ignore", "ignore", "pipe"], maxBuffer: 1 << 26 })
      : spawnSync(cmd, cmdArgs, { cwd: tmp, stdio: "ignore" });
    walls.push(Number(process.hrtime.bigint() - t0) / 1e9);
    if (TIME) rss.push(Number(res.stderr.trim().split("\n").pop()) / 1024);
  }
  return { wall: walls, rss };
}

console.log(`postlint bench: ${posts.length} posts in ${tmp}; ${os.cpus().length} cores, ${os.cpus()[0]?.model ?? "?"}, Node ${process.version}`);
const results = {};
for (const subject of ["postlint", "alex", "floor"]) {
  process.stdout.write(`  in-process ${subject}…`);
  results[subject] = inProcess(subject);
  console.log(` ${fmt(median(results[subject].postsPerSec))} posts/s`);
}
process.stdout.write("  CLI on one file…");
const oneFile = {
  postlint: timeCommand(process.execPath, [POSTLINT, "one.md"], ONE_FILE_RUNS),
  alex: timeCommand(process.execPath, [ALEX, "one.md"], ONE_FILE_RUNS),
  node: timeCommand(process.execPath, ["-e", ""], ONE_FILE_RUNS),
};
console.log(" done");
process.stdout.write("  CLI on 2,000 files…");
const manyFiles = {
  postlint: timeCommand(process.execPath, [POSTLINT, "posts"], REPEATS),
  alex: timeCommand(process.execPath, [ALEX, "posts"], quick ? 1 : 2),
};
console.log(" done\n");

let memory;
if (!args.has("--no-memory") && !quick) {
  process.stdout.write("  memory: a 5 MB post and a 200,000-post NDJSON stream…");
  const big = path.join(tmp, "big.md");
  let text = "";
  for (let i = 0; text.length < 5 * 1024 * 1024; i++) text += posts[i % posts.length].text + "\n\n";
  writeFileSync(big, text);
  const stream = path.join(tmp, "stream.ndjson");
  const lines = readFileSync(ndjson, "utf8");
  writeFileSync(stream, "");
  for (let i = 0; i < 100; i++) writeFileSync(stream, lines, { flag: "a" });
  memory = {
    big: timeCommand(process.execPath, [POSTLINT, "--max-file-size", "10mb", "--format", "json", "big.md"], 1),
    stream: timeCommand(process.execPath, [POSTLINT, "--ndjson", "stream.ndjson"], 1),
  };
  console.log(" done");
}

const rows = [];
const inRow = (label, r) => rows.push(`| ${label} | ${fmt(median(r.postsPerSec))} (${range(r.postsPerSec)}) | ${fmt(median(r.p50us))} | ${fmt(median(r.p99us))} | ${fmt(median(r.maxRssMB))} |`);
const table1 = ["| in-process, 2,000 posts | posts/s (range) | µs/post p50 | µs/post p99 | peak RSS MB |", "| --- | --: | --: | --: | --: |"];
inRow("postlint, full default pack (3 languages)", results.postlint);
inRow("alex JS API (English only)", results.alex);
inRow("parse floor (remark + retext, no rules)", results.floor);
table1.push(...rows);
const cmdRow = (label, r) => `| ${label} | ${fmt(median(r.wall))} (${range(r.wall)}) | ${r.rss.length ? fmt(median(r.rss)) : "–"} |`;
const table2 = [
  "| whole process | wall s (range) | peak RSS MB |",
  "| --- | --: | --: |",
  cmdRow("`node -e ''`", oneFile.node),
  cmdRow("postlint CLI, one file", oneFile.postlint),
  cmdRow("alex CLI, one file", oneFile.alex),
  cmdRow("postlint CLI, 2,000 files", manyFiles.postlint),
  cmdRow("alex CLI, 2,000 files", manyFiles.alex),
];
const perPost = (s) => 1 / median(results[s].postsPerSec);
// The goals of issue 15, each with the figure from this run and whether it is met.
const goals = [
  ["CLI on one file / `node -e ''`", median(oneFile.postlint.wall) / median(oneFile.node.wall), 3, "×"],
  ["CLI on one file / alex CLI", median(oneFile.postlint.wall) / median(oneFile.alex.wall), 0.3, "×"],
  ["in-process per post / parse floor", perPost("postlint") / perPost("floor"), 2.5, "×"],
  ["CLI on 2,000 files / alex CLI", median(manyFiles.postlint.wall) / median(manyFiles.alex.wall), 0.2, "×"],
  ["peak RSS: one 5 MB post (`--max-file-size 10mb`)", memory?.big.rss[0], 300, " MB", "<"],
  ["peak RSS: 200,000 posts streamed with `--ndjson`", memory?.stream.rss[0], 300, " MB", "<"],
];
const verdict = (value, goal, strict) => (value === undefined || Number.isNaN(value) ? "not measured" : (strict ? value < goal : value <= goal) ? "**met**" : `**not met** (${fmt(value - goal)} over)`);
const table3 = [
  "| goal (issue 15, same run) | now | goal | met |",
  "| --- | --: | --: | --- |",
  ...goals.map(([label, value, goal, unit, op]) => {
    const shown = value === undefined || Number.isNaN(value) ? "–" : unit === "×" ? `${value.toFixed(2)}×` : `${fmt(value)} MB`;
    return `| ${label} | ${shown} | ${op ?? "≤"} ${unit === "×" ? `${goal}×` : `${goal} MB`} | ${verdict(value, goal, op === "<")} |`;
  }),
  `| in-process per post / alex (issue 6) | ${(perPost("postlint") / perPost("alex")).toFixed(2)}× | ≤ 1× | ${verdict(perPost("postlint") / perPost("alex"), 1, false)} |`,
];
const machine = `${os.cpus().length} × ${os.cpus()[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}`;
const table4 = memory
  ? ["", "| bounded memory | wall s | peak RSS MB |", "| --- | --: | --: |", `| one 5 MB post (\`--max-file-size 10mb\`) | ${fmt(memory.big.wall[0])} | ${fmt(memory.big.rss[0] ?? NaN)} |`, `| 200,000 posts streamed with \`--ndjson\` | ${fmt(memory.stream.wall[0])} | ${fmt(memory.stream.rss[0] ?? NaN)} |`]
  : [];
process.stdout.write("  pathological inputs, n → 8n characters…");
const pathological = benchPathological({ small: quick ? 5_000 : 10_000 });
console.log(" done");
process.stdout.write("  images: OCR per image, posts without images…");
const images = await benchImages({ repeats: quick ? 1 : 3 });
console.log(" done\n");
const report = [`Machine: ${machine}. Medians of ${REPEATS} runs (one-file CLI: ${ONE_FILE_RUNS} runs), ranges in brackets.`, "", ...table1, "", ...table2, "", ...table3, ...table4, "", images, "", pathological].join("\n");
console.log(report);

if (!args.has("--no-write") && !quick) {
  const file = path.join(root, "docs/benchmarks.md");
  const old = existsSync(file) ? readFileSync(file, "utf8") : "# Benchmarks\n";
  const section = `<!-- bench:start (written by pnpm bench) -->\n## Engine and CLI\n\n\`pnpm bench\`, ${new Date().toISOString().slice(0, 10)}. ${report}\n<!-- bench:end -->`;
  const next = /<!-- bench:start[\s\S]*?<!-- bench:end -->/.test(old) ? old.replace(/<!-- bench:start[\s\S]*?<!-- bench:end -->/, section) : `${old.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
  console.log(`\nRecorded in ${path.relative(root, file)}.`);
}
rmSync(tmp, { recursive: true, force: true });
