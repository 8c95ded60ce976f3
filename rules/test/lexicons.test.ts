// Lexicons are data that non-programmers edit: check them against core's schema, and for the
// mistakes a reviewer would miss (duplicates, a rule missing a language).
import { readdirSync } from "node:fs";
import path from "node:path";
import { expandWordClasses, parseLexicon } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { lexiconData } from "../src/generated/lexicons.js";

const LANGS = ["en", "nl", "da"] as const;
const dir = path.resolve(import.meta.dirname, "../lexicons");
const files = (lang: string) => readdirSync(path.join(dir, lang)).filter((f) => f.endsWith(".yml")).map((f) => f.slice(0, -4)).sort();

describe("lexicons", () => {
  it("every rule with a lexicon has one in each of en, nl and da", () => {
    expect(files("nl")).toEqual(files("en"));
    expect(files("da")).toEqual(files("en"));
  });

  for (const lang of LANGS) {
    for (const id of Object.keys(lexiconData[lang])) {
      it(`${lang}/${id}.yml matches the lexicon schema and lists no term twice`, () => {
        const entries = parseLexicon(lexiconData[lang][id], `${lang}/${id}.yml`);
        const seen = new Map<string, number>();
        const duplicates: string[] = [];
        entries.forEach((entry, i) => {
          for (const term of entry.terms) {
            const key = `${term.toLowerCase()}|${entry.tags.join(",")}|${entry.messageId ?? ""}`;
            if (seen.has(key)) duplicates.push(`"${term}" (entries ${(seen.get(key) ?? 0) + 1} and ${i + 1})`);
            seen.set(key, i);
          }
        });
        expect(duplicates).toEqual([]);
      });
      it(`${lang}/${id}.yml: no term starts or ends with a symbol the tokenizer drops`, () => {
        // "% off" would be matched as "off" ("signed off another billion"): the "%" is not a word.
        const entries = parseLexicon(lexiconData[lang][id], `${lang}/${id}.yml`);
        expect(entries.flatMap((e) => e.terms.filter((t) => /^[%€$£]\s|\s[%€$£]$/u.test(t)))).toEqual([]);
      });
      it(`${lang}/${id}.yml: every {placeholder} left after word classes is filled from config`, () => {
        // A misspelt class name would otherwise stay in the term as literal text and never match.
        const entries = expandWordClasses(parseLexicon(lexiconData[lang][id], `${lang}/${id}.yml`));
        const left = entries.flatMap((e) => e.terms.flatMap((t) => [...t.matchAll(/\{([^}]*)\}/gu)].map((m) => m[1])));
        expect(new Set(left.filter((name) => name !== "org"))).toEqual(new Set());
      });
    }
  }
});
