// A system package that some tests need (chromium, pre-commit, tesseract, PostgreSQL).
import { describe, expect, it } from "vitest";

const inCI = process.env["CI"] === "true" || process.env["CI"] === "1";

/**
 * Whether the tests that need `name` can run. Missing on a developer's machine, they skip with a
 * note that says how to install it. Missing in CI (`CI=true`), where .ci/run installs it, a test
 * fails instead: a broken install must never pass as green.
 */
export function requireSystemDependency(name: string, present: boolean, install: string): boolean {
  if (present) return true;
  if (inCI) {
    describe(`system dependency: ${name}`, () => {
      it("is installed (CI installs every system package the tests need)", () => {
        expect.fail(`${name} is missing in CI; .ci/run should have installed it (${install})`);
      });
    });
  } else {
    console.warn(`${name} is missing: the tests that need it are skipped (install: ${install})`);
  }
  return false;
}
