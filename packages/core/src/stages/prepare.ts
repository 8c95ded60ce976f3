/**
 * Stage 1, prepare: front matter, the post's fields, its language, and (for a huge post) the
 * sections it is linted in. Nothing here knows a rule.
 */
import { today } from "../context.js";
import { InputError } from "../errors.js";
import { parseFrontMatter, validatePostMeta } from "../front-matter.js";
import { detectLanguage, namePattern } from "../language.js";
import { checkBlockNesting } from "../nesting.js";
import { parseBody } from "../parse.js";
import type { Language, Post, PostMeta, ResolvedConfig } from "../types.js";
import type { LintInput, PreparedPost } from "./types.js";

/** Configured names carry no language; they are left out of detection (compiled once per linter). */
export function configuredNames(config: ResolvedConfig): RegExp | undefined {
  return namePattern([
    ...(config.organization.name ? [config.organization.name] : []),
    ...config.organization.aliases,
    ...config.organization.competitors,
    ...config.products.flatMap((p) => [p.name, ...p.aliases]),
    ...config.confidential.terms,
  ]);
}

export function preparePost(input: LintInput, config: ResolvedConfig, names: RegExp | undefined): PreparedPost {
  const { text, filePath } = input;
  const front = parseFrontMatter(text, filePath);
  const fm = validatePostMeta(front.data, filePath, front.lineOf);
  if (text.slice(front.bodyStart).trim() === "") throw new InputError("the post is empty: there is no text to check", { file: filePath });
  checkBlockNesting(text, front.bodyStart, filePath);
  const flags = input.meta ?? {};
  const fromRequest = input.fieldsFrom === "request";
  const requested = (fromRequest ? flags.lang : (fm.lang ?? flags.lang)) ?? config.lang ?? "auto";
  // Suppressions are not post fields: `inlineConfig` decides what becomes of them.
  const { postlint } = fm;
  const { platform, account, author, date, postlint: _postlint, lang: _lang, ...extra } = fromRequest ? { ...flags } : { ...flags, ...fm };
  // A sample is plenty to tell three languages apart, and keeps huge posts cheap.
  const sample = text.slice(front.bodyStart, front.bodyStart + 20_000);
  const detected = requested === "auto" ? detectLanguage(sample, config.defaultLanguage, names) : { language: requested, detected: false };
  const meta: PostMeta & { lang: Language } = {
    ...(platform ?? config.platform ? { platform: platform ?? config.platform } : {}),
    account: account ?? config.account ?? "personal",
    ...(author !== undefined ? { author } : {}),
    lang: detected.language,
    date: date ?? today(),
    ...(postlint ? { postlint } : {}),
    extra,
  };
  const languageSource = requested !== "auto" ? "declared" : detected.detected ? "detected" : "default";
  return { text, ...(filePath ? { filePath } : {}), meta, language: detected.language, languageDetected: detected.detected, languageSource, bodyStart: front.bodyStart };
}

/** The post (or one section of a huge post) with its prose parsed. Front matter is blanked, not removed. */
export function parseSection(prepared: PreparedPost, start: number, end: number): Post {
  const { text, bodyStart } = prepared;
  const sectionText = start === bodyStart && end === text.length ? text : text.slice(0, bodyStart) + text.slice(start, end);
  const blanked = text.slice(0, bodyStart).replace(/[^\n]/g, " ") + sectionText.slice(bodyStart);
  return { ...prepared, text: sectionText, ...parseBody(blanked, prepared.language) };
}

/**
 * Posts are linted whole; a huge one (a pasted report, a 5 MB export) is linted in sections split
 * at paragraph breaks outside code fences, so memory stays bounded. Whole-post checks then see
 * one section at a time, so a section must hold any real post whole: the longest platform limit
 * is Facebook's 63,206 characters.
 */
export const SECTION_SIZE = 64 * 1024;

export function sectionsOf(text: string, bodyStart: number): [number, number][] {
  if (text.length - bodyStart <= SECTION_SIZE) return [[bodyStart, text.length]];
  const sections: [number, number][] = [];
  let start = bodyStart;
  while (text.length - start > SECTION_SIZE) {
    const limit = start + SECTION_SIZE;
    let cut = -1;
    for (let at = text.lastIndexOf("\n\n", limit); at > start; at = text.lastIndexOf("\n\n", at - 1)) {
      if (countFences(text, start, at) % 2 === 0) {
        cut = at + 2;
        break;
      }
    }
    if (cut === -1) cut = Math.max(text.lastIndexOf("\n", limit), text.lastIndexOf(" ", limit)) + 1;
    if (cut <= start) cut = limit;
    sections.push([start, cut]);
    start = cut;
  }
  sections.push([start, text.length]);
  return sections;
}

function countFences(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = text.indexOf("```", from); i !== -1 && i < to; i = text.indexOf("```", i + 3)) n++;
  return n;
}
