import { describe, expect, it } from "vitest";
import { testLinter } from "./helpers.js";

const lint = async (text: string, reportUnusedDisable = false) => {
  const result = await testLinter({ reportUnusedDisable }).lint({ text, meta: { lang: "en" } });
  return result.messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? "-"}/${m.messageId ?? "-"}`);
};

describe("suppressions", () => {
  it("disable-next-line with a reason silences only the next line", async () => {
    const text = "<!-- postlint-disable-next-line word -- quoting a customer -->\ndarn it\ndarn again\n";
    expect(await lint(text)).toEqual(["3:1 word/found"]);
  });

  it("disable … enable silences a block, for the named rule only", async () => {
    const text = [
      "darn one",
      "<!-- postlint-disable word -- a quote from the film -->",
      "darn two, heck",
      "<!-- postlint-enable word -->",
      "darn three",
    ].join("\n");
    expect(await lint(text)).toEqual(["1:1 word/found", "5:1 word/found"]);
  });

  it("a directive for another rule silences nothing", async () => {
    expect(await lint("<!-- postlint-disable-next-line official-only -- not relevant -->\ndarn\n")).toEqual(["2:1 word/found"]);
  });

  it("a directive without rule ids silences every rule", async () => {
    expect(await lint("<!-- postlint-disable -- legal reviewed this post -->\ndarn, heck and loud\n")).toEqual([]);
  });

  it("warns about a suppression without a reason, at the comment", async () => {
    expect(await lint("Intro line\n<!-- postlint-disable-next-line word -->\ndarn\n")).toEqual(["2:1 suppression/missingReason"]);
  });

  it("front matter `postlint.disable` turns rules off, and asks for a reason", async () => {
    expect(await lint("---\npostlint:\n  disable: [word]\n  reason: the campaign quotes a film\n---\ndarn\n")).toEqual([]);
    expect(await lint("---\npostlint:\n  disable: [word]\n---\ndarn\n")).toEqual(["1:1 suppression/missingReason"]);
  });

  it("reports unused directives only with reportUnusedDisable", async () => {
    const text = "<!-- postlint-disable-next-line word -- just in case -->\nall clean here\n";
    expect(await lint(text)).toEqual([]);
    expect(await lint(text, true)).toEqual(["1:1 suppression/unusedDirective"]);
    expect(await lint("<!-- postlint-disable-next-line word -- quoting -->\ndarn\n", true)).toEqual([]);
  });

  it("suppression warnings count as warnings, not errors", async () => {
    const result = await testLinter().lint("<!-- postlint-disable word -->\ndarn\n");
    expect([result.errorCount, result.warningCount]).toEqual([0, 1]);
  });

  it("tells lint() callers about unused directives when asked, even after a plain call", async () => {
    const { lint: lintText } = await import("@postlint/core");
    const { testPack } = await import("./helpers.js");
    const packs = [testPack];
    const text = "<!-- postlint-disable word -- nothing to hide -->\nclean text\n";
    expect((await lintText(text, { packs })).messages).toEqual([]);
    expect((await lintText(text, { packs, reportUnusedDisable: true })).messages.map((m) => m.messageId)).toEqual(["unusedDirective"]);
  });
});
