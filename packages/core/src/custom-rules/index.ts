import { z } from "zod";
import { ConfigError } from "../errors.js";
import { compilePhrases, type PhraseMatcher } from "../phrases.js";
import type { CustomRuleDef, LocalText } from "../policy-config.js";
import { loadStemmer } from "../stemmers.js";
import { LANGUAGES, type AnyPolicyRule, type Language, type MessageCatalog, type Post, type Range, type RulePack } from "../types.js";
import { DEFAULT_MESSAGES, LIMIT, WHAT } from "./messages.js";

/** Where custom rules come from, for docs and errors. */
export const CUSTOM_PACK = "custom";

/** Text in a language, falling back to English. */
export function localize(text: LocalText | undefined, language: Language): string | undefined {
  if (text === undefined) return undefined;
  return typeof text === "string" ? text : (text[language] ?? text.en);
}

/** Turns the config's custom rules into a rule pack; ids must not clash with `taken`. */
export function customRulePack(defs: readonly CustomRuleDef[], taken: readonly string[], file?: string): RulePack {
  const seen = new Set<string>();
  const rules = defs.map((def, i) => {
    if (taken.includes(def.id) || seen.has(def.id)) {
      throw new ConfigError({ ...(file ? { file } : {}), key: `customRules[${i}].id`, message: `"${def.id}" is already a rule id${taken.includes(def.id) ? " of the default pack" : ""}; give the custom rule its own id` });
    }
    seen.add(def.id);
    return customRule(def);
  });
  return { name: CUSTOM_PACK, rules };
}

type TermsDef = CustomRuleDef extends infer D ? (D extends { terms?: infer T } ? T : never) : never;

function termsFor(terms: TermsDef | undefined, language: Language): string[] {
  if (!terms) return [];
  return Array.isArray(terms) ? terms : ((terms as Partial<Record<Language, string[]>>)[language] ?? []);
}

function languagesOf(def: CustomRuleDef): Language[] {
  const perLanguage = (v: unknown): v is Partial<Record<Language, unknown>> => typeof v === "object" && v !== null && !Array.isArray(v) && LANGUAGES.some((l) => l in v) && Object.keys(v).every((k) => (LANGUAGES as readonly string[]).includes(k));
  const source = def.type === "substitution" ? def.swap : def.type === "conditional" ? def.if : def.type === "existence" ? def.terms : def.terms;
  if (def.type === "substitution") return perLanguage(source) ? LANGUAGES.filter((l) => (source as Record<string, unknown>)[l]) : [...LANGUAGES];
  return perLanguage(source) ? LANGUAGES.filter((l) => (source as Record<string, unknown>)[l]) : [...LANGUAGES];
}

function catalog(def: CustomRuleDef): MessageCatalog {
  const msg = (l: Language) => localize(def.message, l) ?? DEFAULT_MESSAGES[def.type][l];
  return { en: { [def.type]: msg("en") }, nl: { [def.type]: msg("nl") }, da: { [def.type]: msg("da") } };
}

/** A custom rule as a `PolicyRule`: the engine stamps level, clause and suppressions as for built-in ones. */
export function customRule(def: CustomRuleDef): AnyPolicyRule {
  const languages = languagesOf(def);
  const matcherCache = new Map<string, Promise<PhraseMatcher<string>>>();
  const matcher = (key: string, language: Language, entries: [string, string][]): Promise<PhraseMatcher<string>> => {
    const k = `${key}:${language}`;
    let m = matcherCache.get(k);
    if (!m) {
      m = (def.stem ? loadStemmer(language) : Promise.resolve(undefined)).then((stemmer) =>
        compilePhrases(
          entries.map(([phrase, data]) => ({ phrase: def.partial && !phrase.endsWith("*") ? `${phrase}*` : phrase, data })),
          { stemmer, possessive: true },
        ),
      );
      matcherCache.set(k, m);
    }
    return m;
  };
  const inScope = (post: Post): boolean => {
    const s = def.scope;
    if (!s) return true;
    if (s.platform && (!post.meta.platform || !s.platform.includes(post.meta.platform))) return false;
    if (s.author) {
      const author = post.meta.author?.replace(/^@/, "").toLowerCase();
      if (!author || !s.author.some((a) => a.replace(/^@/, "").toLowerCase() === author)) return false;
    }
    return true;
  };
  const body = (post: Post): Range => [post.bodyStart, post.text.length];
  return {
    id: def.id,
    meta: {
      description: localize(def.description, "en") ?? `${def.type} rule from the organization's config`,
      policy: def.clause ? [def.clause] : [],
      languages,
      defaultSeverity: def.level,
      ...(def.scope?.account ? { accounts: def.scope.account } : {}),
      fixable: def.type === "substitution",
      options: z.strictObject({}),
      custom: def,
    },
    messages: catalog(def),
    async check(post: Post, ctx) {
      if (!inScope(post)) return;
      const lang = post.language;
      const messageId = def.type;
      if (def.type === "existence") {
        const m = await matcher("terms", lang, termsFor(def.terms, lang).map((t) => [t, t]));
        for (const hit of m.find(post)) ctx.report({ messageId, range: [hit.start, hit.end] });
      } else if (def.type === "substitution") {
        const table = isPerLanguage(def.swap) ? ((def.swap as Partial<Record<Language, Record<string, string>>>)[lang] ?? {}) : (def.swap as Record<string, string>);
        const m = await matcher("swap", lang, Object.entries(table));
        for (const hit of m.find(post)) {
          const replacement = matchCase(hit.text, hit.data);
          if (hit.text === replacement) continue;
          ctx.report({ messageId, range: [hit.start, hit.end], data: { replacement }, fix: { range: [hit.start, hit.end], text: replacement } });
        }
      } else if (def.type === "occurrence") {
        const found = await occurrences(def, post, lang, matcher);
        const limitText = (kind: "max" | "min", n: number) => LIMIT[lang][kind].replace("{n}", String(n));
        const what = WHAT[lang][def.count]?.replace("{terms}", termsFor(def.terms, lang).map((t) => `“${t}”`).join(` ${LIMIT[lang].or} `)) ?? def.count;
        if (def.max !== undefined && found.length > def.max) {
          const first = found[def.max] as Range;
          const last = found[found.length - 1] as Range;
          ctx.report({ messageId, range: [first[0], last[1]], data: { count: found.length, what, limit: limitText("max", def.max), max: def.max } });
        }
        if (def.min !== undefined && found.length < def.min) {
          ctx.report({ messageId, range: firstLine(post, body(post)), data: { count: found.length, what, limit: limitText("min", def.min), min: def.min } });
        }
      } else {
        const ifs = await matcher("if", lang, termsFor(def.if, lang).map((t) => [t, t]));
        const thens = await matcher("then", lang, termsFor(def.then, lang).map((t) => [t, t]));
        const hits = ifs.find(post);
        const first = hits[0];
        if (!first || thens.find(post).length > 0) return;
        const then = termsFor(def.then, lang).map((t) => `“${t}”`).join(` ${LIMIT[lang].or} `);
        ctx.report({ messageId, range: [first.start, first.end], data: { then } });
      }
    },
  } satisfies AnyPolicyRule;
}

function isPerLanguage(v: object): boolean {
  const keys = Object.keys(v);
  return keys.length > 0 && keys.every((k) => (LANGUAGES as readonly string[]).includes(k)) && Object.values(v).every((x) => typeof x === "object");
}

/** Keeps the writer's capitalisation: "Cheap" → "Affordable". */
function matchCase(found: string, replacement: string): string {
  if (found.length > 1 && found === found.toUpperCase()) return replacement.toUpperCase();
  if (found[0] && found[0] === found[0].toUpperCase() && found[0] !== found[0].toLowerCase()) return (replacement[0]?.toUpperCase() ?? "") + replacement.slice(1);
  return replacement;
}

async function occurrences(
  def: Extract<CustomRuleDef, { type: "occurrence" }>,
  post: Post,
  lang: Language,
  matcher: (key: string, language: Language, entries: [string, string][]) => Promise<PhraseMatcher<string>>,
): Promise<Range[]> {
  switch (def.count) {
    case "hashtags":
      return post.tokens.filter((t) => t.prefix === "#").map((t) => [t.start - 1, t.end] as const);
    case "mentions":
      return post.tokens.filter((t) => t.prefix === "@").map((t) => [t.start - 1, t.end] as const);
    case "links":
      return [...post.urls];
    case "exclamations": {
      const out: Range[] = [];
      for (let i = post.text.indexOf("!", post.bodyStart); i !== -1; i = post.text.indexOf("!", i + 1)) if (!post.text.startsWith("![", i)) out.push([i, i + 1]);
      return out;
    }
    case "term": {
      const m = await matcher("terms", lang, termsFor(def.terms, lang).map((t) => [t, t]));
      return m.find(post).map((h) => [h.start, h.end] as const);
    }
  }
}

/** The first line of the body, where "too few" findings point. */
function firstLine(post: Post, [start, end]: Range): Range {
  let s = start;
  while (s < end && /\s/.test(post.text[s] ?? "")) s++;
  const nl = post.text.indexOf("\n", s);
  return [s, nl === -1 || nl > end ? end : nl];
}
