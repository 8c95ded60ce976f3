import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { json, postlint, project } from "./run.js";

const POST = "---\nlang: en\n---\nMail me at jane.doe@example.com about it.\n";
const FIXED = "---\nlang: en\n---\nMail me at [public e-mail address] about it.\n";
const BOM = Buffer.from([0xef, 0xbb, 0xbf]);

describe("--fix", () => {
  it("keeps a UTF-8 byte-order mark", () => {
    const cwd = project({ "a.md": Buffer.concat([BOM, Buffer.from(POST)]) });
    expect(postlint(["--fix", "a.md"], { cwd }).code).toBe(0);
    expect(readFileSync(path.join(cwd, "a.md"))).toEqual(Buffer.concat([BOM, Buffer.from(FIXED)]));
  });

  it("keeps UTF-16 (with its BOM) when it fixes a UTF-16 post", () => {
    const cwd = project({ "a.md": Buffer.from("\uFEFF" + POST, "utf16le") });
    expect(postlint(["--fix", "a.md"], { cwd }).code).toBe(0);
    expect(readFileSync(path.join(cwd, "a.md"))).toEqual(Buffer.from("\uFEFF" + FIXED, "utf16le"));
  });

  it("does not overwrite an edit saved while it ran: that post is reported, the others are fixed", () => {
    // A rule pack standing in for the author's editor: it saves a new version of a.md while
    // postlint is linting it, after postlint has read it.
    const editor = `import { writeFileSync } from "node:fs";
let saved = false;
export default { name: "editor", rules: [{
  id: "editor/save", meta: { description: "saves a.md", policy: [], languages: ["en", "nl", "da"], defaultSeverity: "warn" },
  messages: { en: {} },
  check(post) {
    if (saved || !post.text.includes("jane.doe")) return;
    saved = true;
    writeFileSync("a.md", "---\\nlang: en\\n---\\nRewritten by the author while postlint ran.\\n");
  },
}] };
`;
    const cwd = project({ ".postlintrc.yaml": "plugins: [./editor.mjs]\n", "editor.mjs": editor, "a.md": POST, "b.md": POST.replace("Mail", "Write") });
    const r = postlint(["--fix", "--format", "json", "a.md", "b.md"], { cwd });
    expect(readFileSync(path.join(cwd, "a.md"), "utf8")).toBe("---\nlang: en\n---\nRewritten by the author while postlint ran.\n");
    expect(readFileSync(path.join(cwd, "b.md"), "utf8")).toBe(FIXED.replace("Mail", "Write"));
    expect(r.code).toBe(2);
    expect(json(r)[0]!.messages[0]).toMatchObject({ fatal: true, message: "not fixed: the file changed while postlint was running; run postlint --fix again" });
    expect(json(r)[1]!.messages).toEqual([]);
  });
});
