// Trains the learned second opinion (src/concepts/learned.ts): one logistic-regression model per
// rule over the features learned.ts reads from a post (word stems, word pairs, emoji, the
// account, concept tags, and the configured names as what they name: @name:organization …), from
// the labelled development sets and each model rule's own fixtures in fixtures/. Writes
// src/generated/models.ts.
//   --check   fail when the generated module is not what training gives (CI: stale models)
//   --cv      also report leave-one-set-out precision and recall per model (gates applied)
//   --dump F  with --cv, write each post's left-out scores and gates to F (for comparing thresholds)
//   --validate  also report each model's precision and recall on the validation sets (never trained on)
//   --dump-validation F  with --validate, write each validation post's scores and gates to F
// Blind sets are never read: they measure the models, so training on them would hide the truth.
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createLinter, definePolicyRule } from "@postlint/core";
import { findConfig } from "@postlint/core/node";
import { parse } from "yaml";
import { LEARNED_SURE_SCORE, learnedFeatures, learnedGateOpen } from "../dist/concepts/learned.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, "../..");
const outFile = path.resolve(here, "../src/generated/models.ts");

// Development sets (labelled by hand, already used to tune the rules), validation sets (scored
// blind once, then used to choose features, gates and thresholds) and blind sets (scored,
// never trained, tuned or validated on); rules/test/learned.test.ts checks they never meet.
const { training: TRAINING_SETS, validation: VALIDATION_SETS, blind: BLIND_SETS } = JSON.parse(readFileSync(path.join(here, "training-sets.json"), "utf8"));
/** Each model and the score at which it speaks (chosen by leave-one-set-out on the development sets, see docs/quality.md). */
const MODELS = { "workplace-conflict": 0.6, "insensitive-language": 0.7, "controversial-topic": 0.6, "confidential-info": 0.7, "financial-disclosure": 0.7 };
const EPOCHS = 30;
/** The orders training averages over (see train). */
const SEEDS = [1, 7919, 104729];
const LEARNING_RATE = 0.2;
const L2 = 1e-4;
// Positive posts are rare (5–15%): weigh them up, by the square root of the imbalance so the
// model does not learn to flag every post about work.
const POSITIVE_WEIGHT_POWER = 0.5;
// Weights below this are noise at this data size, and pruning them keeps the module small.
const MIN_WEIGHT = 0.1;

// The post the probe is reading: the probe rule records its features and gates there.
let current;
const probe = definePolicyRule({
  id: "learned-features-probe",
  meta: { description: "Collects learned.ts features for training.", policy: [], languages: ["en", "nl", "da"], defaultSeverity: "warn", fixable: false },
  messages: { en: { none: "none" } },
  async check(post, ctx) {
    // A name of the sample config written another way ("Hydra" alone for "Project Hydra") is the
    // sets' config, not language: no model may weigh it (rules/test/learned.test.ts).
    const names = configWords(ctx.config);
    current.features = [...(await learnedFeatures(post, ctx.config)).keys].filter((k) => !k.split(/[:_+]/u).some((part) => names.some((w) => part.startsWith(w))));
    current.lang = post.language;
    // The gate as it stands for any score, and as it stands for a score the model is sure of.
    current.gates = {};
    current.sureGates = {};
    for (const name of Object.keys(MODELS)) {
      current.gates[name] = await learnedGateOpen(post, name);
      current.sureGates[name] = await learnedGateOpen(post, name, LEARNED_SURE_SCORE);
    }
  },
});

/** Words generic enough to stay features though a configured name holds them ("Project Hydra", "Q3 forecast"). */
const GENERIC_NAME_WORDS = new Set(["project", "traders", "forecast"]);
/** The first five letters of each distinctive word of the config's names (organization, competitors, products, confidential terms), once a config. */
const wordsOfConfig = new WeakMap();
function configWords(config) {
  let words = wordsOfConfig.get(config);
  if (!words) wordsOfConfig.set(config, (words = namePrefixes(config)));
  return words;
}
function namePrefixes(config) {
  const org = config.organization;
  const names = [org.name, ...org.aliases, ...org.competitors, ...config.products.flatMap((p) => [p.name, ...p.aliases]), ...config.confidential.terms];
  const words = names.flatMap((n) => (n ?? "").toLowerCase().split(/[^\p{L}\p{N}]+/u)).filter((w) => w.length >= 5 && !GENERIC_NAME_WORDS.has(w));
  return [...new Set(words.map((w) => w.slice(0, 5)))];
}

const args = new Set(process.argv.slice(2));
for (const set of TRAINING_SETS) if (BLIND_SETS.includes(set) || VALIDATION_SETS.includes(set)) throw new Error(`${set} is blind or a validation set: it must not be trained on`);

const posts = await readPosts(TRAINING_SETS);
const ruleFixtures = await readRuleFixtures();
const trained = Object.fromEntries(Object.keys(MODELS).map((name) => [name, train([...posts, ...ruleFixtures], name)]));
const generated = render(Object.fromEntries(Object.entries(MODELS).map(([name, threshold]) => [name, { threshold, ...trained[name] }])));
if (args.has("--cv")) crossValidate();
if (args.has("--validate")) validate(await readPosts(VALIDATION_SETS));
if (args.has("--check")) {
  if (readFileSync(outFile, "utf8") !== generated) {
    console.error("postlint: rules/src/generated/models.ts is stale: run `pnpm --filter @postlint/rules run models`");
    process.exit(1);
  }
} else writeFileSync(outFile, generated);

/** Every post of the given sets with its features, read through the real linter. */
async function readPosts(sets) {
  const out = [];
  for (const set of sets) {
    const dir = path.join(repo, "fixtures", set);
    const { config } = await findConfig(dir);
    const linter = createLinter({ packs: [{ name: "probe", rules: [probe] }], config: { ...config, rules: {} } });
    for (const lang of ["en", "nl", "da"]) {
      for (const p of parse(readFileSync(path.join(dir, `${lang}.yaml`), "utf8"))) {
        current = { set, id: p.id, expect: new Set(p.expect ?? []) };
        const meta = { date: String(p.date ?? "2026-12-01").slice(0, 10) };
        for (const key of ["platform", "account", "author", "lang"]) if (p[key] !== undefined) meta[key] = String(p[key]);
        await linter.lint({ text: p.text, filePath: p.id, meta });
        if (!current.features) throw new Error(`${set}/${p.id}: no features`);
        out.push(current);
      }
    }
  }
  return out;
}

/**
 * Each model's own rule fixtures (fixtures/<rule>/<lang>/{valid,invalid}/): the hard cases the
 * rule was written around (a negated grievance, an apology, "ants are a plague"). They are
 * labelled for that rule only, so they train that model only (`only`), and they are never left
 * out or scored: the fixture tests hold them.
 */
async function readRuleFixtures() {
  const root = path.join(repo, "fixtures");
  const { config } = await findConfig(root);
  const linter = createLinter({ packs: [{ name: "probe", rules: [probe] }], config: { ...config, rules: {} } });
  const out = [];
  for (const name of Object.keys(MODELS)) {
    for (const lang of ["en", "nl", "da"]) {
      for (const kind of ["valid", "invalid"]) {
        const dir = path.join(root, name, lang, kind);
        if (!existsSync(dir)) continue;
        for (const file of readdirSync(dir).filter((f) => f.endsWith(".md")).sort()) {
          current = { set: `${name}-fixtures`, id: `${lang}/${kind}/${file}`, only: name, expect: new Set(kind === "invalid" ? [name] : []) };
          await linter.lint({ text: readFileSync(path.join(dir, file), "utf8"), filePath: path.join(dir, file), meta: { date: "2026-12-01" } });
          if (!current.features) throw new Error(`${name}/${current.id}: no features`);
          out.push(current);
        }
      }
    }
  }
  return out;
}

/** Logistic regression by stochastic gradient descent, in a fixed order so training is reproducible. */
function train(all, name) {
  // One SGD run depends on the order it reads the posts in: a new tag or a few new posts reshuffle
  // it and flip a handful of borderline findings each retraining. The average of runs over several
  // orders is the steadier model (what each run learns in common, less what one order happened to).
  const runs = SEEDS.map((seed) => trainOnce(all, name, seed));
  const weights = new Map();
  for (const run of runs) for (const [k, w] of run.weights) weights.set(k, (weights.get(k) ?? 0) + w / runs.length);
  const bias = runs.reduce((sum, run) => sum + run.bias, 0) / runs.length;
  for (const [k, w] of weights) if (Math.abs(w) < MIN_WEIGHT) weights.delete(k);
  return { bias, weights };
}

/** One logistic-regression run over the posts in an order drawn from `firstSeed`. */
function trainOnce(all, name, firstSeed) {
  const data = all.filter((p) => p.only === undefined || p.only === name);
  const weights = new Map();
  let bias = 0;
  const positives = data.filter((p) => p.expect.has(name)).length;
  const positiveWeight = ((data.length - positives) / Math.max(positives, 1)) ** POSITIVE_WEIGHT_POWER;
  const order = [...data];
  let seed = firstSeed;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    const rate = LEARNING_RATE / (1 + epoch * 0.1);
    for (const post of order) {
      const y = post.expect.has(name) ? 1 : 0;
      let z = bias;
      for (const k of post.features) z += weights.get(k) ?? 0;
      const gradient = (1 / (1 + Math.exp(-z)) - y) * (y ? positiveWeight : 1);
      bias -= rate * gradient * 0.1;
      const norm = Math.sqrt(post.features.length);
      for (const k of post.features) {
        const w = weights.get(k) ?? 0;
        weights.set(k, w - rate * (gradient / norm + L2 * w));
      }
    }
  }
  return { bias, weights };
}

function score(model, post) {
  let z = model.bias;
  for (const k of post.features) z += model.weights.get(k) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

/**
 * The module learned.ts reads. Per language (`any`: the language-free features), one JSON text
 * holds every feature some model weighs, sorted, and each model's weights in that order (0 where
 * the model gives the feature none): one JSON.parse and one table for the five models, where
 * "feature weight" lines took five tables of their own and a split, a slice and a Number() a line.
 */
function render(models) {
  const round = (n) => Math.round(n * 1000) / 1000;
  const names = Object.keys(models);
  const byLang = { en: new Map(), nl: new Map(), da: new Map(), any: new Map() };
  names.forEach((name, m) => {
    for (const [k, w] of models[name].weights) {
      const lang = /^(en|nl|da):/.exec(k)?.[1] ?? "any";
      let row = byLang[lang].get(k);
      if (!row) byLang[lang].set(k, (row = names.map(() => 0)));
      row[m] = round(w);
    }
  });
  const weights = Object.entries(byLang).map(([lang, rows]) => {
    const keys = [...rows.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const table = { keys, ...Object.fromEntries(names.map((name, m) => [name, keys.map((k) => rows.get(k)[m])])) };
    return `  ${lang}: ${JSON.stringify(JSON.stringify(table))},`;
  });
  const params = names.map((name) => `  ${JSON.stringify(name)}: { bias: ${round(models[name].bias)}, threshold: ${models[name].threshold} },`);
  return `// generated by scripts/train-models.mjs from the development sets ${TRAINING_SETS.join(", ")}; run \`pnpm --filter @postlint/rules run models\`
import type { Language } from "@postlint/core";

export type LearnedModelName = ${names.map((n) => JSON.stringify(n)).join(" | ")};
export interface LearnedModel {
  bias: number;
  threshold: number;
}
export const LEARNED_MODELS: Record<LearnedModelName, LearnedModel> = {
${params.join("\n")}
};
/**
 * Per language (\`any\`: language-free features), JSON: \`keys\`, every feature some model weighs
 * (sorted), and under each model's name its weights in the same order (0: not weighed).
 */
export const LEARNED_WEIGHTS: Record<Language | "any", string> = {
${weights.join("\n")}
};
`;
}

/** Precision and recall around each model's threshold, gates applied (a sure score needs only the sure gate). */
function report(name, scored) {
  return [0.3, 0.4, 0.5, 0.6, 0.7].map((threshold) => {
    const c = { tp: 0, fp: 0, fn: 0, clean: 0 };
    for (const [post, s] of scored) {
      const hit = (post.gates[name] || (s >= LEARNED_SURE_SCORE && post.sureGates[name])) && s >= threshold;
      const want = post.expect.has(name);
      if (hit && want) c.tp++;
      else if (hit) {
        c.fp++;
        if (post.expect.size === 0) c.clean++;
      } else if (want) c.fn++;
    }
    return `${threshold}: P ${(c.tp / (c.tp + c.fp || 1)).toFixed(2)} R ${(c.tp / (c.tp + c.fn || 1)).toFixed(2)} (FP ${c.fp}, clean ${c.clean})`;
  });
}

/** The models trained on every development set, scored on the validation sets (blind sets are never scored here). */
function validate(held) {
  if (held.length === 0) return console.log("no validation sets in training-sets.json");
  const scores = new Map(held.map((p) => [p, {}]));
  for (const name of Object.keys(MODELS)) {
    for (const post of held) scores.get(post)[name] = score(trained[name], post);
    console.log(`${name} (threshold ${MODELS[name]}), alone on the validation sets ${VALIDATION_SETS.join(", ")}: ${report(name, held.map((p) => [p, scores.get(p)[name]])).join(" · ")}`);
  }
  dumpScores("--dump-validation", held, scores);
}

/** With `flag FILE`, each post's scores and gates go to FILE (for comparing thresholds). */
function dumpScores(flag, scored, scores) {
  const at = process.argv.indexOf(flag);
  if (at >= 0) writeFileSync(process.argv[at + 1], JSON.stringify(scored.map((p) => ({ id: `${p.set}/${p.id}`, expect: [...p.expect], gates: p.gates, sureGates: p.sureGates, scores: scores.get(p) }))));
}

/** Leave one set out: train on the others, score it; precision and recall around the model's threshold, gates applied. */
function crossValidate() {
  const scores = new Map(posts.map((p) => [p, {}]));
  for (const name of Object.keys(MODELS)) {
    for (const set of TRAINING_SETS) {
      const model = train([...posts.filter((p) => p.set !== set), ...ruleFixtures], name);
      for (const post of posts.filter((p) => p.set === set)) scores.get(post)[name] = score(model, post);
    }
    const line = report(name, posts.map((p) => [p, scores.get(p)[name]]));
    console.log(`${name} (threshold ${MODELS[name]}), alone on left-out sets: ${line.join(" · ")}`);
  }
  dumpScores("--dump", posts, scores);
}
