// Issue #9 §5: inputs shaped to make a parser or a regular expression backtrack (80,000 digits took
// 313 s before). Every rule of the default pack, with the sample organization's settings so the
// organization's terms, people and products are matched too, runs on each shape at 50,000
// characters, in English and in one of Dutch and Danish by turns (all three for every shape took
// two minutes on a small machine). No timing assertion: vitest's test timeout is the hang guard, and
// `pnpm bench` prints how time grows with n (linear is 8× for 10k → 80k).
import { readFileSync } from "node:fs";
import path from "node:path";
import { lint } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import { PATHOLOGICAL_UNITS, pathologicalShape } from "../../test-support/pathological-shapes.mjs";
import pack from "../src/index.js";

const sample = parse(readFileSync(path.resolve(import.meta.dirname, "../../fixtures/.postlintrc.yaml"), "utf8")) as { rules?: Record<string, unknown> };
/** Every rule on, whatever its default, keeping the sample's options. */
const config = { ...sample, rules: { ...Object.fromEntries(pack.rules.map((r) => [r.id, "warn"])), ...sample.rules } };
const SIZE = 50_000;

describe("every rule on pathological input", () => {
  it.each(Object.keys(PATHOLOGICAL_UNITS).map((name, i) => [name, i % 2 ? "da" : "nl"] as const))("checks %s at 50,000 characters in English and %s", async (name, other) => {
    const text = pathologicalShape(name, SIZE);
    for (const lang of ["en", other] as const) {
      const result = await lint(text, { packs: [pack], config, meta: { lang, platform: "linkedin", date: "2026-12-01" } });
      // A fatal result would mean the post was not checked at all.
      expect(result.messages.filter((m) => m.fatal).map((m) => m.message)).toEqual([]);
    }
  });
});
