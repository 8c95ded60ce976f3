import type { LintMessage, LintResult } from "@postlint/core";
import { describe, expect, it } from "vitest";
import { decide } from "../dist/index.js";

const message = (severity: "error" | "warn", ruleId = "profanity"): LintMessage => ({
  ruleId,
  severity,
  message: `${ruleId} ${severity}`,
  line: 1,
  column: 1,
  endLine: 1,
  endColumn: 2,
});
const result = (...messages: LintMessage[]): LintResult => ({
  filePath: "<text>",
  language: "en",
  languageDetected: true,
  messages,
  errorCount: messages.filter((m) => m.severity === "error").length,
  warningCount: messages.filter((m) => m.severity === "warn").length,
  fixableErrorCount: 0,
  fixableWarningCount: 0,
});
const DEFAULT = { block: "error", review: "warn" } as const;

describe("gate decisions", () => {
  it("blocks on an error, naming only the errors as reasons", () => {
    const d = decide(result(message("warn", "brand-voice"), message("error", "secret")), DEFAULT);
    expect(d.decision).toBe("block");
    expect(d.reasons.map((r) => r.ruleId)).toEqual(["secret"]);
  });

  it("sends warnings to review and allows a clean post", () => {
    expect(decide(result(message("warn")), DEFAULT)).toMatchObject({ decision: "review", reasons: [{ ruleId: "profanity", severity: "warn" }] });
    expect(decide(result(), DEFAULT)).toEqual({ decision: "allow", reasons: [] });
  });

  it("follows configured thresholds", () => {
    const strict = { block: "warn", review: "never" } as const;
    expect(decide(result(message("warn")), strict).decision).toBe("block");
    const lenient = { block: "never", review: "error" } as const;
    expect(decide(result(message("error")), lenient).decision).toBe("review");
    expect(decide(result(message("warn")), lenient).decision).toBe("allow");
    expect(decide(result(message("error")), { block: "never", review: "never" }).decision).toBe("allow");
  });

  it("blocks a post whose rule crashed rather than waving it through", () => {
    const crash: LintMessage = { ...message("error", "secret"), fatal: true, message: 'rule "secret" crashed' };
    expect(decide(result(crash), DEFAULT).decision).toBe("block");
  });
});
