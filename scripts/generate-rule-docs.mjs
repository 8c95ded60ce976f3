#!/usr/bin/env node
// pnpm docs: writes docs/rules/<id>.md and docs/rules/README.md from each rule's metadata,
// messages, option schema and fixtures. pnpm docs:check (--check) fails when they are stale.
// Text between <!-- rationale:start --> and <!-- rationale:end --> is hand-written and kept.
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { z } from "@postlint/core";
import pack from "@postlint/rules";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const docsDir = path.join(root, "docs/rules");
const check = process.argv.includes("--check");
const LANGS = { en: "English", nl: "Dutch", da: "Danish" };
const RATIONALE = /<!-- rationale:start -->[\s\S]*?<!-- rationale:end -->/;
const EXAMPLES_PER_KIND = 2;
// Options whose schema carries no description (the rule's JSDoc is not in the schema).
const OPTION_TEXT = {
  "financial-disclosure.tickers": "The organization's own and other tickers to recognise without `$` (e.g. `[\"NWND\"]`).",
  "platform-limits.limits": "Override a platform's limits for a house style, e.g. `{ linkedin: { maxLength: 1300 }, instagram: { maxHashtags: 5 } }` (`maxLength`, `maxHashtags`, `maxMentions`).",
  "profanity.minConfidence": "How sure a match must be to be reported: `high` only clear profanity, `medium` (default) also milder words, `low` also words that are often harmless.",
  "profanity.allow": "Words never to flag in this organization (a place name, a product).",
};
// Every rule takes Vale-style vocabularies; the engine handles them, not the rule.
const VOCABULARY = [
  ["accept", "list of string", "Words or phrases this rule never flags (Vale's accept vocabulary), e.g. a town or product name that looks like a hit."],
  ["reject", "list of string", "Words or phrases this rule always flags, with a message that says they are on your organization's reject list."],
];


const outputs = new Map();
for (const rule of pack.rules) outputs.set(path.join(docsDir, `${rule.id}.md`), ruleDoc(rule));
outputs.set(path.join(docsDir, "README.md"), indexDoc());

const stale = [];
for (const [file, content] of outputs) {
  const old = existsSync(file) ? readFileSync(file, "utf8") : undefined;
  const next = old && RATIONALE.test(old) ? content.replace(RATIONALE, old.match(RATIONALE)[0]) : content;
  if (old === next) continue;
  if (check) stale.push(path.relative(root, file));
  else {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, next);
  }
}
if (check && stale.length) {
  console.error(`postlint docs: stale: ${stale.join(", ")}. Run \`pnpm docs\` and commit the result.`);
  process.exit(1);
}
if (!check) console.log(`postlint docs: ${outputs.size} files up to date in docs/rules/`);

function ruleDoc(rule) {
  const m = rule.meta;
  const out = [`<!-- generated from rules/src/${rule.id}.ts; edit that -->`, `# \`${rule.id}\``, "", m.description, ""];
  out.push("| | |", "| --- | --- |");
  out.push(`| Policy | ${m.policy.map((id) => clauseTitle(id)).join("; ") || "—"} |`);
  out.push(`| Default severity | ${m.defaultSeverity}${m.defaultSeverity === "off" ? " (turn it on in `rules:`)" : ""} |`);
  out.push(`| Languages | ${m.languages.map((l) => LANGS[l] ?? l).join(", ")} |`);
  out.push(`| Accounts | ${m.accounts ? m.accounts.join(", ") : "personal and official"} |`);
  out.push(`| Fixable | ${m.fixable ? "yes (`postlint --fix`)" : "no"} |`, "");
  out.push("## Options", "", ...optionsDoc(rule), "");
  out.push("## Messages", "", "Each finding uses one of these messages, in the post's language. `{text}` is the flagged text (masked where it is sensitive).", "");
  for (const id of Object.keys(rule.messages.en)) {
    out.push(`### ${id}`, "");
    for (const lang of Object.keys(LANGS)) {
      const t = rule.messages[lang]?.[id];
      if (t) out.push(`- ${LANGS[lang]}: ${t}`);
    }
    out.push("");
  }
  out.push("## Examples", "", "From the rule's fixtures in `fixtures/" + rule.id + "/`.", "");
  for (const lang of Object.keys(LANGS)) {
    const flagged = examples(rule.id, lang, "invalid");
    const fine = examples(rule.id, lang, "valid");
    if (!flagged.length && !fine.length) continue;
    out.push(`### ${LANGS[lang]}`, "");
    for (const [kind, list] of [["Flagged", flagged], ["Fine", fine]]) {
      if (!list.length) continue;
      out.push(`${kind}:`, "");
      for (const ex of list) out.push("```markdown", ex, "```", "");
    }
  }
  out.push("## When to turn it off", "", "<!-- rationale:start -->", "<!-- rationale:end -->", "");
  return out.join("\n");
}

function optionsDoc(rule) {
  const rows = ["| Option | Type | Default | |", "| --- | --- | --- | --- |"];
  let props = [];
  if (rule.meta.options) {
    try {
      props = Object.entries(z.toJSONSchema(rule.meta.options, { io: "input", unrepresentable: "any" }).properties ?? {});
    } catch {
      props = [];
    }
  }
  for (const [name, p] of props) rows.push(`| \`${name}\` | ${typeOf(p)} | ${p.default !== undefined ? `\`${JSON.stringify(p.default)}\`` : "—"} | ${p.description ?? OPTION_TEXT[`${rule.id}.${name}`] ?? ""} |`);
  for (const [name, type, text] of VOCABULARY) rows.push(`| \`${name}\` | ${type} | \`[]\` | ${text} |`);
  // Deprecated aliases of the organization's data (lists of strings): still read, added to that list.
  for (const [name, key] of Object.entries(rule.meta.deprecatedOptions ?? {})) {
    rows.push(`| \`${name}\` | list of string | \`[]\` | **Deprecated**: write these in \`${key}\` instead (the organization's data, one list for every rule). Still accepted: its entries are added to \`${key}\`. |`);
  }
  rows.push("", "Set options with `rules: { " + rule.id + ": [warn, { … }] }`; `overrides:` can set them for some folders, accounts or platforms only.");
  return rows;
}

function typeOf(p) {
  if (p.enum) return p.enum.map((v) => `\`${JSON.stringify(v)}\``).join(" \\| ");
  if (p.type === "array") return `list of ${p.items?.enum ? p.items.enum.map((v) => `\`${v}\``).join(" \\| ") : (p.items?.type ?? "values")}`;
  if (p.type === "object") return "mapping";
  return p.type ?? "value";
}

function examples(id, lang, kind) {
  const dir = path.join(root, "fixtures", id, lang, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(md|markdown|txt)$/.test(f) && !f.includes(".fixed."))
    .sort()
    .slice(0, EXAMPLES_PER_KIND)
    .map((f) => readFileSync(path.join(dir, f), "utf8").trim());
}

function clauseTitle(id) {
  const c = pack.clauses?.[id];
  // Titles only: the clause ids are the default policy's; a config's policy.map can point elsewhere.
  return c ? `${id} ${c.en}` : id;
}

function indexDoc() {
  const out = ["<!-- generated by scripts/generate-rule-docs.mjs; edit the rules -->", "# Rules of the default pack", "", "| Rule | What it flags | Default | Policy |", "| --- | --- | --- | --- |"];
  for (const r of pack.rules) out.push(`| [\`${r.id}\`](${r.id}.md) | ${r.meta.description} | ${r.meta.defaultSeverity} | ${r.meta.policy.join(", ")} |`);
  out.push("", "Turn a rule off or change its level in `.postlintrc.yaml` under `rules:`.", "");
  return out.join("\n");
}
