// Pathological inputs (issue #9 §5): for each shape in test-support/pathological-shapes.mjs, how
// lint time grows from n to 8n characters. Linear is 8×; a quadratic step shows as ~64×.
// In-process with the default pack and the sample organization (all rules on), one shape at a
// time in a child process of its own, so one shape's garbage does not bill the next.
//   node pathological.mjs <shape> <n,...>   prints one JSON line: { shape, ms: [...] }
import { execFileSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PATHOLOGICAL_UNITS, pathologicalShape } from "../test-support/pathological-shapes.mjs";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");

/** Runs every shape at `small` and `8 × small` characters; returns the Markdown table. */
export function benchPathological({ small }) {
  const large = small * 8;
  const rows = ["| pathological shape | ms at " + k(small) + " | ms at " + k(large) + " | ratio (linear 8×) |", "| --- | --: | --: | --: |"];
  for (const shape of Object.keys(PATHOLOGICAL_UNITS)) {
    const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), shape, `${small},${large}`], { cwd: here, encoding: "utf8", maxBuffer: 1 << 20 });
    const { ms } = JSON.parse(out.trim().split("\n").pop());
    const ratio = ms[1] / Math.max(ms[0], 1);
    rows.push(`| ${shape.replaceAll("|", "\\|")} | ${ms[0].toFixed(0)} | ${ms[1].toFixed(0)} | ${ratio.toFixed(1)}${ratio > 16 ? " ⚠" : ""} |`);
  }
  return rows.join("\n");
}

const k = (n) => `${n / 1000}k`;

async function measure(shape, sizes) {
  const { createLinter } = await import("@postlint/core");
  const { findConfig } = await import("@postlint/core/node");
  const { default: pack } = await import("@postlint/rules");
  const { config } = await findConfig(path.join(root, "fixtures"));
  const all = { ...config, rules: { ...Object.fromEntries(pack.rules.map((r) => [r.id, "warn"])), ...config.rules } };
  const linter = createLinter({ packs: [pack], config: all });
  const lint = (text) => linter.lint({ text, meta: { lang: "en", platform: "linkedin", date: "2026-12-01" } });
  // Warm up: lexicons compiled, code optimised, on the same shape at a small size.
  await lint(pathologicalShape(shape, 1_000));
  const ms = [];
  for (const n of sizes) {
    const text = pathologicalShape(shape, n);
    const started = performance.now();
    await lint(text);
    ms.push(performance.now() - started);
  }
  return ms;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [shape, sizes] = process.argv.slice(2);
  const ms = await measure(shape, sizes.split(",").map(Number));
  console.log(JSON.stringify({ shape, ms }));
}
