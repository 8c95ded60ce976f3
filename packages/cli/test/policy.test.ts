import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { postlint, project } from "./run.js";

const root = path.resolve(import.meta.dirname, "../../..");
const example = path.join(root, "fixtures/example");

describe("postlint test", () => {
  it("runs the example's policy tests (the policy still catches what it must)", () => {
    const r = postlint(["test", "fixtures/example/policy-tests"], { cwd: root });
    expect(r.stderr).toBe("");
    expect(r.stdout).toMatch(/(\d+) passed, 0 failed/);
    expect(r.code).toBe(0);
  });

  it("fails with exit 1 on a mismatch and writes JUnit", () => {
    const dir = project({
      ".postlintrc.yaml": "customRules:\n  - id: no-x\n    type: existence\n    terms: [xylophone]\n",
      "policy-tests/missed.md": "---\nexpect: [no-x]\nlang: en\n---\nA calm post about music.\n",
      "policy-tests/extra.md": "---\nexpect: []\nlang: en\n---\nA xylophone solo.\n",
      "policy-tests/line.md": "---\nexpect: [\"no-x:5\"]\nlang: en\n---\nA xylophone solo.\n",
      "policy-tests/none.md": "A post without expectations.\n",
    });
    const r = postlint(["test", "--junit", "report.xml"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("✗ policy-tests/missed.md");
    expect(r.stdout).toContain("expected but not found: no-x");
    expect(r.stdout).toContain("found but not expected: no-x:5");
    expect(r.stdout).toContain("✓ policy-tests/line.md");
    expect(r.stdout).toContain('no "expect:" list');
    expect(r.stdout).toContain("1 passed, 3 failed");
    const xml = readFileSync(path.join(dir, "report.xml"), "utf8");
    expect(xml).toContain('failures="3"');
    expect(postlint(["test", "--format", "junit"], { cwd: dir }).stdout).toContain("<testsuites");
  });

  it("a missing folder is a usage error", () => {
    const r = postlint(["test", "nope"], { cwd: project() });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("no such folder of policy tests");
  });
});

describe("the example uses its own policy", () => {
  it("findings cite the organization's clauses; custom rules and overrides apply", () => {
    const r = postlint(["fixtures/example", "--format", "json"], { cwd: root });
    const results = JSON.parse(r.stdout) as { filePath: string; messages: { ruleId: string; policy?: string; severity: string }[] }[];
    const messages = results.flatMap((x) => x.messages);
    expect(messages.length).toBeGreaterThan(10);
    for (const m of messages) expect(m.policy).toMatch(/^NW-\d /);
    const sale = results.find((x) => x.filePath.endsWith("official-winter-sale.md"));
    expect(sale?.messages.find((m) => m.ruleId === "platform-limits")?.severity).toBe("error");
  });

  it("--print-config shows where each key came from", () => {
    const r = postlint(["--print-config", "fixtures/example/posts/en/debugging.md"], { cwd: root });
    const config = JSON.parse(r.stdout) as { sources: Record<string, string>; rules: Record<string, string> };
    expect(config.sources["policy.clauses"]).toMatch(/policy\/base\.yaml$/);
    expect(config.sources["organization.name"]).toMatch(/\.postlintrc\.yaml$/);
    expect(config.sources["customRules.house-words"]).toMatch(/house-words\.yml$/);
    expect(config.rules["giveaway-disclosure"]).toBe("error");
  });

  it("--list-rules lists custom rules", () => {
    const r = postlint(["--list-rules"], { cwd: example });
    expect(r.stdout).toMatch(/giveaway-disclosure\s+error/);
    expect(r.stdout).toMatch(/house-words\s+warn/);
  });
});

describe("postlint handbook and docs", () => {
  it.each([
    ["en", "Keep internal things internal", "How to check a draft"],
    ["nl", "Wat intern is, blijft intern", "Zo controleer je een concept"],
    ["da", "Det interne forbliver internt", "Sådan tjekker du et udkast"],
  ])("writes the handbook in %s", (lang, clause, how) => {
    const md = postlint(["handbook", "--lang", lang], { cwd: example });
    expect(md.code).toBe(0);
    expect(md.stdout).toContain(`## NW-1 ${clause}`);
    expect(md.stdout).toContain(how);
    expect(md.stdout).not.toMatch(/PLATFORM|\(contract\)|\(kontrakt\)/);
    const html = postlint(["handbook", "--lang", lang, "--format", "html"], { cwd: example });
    expect(html.stdout).toMatch(/^<!doctype html>/);
    expect(html.stdout).toContain("@media print");
    expect(html.stdout).not.toMatch(/<script|<link /);
  });

  it("renders custom rules as Markdown", () => {
    const dir = project();
    const r = postlint(["docs", "-o", path.join(dir, "out"), "-c", path.join(example, ".postlintrc.yaml")], { cwd: example });
    expect(r.code).toBe(0);
    const doc = readFileSync(path.join(dir, "out/hashtag-limit.md"), "utf8");
    expect(doc).toContain("## When not to use it");
    expect(doc).toContain("NW-5 Sound like Northwind");
    expect(readFileSync(path.join(dir, "out/README.md"), "utf8")).toContain("giveaway-disclosure");
  });
});
