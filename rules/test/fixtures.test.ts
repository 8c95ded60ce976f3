// Walks fixtures/<rule>/<lang>/{valid,invalid}/*.md: invalid posts must produce exactly the
// findings in their .expected.json for that rule; valid posts none. UPDATE_FIXTURES=1 rewrites
// expectations (read the diff before committing).
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { createFileLinter } from "@postlint/core/node";
import { describe, expect, it } from "vitest";
import pack from "../src/index.js";

const root = path.resolve(import.meta.dirname, "../../fixtures");
/** Fixtures without a date are dated before Aurora Pro's launch, so results never depend on today. */
export const FIXTURE_DATE = "2026-12-01";
const linter = createFileLinter({ cwd: root, packs: [pack], meta: { date: FIXTURE_DATE } });
const update = process.env["UPDATE_FIXTURES"] === "1";

interface Expected {
  ruleId: string;
  messageId: string;
  line: number;
  column: number;
}

export function fixtureFiles(ruleId: string, lang: string, kind: "valid" | "invalid"): string[] {
  const dir = path.join(root, ruleId, lang, kind);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /\.(md|markdown|txt)$/.test(f) && !f.includes(".fixed."))
    .sort()
    .map((f) => path.join(dir, f));
}

const ruleIds = pack.rules.map((r) => r.id);
const IMAGE_CONTENT = new Set(["imageLocation", "imageOwner", "codeWifi", "codeInternalUrl", "codeTicket"]);

for (const ruleId of ruleIds) {
  describe(ruleId, () => {
    for (const lang of ["en", "nl", "da"]) {
      for (const file of fixtureFiles(ruleId, lang, "invalid")) {
        it(`flags ${lang}/invalid/${path.basename(file)}`, async () => {
          const { result } = await linter.lintFile(file);
          const actual: Expected[] = result.messages
            .filter((m) => m.ruleId === ruleId)
            .map((m) => ({ ruleId: m.ruleId as string, messageId: m.messageId ?? "", line: m.line, column: m.column }));
          const expectedFile = file.replace(/\.(md|markdown|txt)$/, ".expected.json");
          if (update || !existsSync(expectedFile)) writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + "\n");
          expect(result.messages.filter((m) => m.fatal)).toEqual([]);
          expect(actual.length, "an invalid fixture must produce at least one finding").toBeGreaterThan(0);
          expect(actual).toEqual(JSON.parse(readFileSync(expectedFile, "utf8")));
        });
      }
      for (const file of fixtureFiles(ruleId, lang, "valid")) {
        it(`passes ${lang}/valid/${path.basename(file)}`, async () => {
          const { result } = await linter.lintFile(file);
          expect(result.messages.filter((m) => m.fatal)).toEqual([]);
          expect(result.messages.filter((m) => m.ruleId === ruleId).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
        });
      }
      // A fixed fixture shows what --fix produces: foo.md + foo.fixed.md.
      for (const file of fixtureFiles(ruleId, lang, "invalid")) {
        const fixedFile = file.replace(/\.(md|markdown|txt)$/, ".fixed.$1");
        if (!existsSync(fixedFile)) continue;
        it(`fixes ${lang}/invalid/${path.basename(file)}`, async () => {
          const fixer = createFileLinter({ cwd: root, packs: [pack], meta: { date: FIXTURE_DATE }, fix: true });
          const { result } = await fixer.lintFile(file);
          expect(result.output).toBe(readFileSync(fixedFile, "utf8"));
        });
      }
    }
  });
}

describe("fixture coverage", () => {
  it.each(ruleIds)("%s has valid and invalid fixtures in en, nl and da, and every messageId fires", async (ruleId) => {
    const rule = pack.rules.find((r) => r.id === ruleId)!;
    const fired = new Set<string>();
    for (const lang of ["en", "nl", "da"]) {
      expect(fixtureFiles(ruleId, lang, "invalid").length, `${ruleId}/${lang}/invalid`).toBeGreaterThanOrEqual(1);
      expect(fixtureFiles(ruleId, lang, "valid").length, `${ruleId}/${lang}/valid`).toBeGreaterThanOrEqual(1);
      for (const file of fixtureFiles(ruleId, lang, "invalid")) {
        const expectedFile = file.replace(/\.(md|markdown|txt)$/, ".expected.json");
        if (!existsSync(expectedFile)) continue;
        for (const e of JSON.parse(readFileSync(expectedFile, "utf8")) as Expected[]) fired.add(e.messageId);
      }
    }
    // Findings about an image's content (metadata, codes) need an image file, and fixtures hold no
    // binaries: rules/test/image-text.test.ts and the image tests in packages/*/test cover them.
    const declared = Object.keys(rule.messages.en).filter((id) => !(ruleId === "image-policy" && IMAGE_CONTENT.has(id)));
    expect(declared.filter((id) => !fired.has(id)), "messageIds that no fixture exercises").toEqual([]);
  });
});
