// The concept layer's contract: rules read shared vocabulary only through src/concepts/, declare the
// concept tags they use, and lexicon data names only tags and message ids that exist.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { CONCEPT_TAGS } from "../src/concepts/index.js";
import { lexiconData } from "../src/generated/lexicons.js";
import { rules } from "../src/index.js";

const src = path.resolve(import.meta.dirname, "../src");
const known = new Set<string>(CONCEPT_TAGS);
const ruleIds = new Set(rules.map((r) => r.id));
/** Top-level modules every rule may use: they belong to no rule. */
const SHARED = new Set(["concepts", "lexicons", "docs-url", "clauses", "generated", "platform-length"]);

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith(".ts") ? [p] : [];
  });
}

describe("concept layer", () => {
  it("every concept tag in concepts.yml is in the registry", () => {
    const unknown = (["en", "nl", "da"] as const).flatMap((lang) =>
      (lexiconData[lang]["concepts"] ?? []).flatMap((e) => e.tags.filter((t) => !t.startsWith("class:") && !known.has(t)).map((t) => `${lang}: ${t}`)),
    );
    expect(unknown).toEqual([]);
  });

  for (const rule of rules) {
    it(`${rule.id} declares only known concept tags`, () => {
      expect((rule.meta.concepts ?? []).filter((t) => !known.has(t))).toEqual([]);
    });
    it(`${rule.id}'s lexicon entries name only its own message ids`, () => {
      const ids = new Set(Object.keys(rule.messages.en ?? {}));
      const wrong = (["en", "nl", "da"] as const).flatMap((lang) => (lexiconData[lang][rule.id] ?? []).filter((e) => e.messageId !== undefined && !ids.has(e.messageId)).map((e) => `${lang}: ${e.messageId}`));
      expect(wrong).toEqual([]);
    });
  }

  it("rules import no other rule's modules, only the concept layer and core", () => {
    const wrong: string[] = [];
    for (const file of files(src)) {
      const rel = path.relative(src, file);
      const owner = rel.includes(path.sep) ? rel.split(path.sep)[0] : rel.replace(/\.ts$/, "");
      if (owner === "index" || owner === "generated") continue;
      for (const m of readFileSync(file, "utf8").matchAll(/from\s+"(\.{1,2}\/[^"]+)"/g)) {
        const target = path.relative(src, path.resolve(path.dirname(file), m[1] ?? ""));
        const top = (target.split(path.sep)[0] ?? "").replace(/\.js$/, "");
        if (top === owner || SHARED.has(top)) continue;
        // The concept layer names no rule.
        if (ruleIds.has(top) || owner === "concepts") wrong.push(`${rel} → ${m[1]}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
