// No output format may print a detected secret or personal-data value in full.
import { createLinter, formatters, FORMAT_NAMES, resolveConfig, type FormatContext } from "@postlint/core";
import { describe, expect, it } from "vitest";
import pack from "../src/index.js";

const VALUES = {
  email: "j.devries@example.com",
  phone: "06-12345678",
  card: "4111 1111 1111 1111",
  iban: "NL91 ABNA 0417 1643 00",
  cpr: "010190-1234",
  password: "Zomer2026!?",
  token: "ghp_k8Qz2LmT4vR9xWc1NpB6yH3sJ7dF0gA5eU2i",
};
// Several values on one line: the stylish excerpt of one finding must not show its neighbours.
const TEXT = `---
lang: en
date: 2026-12-01
---
Mail ${VALUES.email} or call ${VALUES.phone}, card ${VALUES.card}, IBAN ${VALUES.iban}.
Her CPR is ${VALUES.cpr}. The password is ${VALUES.password} and the token ${VALUES.token}
-----BEGIN OPENSSH PRIVATE KEY-----
b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ
-----END OPENSSH PRIVATE KEY-----
`;
const linter = createLinter({ packs: [pack], config: resolveConfig({}) });
const context: FormatContext = { cwd: "/repo", color: false, rules: pack.rules, sources: new Map([["/repo/post.md", TEXT]]) };

describe("sensitive values are masked", () => {
  it("finds every value", async () => {
    const result = await linter.lint({ text: TEXT, filePath: "/repo/post.md" });
    const ids = result.messages.map((m) => m.messageId);
    expect(ids).toEqual(expect.arrayContaining(["email", "phone", "card", "iban", "nationalId", "password", "token", "privateKey"]));
  });
  it.each(FORMAT_NAMES)("in the %s format", async (format) => {
    const result = await linter.lint({ text: TEXT, filePath: "/repo/post.md" });
    const out = formatters[format]([result], context);
    expect(out.length).toBeGreaterThan(0);
    for (const value of [...Object.values(VALUES), "b3BlbnNzaC1rZXktdjEAAAAABG5vbmUAAAAEbm9uZQ"]) {
      expect(out).not.toContain(value);
      // JSON escapes nothing in these values, but check the compact form too (digits without spaces).
      if (/\d \d/.test(value)) expect(out).not.toContain(value.replace(/ /g, ""));
    }
  });
  it("in the --fix output", async () => {
    const result = await linter.lint({ text: TEXT, filePath: "/repo/post.md", fix: true });
    expect(result.output).toBeDefined();
    for (const value of Object.values(VALUES)) expect(result.output).not.toContain(value);
    expect(result.output).toContain("[private key removed]");
  });
});
