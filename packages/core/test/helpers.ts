// A tiny rule pack for engine tests: core never names a real rule, so neither do its tests.
import { compilePhrases, createLinter, definePolicyRule, z, type LinterOptions, type Post, type RulePack } from "@postlint/core";

/** Reports every phrase of `options.phrases`; `secret` hits are sensitive, `fixme` hits carry a fix. */
export const wordRule = definePolicyRule({
  id: "word",
  meta: {
    description: "Flags test words.",
    policy: ["P1"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    fixable: true,
    docsUrl: "https://example.test/docs/word.md",
    options: z.strictObject({ phrases: z.array(z.string()).default(["darn", "heck", "secret", "fixme", "loud"]) }),
  },
  messages: {
    en: { found: "Found “{text}”.", loud: "Loud “{text}”." },
    nl: { found: "Gevonden: “{text}”." },
  },
  setup({ options }) {
    return compilePhrases(options.phrases.map((phrase) => ({ phrase, data: phrase })));
  },
  check(post, ctx, matcher) {
    for (const hit of matcher.find(post)) {
      ctx.report({
        messageId: hit.data === "loud" ? "loud" : "found",
        range: [hit.start, hit.end],
        ...(hit.data === "loud" ? { severity: "error" as const } : {}),
        ...(hit.data.startsWith("secret") ? { sensitive: true } : {}),
        ...(hit.data === "fixme" ? { fix: { range: [hit.start, hit.end] as const, text: "fixed" } } : {}),
      });
    }
  },
});

/** Only for official accounts, to check `meta.accounts`. */
const officialRule = definePolicyRule({
  id: "official-only",
  meta: { description: "Flags “brand” on official accounts.", policy: ["P19"], languages: ["en"], defaultSeverity: "error", accounts: ["official"] },
  messages: { en: { brand: "Brand word “{text}”." } },
  check(post, ctx) {
    for (const t of post.tokens) if (t.norm === "brand") ctx.report({ messageId: "brand", range: [t.start, t.end] });
  },
});

export const testPack: RulePack = {
  name: "test-pack",
  rules: [wordRule, officialRule],
  clauses: { P1: { en: "Confidential stays internal", nl: "Vertrouwelijk blijft intern" }, P19: { en: "Brand voice" } },
};

export function testLinter(options: Partial<LinterOptions> = {}) {
  return createLinter({ packs: [testPack], ...options });
}

/** The parsed post a rule would see. */
export async function parsePost(text: string, meta: { lang?: "en" | "nl" | "da" | "auto" } = {}): Promise<Post> {
  let seen: Post | undefined;
  const spy = definePolicyRule({
    id: "spy",
    meta: { description: "", policy: [], languages: ["en", "nl", "da"], defaultSeverity: "warn" },
    messages: { en: {} },
    check(post) {
      seen = post;
    },
  });
  const result = await createLinter({ packs: [{ name: "spy", rules: [spy] }] }).lint({ text, meta });
  if (!seen) throw new Error(`post was not parsed: ${JSON.stringify(result.messages)}`);
  return seen;
}
