// Severity, quoting and the retext-equality subset; vocabulary is in fixtures/insensitive-language/.
import { readFileSync } from "node:fs";
import path from "node:path";
import { createLinter } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { findingsOf } from "../../test-support/findings.js";
// @ts-expect-error -- a plain .mjs build script without type declarations
import { render, subset } from "../scripts/equality-subset.mjs";
import pack from "../src/index.js";

async function findings(text: string, lang = "en", rules: Record<string, unknown> = {}) {
  const linter = createLinter({ packs: [pack], config: { rules } });
  return findingsOf(await linter.lint({ text, meta: { lang } }), "insensitive-language", ["severity", "messageId", "text"]);
}

describe("insensitive-language", () => {
  it("is an error when a slur or insult is aimed at a person, a warning otherwise", async () => {
    expect(await findings("He is such a spaz.")).toEqual(["error personalAttack spaz"]);
    expect(await findings("That layout is so retarded.")).toEqual(["warn slur retarded"]);
    expect(await findings("Die nieuwe collega is echt een mongool.", "nl")).toEqual(["error personalAttack mongool"]);
    expect(await findings("Den nye praktikant er en spasser.", "da")).toEqual(["error personalAttack spasser"]);
  });

  it("flags stereotypes about groups as warnings", async () => {
    expect(await findings("Typical woman driver.")).toEqual(["warn stereotype Typical woman"]);
    expect(await findings("Typisk kvinder.", "da")).toEqual(["warn stereotype Typisk kvinder"]);
  });

  it("skips words in quotation marks: the writer is reporting or discussing them", async () => {
    expect(await findings("A customer called me a “retard” today.")).toEqual([]);
  });

  it("leaves out retext-equality's noisy advice: gendered pairs, style words and technical terms", async () => {
    expect(await findings("She simply mastered the master branch; obviously he just made it easy. Crazy good!")).toEqual([]);
    expect(await findings("Fire-retardant panels and a whitelist for the chairman.")).toEqual([]);
  });

  it("lets an organization allow a word", async () => {
    expect(await findings("He is such a spaz.", "en", { "insensitive-language": ["warn", { allow: ["spaz"] }] })).toEqual([]);
    // The word inside a listed phrase, or as the learned model's evidence, is allowed too.
    expect(await findings("He is a bit autistic, like me.", "en", { "insensitive-language": ["warn", { allow: ["autistic"] }] })).toEqual([]);
    expect(await findings("He is such a spacker.", "en", { "insensitive-language": ["warn", { allow: ["spacker"] }] })).toEqual([]);
  });

  it("has an up-to-date copy of the retext-equality subset", async () => {
    const generated = readFileSync(path.resolve(import.meta.dirname, "../src/concepts/equality-en.ts"), "utf8");
    expect(generated).toBe(render(await subset()));
  });
});
