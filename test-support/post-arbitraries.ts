// fast-check arbitraries for posts: arbitrary Unicode, Markdown shapes (nested lists, quotes,
// emphasis, links, code, HTML comments and directives, tables), front matter (valid, invalid,
// aliases, huge) and post fields, seeded with words the default pack flags so rules do fire.
import fc from "fast-check";

/** Words and shapes the rules look for, and characters that trip parsers and position maths. */
const NOTABLE = [
  "fuck", "damn", "idiot", "My boss is a clown", "Project Hydra", "Q3 forecast", "Aurora Pro", "Project Kestrel",
  "jane@example.com", "ja*.****@*****.*om", "+31 6 12345678", "+45 70 10 20 30", "NL91ABNA0417164300", "4111 1111 1111 1111",
  "$1.2M", "40%", "18 procent", "https://example.com/a.", "www.example.nl", "@northwind", "#Northwind", "@northwind_cfo",
  "cheap", "guaranteed", "kut", "lort", "klootzak", "sk_live_abcdefghijklmnop", "password: hunter22",
  "Bearer abcdefghijklmnopqrstuv", "AKIAABCDEFGHIJKLMNOP", "Opinions are mine alone", "we have decided:", "teh",
  "ﬁ", "Ｆｕｃｋ", "f\u200buck", "f*ck", "f.u.c.k", "😀", "👍🏽", "e\u0301", "\u202e", "\u00a0", "\t", "\r\n", "\r", "\0", "\ufeff",
  "&amp;", "&#x1F600;", "\\", "`", "<", ">", "|", "!", "?!?!", "...", "…",
];

export const word: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...NOTABLE) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z]{1,10}$/) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 8 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);

const directive = fc.constantFrom(
  "<!-- postlint-disable -->", "<!-- postlint-enable -->", "<!-- postlint-disable profanity -- approved -->",
  "<!-- postlint-disable-next-line -->", "<!-- postlint-disable-line confidential-info -->", "<!-- postlint-disable nope",
  "<!-- a comment -->", "<!--", "-->",
);

const { inline } = fc.letrec<{ inline: string; emphasis: string; link: string }>((tie) => ({
  inline: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    word,
    tie("emphasis"),
    tie("link"),
    word.map((w) => `\`${w}\``),
    directive,
  ),
  emphasis: fc.tuple(fc.constantFrom("*", "_", "**", "__", "~~", "***"), fc.array(tie("inline"), { maxLength: 3 })).map(([d, xs]) => `${d}${xs.join(" ")}${d}`),
  link: fc.tuple(fc.array(tie("inline"), { maxLength: 2 }), word, fc.boolean()).map(([xs, url, image]) => `${image ? "!" : ""}[${xs.join(" ")}](${url})`),
}));

const line = fc.array(inline, { minLength: 1, maxLength: 8 }).map((xs) => xs.join(" "));

const { block } = fc.letrec<{ block: string; container: string }>((tie) => ({
  block: fc.oneof(
    { depthSize: "small", withCrossShrink: true },
    { weight: 4, arbitrary: line },
    tie("container"),
    line.map((l) => `${"#".repeat(1 + (l.length % 6))} ${l}`),
    fc.array(line, { maxLength: 3 }).map((ls) => `\`\`\`\n${ls.join("\n")}\n\`\`\``),
    line.map((l) => `    ${l}`),
    fc.array(line, { minLength: 1, maxLength: 3 }).map((ls) => `| a | b |\n| --- | --- |\n${ls.map((l) => `| ${l} | x |`).join("\n")}`),
    line.map((l) => `<div>\n${l}\n</div>`),
    directive,
    fc.constantFrom("---", "***", "", "   "),
  ),
  container: fc
    .tuple(fc.constantFrom("- ", "* ", "1. ", "> ", "10) ", "- [ ] "), fc.array(tie("block"), { minLength: 1, maxLength: 3 }))
    .map(([marker, blocks]) => blocks.map((b) => b.split("\n").map((l, i) => (i === 0 || marker === "> " ? marker : " ".repeat(marker.length)) + l).join("\n")).join("\n")),
}));

export const markdownBody: fc.Arbitrary<string> = fc.array(block, { minLength: 1, maxLength: 6 }).chain((blocks) =>
  fc.constantFrom("\n", "\n\n", "\r\n", "\r").map((br) => blocks.join(br)),
);

const PLATFORMS = ["x", "linkedin", "instagram", "facebook", "threads", "bluesky", "mastodon", "tiktok", "twitter", "myspace", ""];
const scalar = fc.oneof(word, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.date({ noInvalidDate: true }).map((d) => d.toISOString()));

const frontMatterFields = fc.record(
  {
    platform: fc.oneof(fc.constantFrom(...PLATFORMS), scalar),
    account: fc.oneof(fc.constantFrom("personal", "official", "brand"), scalar),
    author: fc.oneof(fc.constantFrom("jane.doe", "@northwind_ceo", "someone"), scalar),
    lang: fc.oneof(fc.constantFrom("en", "nl", "da", "auto", "fr"), scalar),
    date: fc.oneof(fc.constantFrom("2026-12-01", "2027-06-01", "2027-13-45", "tomorrow"), scalar),
    postlint: fc.oneof(fc.record({ disable: fc.array(fc.constantFrom("profanity", "confidential-info", "*", "nope"), { maxLength: 3 }) }), scalar),
    extra: scalar,
  },
  { requiredKeys: [] },
);

/** Front matter: valid fields, wrong types, broken YAML, aliases (a bomb among them) and oversized. */
export const frontMatter: fc.Arbitrary<string> = fc.oneof(
  { weight: 4, arbitrary: frontMatterFields.map((fields) => Object.entries(fields).map(([k, v]) => `${k}: ${JSON.stringify(v)}`).join("\n")) },
  fc.constantFrom(
    "platform: [unclosed",
    "a: &a x\nb: *a\nplatform: *a",
    "a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]",
    "- just\n- a list",
    "\"a string\"",
    "!!js/function 'x'",
    "? complex key\n: value",
    "__proto__: {polluted: true}",
    "date: !!timestamp 2027-01-01",
    `note: "${"x".repeat(17_000)}"`,
    "\t: tab",
    "",
  ),
);

/** A post: maybe front matter, then a Markdown body. */
export const post: fc.Arbitrary<string> = fc
  .tuple(fc.option(frontMatter, { freq: 3 }), markdownBody, fc.boolean())
  .map(([fm, body, bom]) => `${bom ? "\ufeff" : ""}${fm === null ? "" : `---\n${fm}\n---\n`}${body}`);

/** Post fields as a caller passes them (flags, an API request): right and wrong. */
export const postFields = fc.record(
  {
    platform: fc.constantFrom(...PLATFORMS),
    account: fc.constantFrom("personal", "official"),
    author: fc.constantFrom("jane.doe", "@northwind_ceo", "someone"),
    lang: fc.constantFrom("en", "nl", "da", "auto"),
    date: fc.constantFrom("2026-12-01", "2027-06-01", "2027-03-01"),
  },
  { requiredKeys: [] },
);
