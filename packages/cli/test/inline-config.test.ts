// --no-inline-config (ESLint's name): a run that ignores the posts' own suppressions, e.g. for
// a compliance audit of a content repo. Without it, suppressions apply as the writer wrote them.
import { describe, expect, it } from "vitest";
import { postlint, project } from "./run.js";

const COMMENTED = "---\nlang: en\n---\n<!-- postlint-disable profanity -- quoting a customer -->\nThis sunset is fucking great.\n";
const FRONT_MATTER = "---\nlang: en\npostlint:\n  disable: [profanity]\n  reason: quoting a customer\n---\nThis sunset is fucking great.\n";

const ruleIdsOf = (stdout: string): (string | null)[] =>
  (JSON.parse(stdout) as { messages: { ruleId: string | null }[] }[]).flatMap((r) => r.messages.map((m) => m.ruleId));

describe("--no-inline-config", () => {
  it("honours suppressions by default", () => {
    const cwd = project({ "a.md": COMMENTED, "b.md": FRONT_MATTER });
    const r = postlint(["a.md", "b.md", "--format", "json"], { cwd });
    expect(r.code).toBe(0);
    expect(ruleIdsOf(r.stdout)).not.toContain("profanity");
  });

  it("ignores comments and front-matter postlint.disable, in-thread and in the NDJSON stream", () => {
    const cwd = project({ "a.md": COMMENTED, "b.md": FRONT_MATTER });
    const r = postlint(["a.md", "b.md", "--format", "json", "--no-inline-config"], { cwd });
    expect(r.code).toBe(1);
    expect(ruleIdsOf(r.stdout).filter((id) => id === "profanity")).toHaveLength(2);
    const pooled = postlint(["a.md", "b.md", "--format", "json", "--no-inline-config", "--concurrency", "2"], { cwd });
    expect(ruleIdsOf(pooled.stdout).filter((id) => id === "profanity")).toHaveLength(2);
    const line = JSON.stringify({ id: "p1", lang: "en", text: "<!-- postlint-disable -->\nThis sunset is fucking great." });
    const ndjson = postlint(["--ndjson", "--no-inline-config"], { cwd, input: `${line}\n` });
    expect(ndjson.stdout).toContain('"ruleId":"profanity"');
  });
});
