// usage: node scripts/.att.mjs <lang> "text" [official] — concept hits and attitudes of a post
import { createLinter } from "@postlint/core";
import { conceptMatcher } from "../rules/dist/concepts/lexicon.js";
import { findAttitudes } from "../rules/dist/concepts/attitude.js";
const [lang, text, account] = process.argv.slice(2);
const TAGS = ["target", "not-target", "venting", "grievance", "work-context", "sarcasm", "negative", "positive", "exasperation", "first-person", "dismissive", "family", "layoffs", "group", "dehumanising", "incapable", "skill", "disaster", "hardship", "politics", "drinking", "personal-aside", "sales", "deal", "results", "corporate-speak", "bonus"];
const probe = { id: "att", meta: { description: "t", policy: [], languages: ["en", "nl", "da"], defaultSeverity: "warn", fixable: false }, messages: { en: { a: "a" } },
  async check(post) {
    for (const tag of TAGS) {
      const m = await conceptMatcher(post.language, [tag]);
      const hits = m.find(post, { all: true });
      if (hits.length) console.log(tag.padEnd(14), hits.map((h) => `${h.text}${h.data.tags.length > 1 ? "[" + h.data.tags.join("/") + "]" : ""}`).join(" | "));
    }
    const a = await findAttitudes(post, {});
    console.log("attitudes", JSON.stringify(a.attitudes), "targets", a.targets.map((t) => t.text).join(","));
  } };
const linter = createLinter({ packs: [{ name: "p", rules: [probe] }], config: {} });
await linter.lint({ text, meta: { lang, ...(account ? { account: "official" } : {}) } });
