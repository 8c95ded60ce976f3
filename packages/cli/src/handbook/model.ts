import { existsSync, readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { localize, parseFrontMatter, type AnyPolicyRule, type ClauseTitles, type Language, type ResolvedConfig, type Severity } from "@postlint/core";
import type { Linter } from "@postlint/core";
import type { PolicyTestCase } from "../policy-test.js";
import { BUILT_IN, LEVEL, UI } from "./built-in-text.js";

interface Example {
  text: string;
}

interface HandbookRule {
  id: string;
  checks: string;
  instead?: string;
  level: string;
}

interface HandbookSection {
  id: string;
  title: string;
  text?: string;
  link?: string;
  rules: HandbookRule[];
  flagged: Example[];
  fine: Example[];
}

export interface Handbook {
  lang: Language;
  title: string;
  intro: string;
  sections: HandbookSection[];
  fine: Example[];
  ui: Record<string, string>;
  footer: string;
}

const EXAMPLES = 2;

/** Builds the employee handbook from a config's clauses, its active rules and the policy tests. */
export function buildHandbook(options: { linter: Linter; builtInClauses: ClauseTitles; lang: Language; tests: PolicyTestCase[]; configName: string; date: string }): Handbook {
  const { linter, lang, tests } = options;
  const config: ResolvedConfig = linter.config;
  const ui = UI[lang];
  const org = config.organization.name;
  const clauseOf = (rule: AnyPolicyRule): string => config.policy?.map[rule.id] ?? rule.meta.policy[0] ?? "";
  const sections: HandbookSection[] = [];
  const byId = new Map<string, HandbookSection>();
  for (const c of config.policy?.clauses ?? []) {
    const section: HandbookSection = { id: c.id, title: localize(c.title, lang) ?? c.id, ...(c.text ? { text: localize(c.text, lang) } : {}), ...(c.link ? { link: c.link } : {}), rules: [], flagged: [], fine: [] };
    sections.push(section);
    byId.set(c.id, section);
  }
  for (const { rule, configured } of linter.rules) {
    const clause = clauseOf(rule);
    let section = byId.get(clause);
    if (!section) {
      const t = options.builtInClauses[clause];
      section = { id: clause || "—", title: t ? (t[lang] ?? t.en) : ui.noClause ?? "", rules: [], flagged: [], fine: [] };
      sections.push(section);
      byId.set(clause, section);
    }
    const custom = rule.meta.custom;
    const builtIn = BUILT_IN[rule.id]?.[lang];
    const severity: Severity = configured ?? (rule.meta.defaultSeverity === "off" ? "warn" : rule.meta.defaultSeverity);
    section.rules.push({
      id: rule.id,
      checks: custom ? (localize(custom.description, lang) ?? rule.meta.description) : (builtIn?.checks ?? rule.meta.description),
      ...(custom?.suggest ? { instead: localize(custom.suggest, lang) } : builtIn ? { instead: builtIn.instead } : {}),
      level: LEVEL[lang][severity],
    });
    if (custom?.examples) {
      section.flagged.push(...custom.examples.flagged.map((text) => ({ text })));
      section.fine.push(...custom.examples.fine.map((text) => ({ text })));
    }
  }
  const fine: Example[] = [];
  for (const t of tests) {
    if (t.error || t.missing.length || t.unexpected.length || !t.text || t.result?.language !== lang) continue;
    const text = bodyOf(t.text);
    if (!t.expected.length) {
      fine.push({ text });
      continue;
    }
    const rule = linter.rules.find((r) => r.rule.id === t.expected[0]?.split(":")[0]);
    const section = rule ? byId.get(clauseOf(rule.rule)) : undefined;
    if (section) section.flagged.push({ text });
  }
  // Rules the organization has no examples for: the default pack's own fixtures, when installed.
  const fixtures = fixturesDir();
  for (const section of sections) {
    if (section.flagged.length || !fixtures) continue;
    for (const r of section.rules) section.flagged.push(...fixtureExamples(fixtures, r.id, lang, "invalid").slice(0, 1));
  }
  for (const s of sections) {
    s.flagged = s.flagged.slice(0, EXAMPLES + 1);
    s.fine = s.fine.slice(0, EXAMPLES);
  }
  return {
    lang,
    title: org ? (ui.title ?? "").replace("{org}", org) : (ui.titleNoOrg ?? ""),
    intro: (ui.intro ?? "").replace("{contact}", ui.contact ?? ""),
    sections: sections.filter((s) => s.rules.length),
    fine: fine.slice(0, 4),
    ui,
    footer: (ui.generated ?? "").replace("{config}", options.configName).replace("{date}", options.date),
  };
}

function bodyOf(text: string): string {
  try {
    return text.slice(parseFrontMatter(text).bodyStart).trim();
  } catch {
    return text.trim();
  }
}

function fixturesDir(): string | undefined {
  try {
    const pkg = createRequire(import.meta.url).resolve("@postlint/rules/package.json");
    const dir = path.join(path.dirname(pkg), "..", "fixtures");
    return existsSync(dir) ? dir : undefined;
  } catch {
    return undefined;
  }
}

function fixtureExamples(root: string, id: string, lang: Language, kind: string): Example[] {
  const dir = path.join(root, id, lang, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(md|txt)$/.test(f) && !f.includes(".fixed."))
    .sort()
    .slice(0, 1)
    .map((f) => ({ text: bodyOf(readFileSync(path.join(dir, f), "utf8")) }))
    .filter((e) => e.text.length < 400 && !e.text.includes("!["));
}
