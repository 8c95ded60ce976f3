// One in-process measurement in its own process (so peak RSS is its own):
//   node inproc.mjs <postlint|alex|floor> <posts.ndjson> <rounds>
// Prints one JSON line: posts/s, µs per post p50/p99, peak RSS.
import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const [subject, file, roundsArg] = process.argv.slice(2);
const posts = readFileSync(file, "utf8").trim().split("\n").map((l) => JSON.parse(l));
const rounds = Number(roundsArg ?? 2);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

async function subjectFn() {
  if (subject === "postlint") {
    const { createLinter } = await import("@postlint/core");
    const { findConfig } = await import("@postlint/core/node");
    const { default: pack } = await import("@postlint/rules");
    const { config } = await findConfig(path.join(root, "fixtures"));
    const linter = createLinter({ packs: [pack], config });
    return (post) => linter.lint({ text: post.text, filePath: post.id, meta: { date: "2026-12-01" } });
  }
  if (subject === "alex") {
    const { markdown } = await import("alex");
    return (post) => markdown(post.text);
  }
  if (subject === "floor") {
    const { unified } = await import("unified");
    const { default: remarkParse } = await import("remark-parse");
    const { default: remarkRetext } = await import("remark-retext");
    const { ParseEnglish } = await import("parse-english");
    const { ParseDutch } = await import("parse-dutch");
    const { ParseLatin } = await import("parse-latin");
    const md = unified().use(remarkParse).freeze();
    const prose = { en: unified().use(remarkRetext, ParseEnglish).freeze(), nl: unified().use(remarkRetext, ParseDutch).freeze(), da: unified().use(remarkRetext, ParseLatin).freeze() };
    return (post) => prose[post.lang].runSync(md.parse(post.text), post.text);
  }
  throw new Error(`unknown subject ${subject}`);
}

const run = await subjectFn();
// Warm-up: compile lazily loaded matchers and let the JIT settle, as a long-running process would.
for (const post of posts.slice(0, 200)) await run(post);
const times = [];
const started = performance.now();
for (let r = 0; r < rounds; r++) {
  for (const post of posts) {
    const t0 = performance.now();
    await run(post);
    times.push(performance.now() - t0);
  }
}
const elapsed = performance.now() - started;
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))] * 1000;
console.log(JSON.stringify({ subject, posts: times.length, postsPerSec: times.length / (elapsed / 1000), p50us: q(0.5), p99us: q(0.99), maxRssMB: process.resourceUsage().maxRSS / 1024 }));
