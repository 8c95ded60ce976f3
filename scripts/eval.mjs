#!/usr/bin/env node
// pnpm eval: precision, recall and F1 per rule and language on the labeled corpus
// (fixtures/corpus/<lang>.yaml), and the false-positive rate on clean posts. Exits 1 below target.
//   --write   also record the figures in docs/quality.md
//   --verbose list every false positive and false negative
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter } from "@postlint/core";
import { findConfig } from "@postlint/core/node";
import pack from "@postlint/rules";
import { parse } from "yaml";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const argv = process.argv.slice(2);
const corpusArg = argv.indexOf("--corpus");
// --corpus DIR evaluates another labeled set of the same format (e.g. a held-out one).
const corpusDir = corpusArg >= 0 && argv[corpusArg + 1] ? path.resolve(argv[corpusArg + 1]) : path.join(root, "fixtures/corpus");
const LANGS = ["en", "nl", "da"];
const DEFAULT_DATE = "2026-12-01";
/** Targets from the rule-pack issues: part 1 (what must never leak) and part 2 (conduct and voice). */
const STRICT = new Set(["confidential-info", "unreleased-product", "financial-disclosure", "personal-data", "secret", "image-policy"]);
const target = (rule) => (STRICT.has(rule) ? { precision: 0.95, recall: 0.85 } : { precision: 0.9, recall: 0.85 });
const MAX_CLEAN_FPR = 0.05;
const args = new Set(argv);

const { config } = await findConfig(corpusDir);
const linter = createLinter({ packs: [pack], config });
const ruleIds = pack.rules.map((r) => r.id);
const counts = {}; // rule -> lang -> {tp, fp, fn}
const misses = [];
const incidents = { expected: 0, found: 0 };
const detection = { total: 0, right: 0 };
let clean = 0;
let cleanFlagged = 0;
const cleanFlaggedBy = {};

for (const lang of LANGS) {
  const posts = parse(readFileSync(path.join(corpusDir, `${lang}.yaml`), "utf8"));
  for (const post of posts) {
    // The language is detected, as for real posts; the file's language is only the label.
    const meta = { date: dayOf(post.date) };
    for (const key of ["platform", "account", "author", "lang"]) if (post[key] !== undefined) meta[key] = String(post[key]);
    const result = await linter.lint({ text: post.text, filePath: post.id, meta });
    detection.total++;
    if (result.language === lang) detection.right++;
    else misses.push(`LANG ${post.id}: detected ${result.language}`);
    const fatal = result.messages.find((m) => m.fatal);
    if (fatal) throw new Error(`${post.id}: ${fatal.message}`);
    const got = new Set(result.messages.map((m) => m.ruleId).filter((id) => ruleIds.includes(id)));
    const want = new Set(post.expect ?? []);
    for (const rule of ruleIds) {
      const c = ((counts[rule] ??= {})[lang] ??= { tp: 0, fp: 0, fn: 0 });
      if (got.has(rule) && want.has(rule)) c.tp++;
      else if (got.has(rule)) {
        c.fp++;
        misses.push(`FP ${rule} ${post.id}: ${result.messages.find((m) => m.ruleId === rule)?.text ?? ""} | ${oneLine(post.text)}`);
      } else if (want.has(rule)) {
        c.fn++;
        misses.push(`FN ${rule} ${post.id}: ${oneLine(post.text)}`);
      }
    }
    // Posts modelled on documented incidents (their note starts "Incident type:"): the issue's
    // real-incident recall, over every expected rule of those posts.
    if (/^incident type:/i.test(String(post.note ?? "")) || /^inc-/.test(String(post.id))) {
      for (const rule of want) {
        incidents.expected++;
        if (got.has(rule)) incidents.found++;
      }
    }
    if (want.size === 0) {
      clean++;
      if (got.size > 0) {
        cleanFlagged++;
        for (const r of got) cleanFlaggedBy[r] = (cleanFlaggedBy[r] ?? 0) + 1;
      }
    }
  }
}

const ratio = (a, b) => (b === 0 ? null : a / b);
const fmt = (x) => (x === null ? "  –  " : x.toFixed(2));
const rows = [];
let failed = [];
for (const rule of ruleIds) {
  for (const lang of LANGS) {
    const { tp, fp, fn } = counts[rule][lang];
    const precision = ratio(tp, tp + fp);
    const recall = ratio(tp, tp + fn);
    const f1 = precision !== null && recall !== null && precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : null;
    const t = target(rule);
    const below = (precision !== null && precision < t.precision) || (recall !== null && recall < t.recall) || (tp + fn === 0 ? false : tp === 0);
    if (below) failed.push(`${rule}/${lang}`);
    rows.push({ rule, lang, tp, fp, fn, precision, recall, f1, below, t });
  }
}
const fpr = clean === 0 ? 0 : cleanFlagged / clean;
if (fpr > MAX_CLEAN_FPR) failed.push(`clean-post false-positive rate ${(fpr * 100).toFixed(1)}% > 5%`);

const lines = [];
lines.push(`| rule | lang | TP | FP | FN | precision | recall | F1 | target P/R |`, `| --- | --- | --: | --: | --: | --: | --: | --: | --- |`);
for (const r of rows) lines.push(`| ${r.rule} | ${r.lang} | ${r.tp} | ${r.fp} | ${r.fn} | ${fmt(r.precision)} | ${fmt(r.recall)} | ${fmt(r.f1)} | ${r.t.precision}/${r.t.recall}${r.below ? " ✗" : ""} |`);
const summary = `Clean posts: ${clean}; flagged by any rule: ${cleanFlagged} (false-positive rate ${(fpr * 100).toFixed(1)}%, target ≤ 5%)` + (cleanFlagged ? ` — by rule: ${Object.entries(cleanFlaggedBy).map(([r, n]) => `${r} ${n}`).join(", ")}` : "");
// Micro-averaged over every (post, rule) pair: the acceptance sets' headline figures.
const micro = (langs) => {
  let tp = 0, fp = 0, fn = 0;
  for (const r of rows) if (langs.includes(r.lang)) ({ tp, fp, fn } = { tp: tp + r.tp, fp: fp + r.fp, fn: fn + r.fn });
  const p = ratio(tp, tp + fp), rc = ratio(tp, tp + fn);
  return { p, r: rc, f1: p !== null && rc !== null && p + rc > 0 ? (2 * p * rc) / (p + rc) : null };
};
const microLine = ["all", ...LANGS]
  .map((l) => {
    const m = micro(l === "all" ? LANGS : [l]);
    return `${l} F1 ${fmt(m.f1)} (P ${fmt(m.p)} / R ${fmt(m.r)})`;
  })
  .join(" · ");
const detected = `Language detection: ${detection.right}/${detection.total} posts detected as their corpus language (${((detection.right / detection.total) * 100).toFixed(1)}%).`;
console.log(lines.join("\n"));
console.log(`\n${detected}`);
console.log(`\n${summary}`);
console.log(`\nMicro-averaged: ${microLine}`);
if (incidents.expected > 0) console.log(`\nIncident-type posts: recall ${fmt(incidents.found / incidents.expected)} (${incidents.found} of ${incidents.expected} expected findings).`);
if (args.has("--verbose")) console.log("\n" + misses.join("\n"));
if (args.has("--write")) {
  // Each labeled set has its own section, so the main corpus and the held-out set sit side by side.
  const name = path.relative(root, corpusDir);
  const file = path.join(root, "docs/quality.md");
  const intro = name === "fixtures/corpus"
    ? "The labeled corpus the rules were developed against"
    : "A held-out set written independently, without sight of the lexicons, the corpus or the fixtures, to check that the rules generalise. Its first run found weaknesses that were then fixed in general form (see the git history), so it is no longer fully blind; write a fresh one before trusting these figures for new rules";
  const section = `<!-- eval:${name}:start -->\n## ${name}\n\n${intro} (\`${name}/\`, with its own \`.postlintrc.yaml\`; \`controversial-topic\` enabled for politics and religion). Languages are detected, as for real posts. A cell with "–" has no positives or no findings to measure.\n\n${lines.join("\n")}\n\n${summary}\n\nMicro-averaged: ${microLine}\n\n${detected}\n<!-- eval:${name}:end -->`;
  const old = existsSync(file) ? readFileSync(file, "utf8") : "";
  const marker = new RegExp(`<!-- eval:${name.replace(/[/.]/g, "\\$&")}:start -->[\\s\\S]*?<!-- eval:${name.replace(/[/.]/g, "\\$&")}:end -->`);
  const head = "# Quality\n\n<!-- generated by `pnpm eval --write` (and `--corpus DIR --write`); do not edit by hand -->\n\nPrecision, recall and F1 per rule and language, and the false-positive rate on clean posts. Targets: precision ≥ 0.95 and recall ≥ 0.85 for the rules about leaks (confidential-info, unreleased-product, financial-disclosure, personal-data, secret, image-policy); precision ≥ 0.90 and recall ≥ 0.85 for the others; at most 5% of clean posts flagged by any rule.\n";
  const base = old.startsWith("# Quality") && old.includes("<!-- eval:") ? old : head;
  const next = marker.test(base) ? base.replace(marker, section) : `${base.trimEnd()}\n\n${section}\n`;
  writeFileSync(file, next);
}
if (failed.length) {
  console.error(`\npostlint eval: below target: ${failed.join(", ")}`);
  process.exit(1);
}
console.log("\nAll targets met.");

/** YAML 1.1 readers turn unquoted dates into Date objects; the JS yaml package keeps strings. */
function dayOf(value) {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value === undefined ? DEFAULT_DATE : String(value);
}

function oneLine(s) {
  return s.replace(/\s+/g, " ").slice(0, 120);
}
