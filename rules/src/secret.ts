import { definePolicyRule, lexiconMatchers, mask, resolveCues, tokenizeText, type Post, type Token } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { lexiconFor } from "./lexicons.js";
import { findKnownTokens, valueAfter } from "./secret/patterns.js";
import { mayHoldToken, secretlint, type TokenHit } from "./secret/secretlint.js";

export default definePolicyRule({
  id: "secret",
  meta: {
    description: "Flags passwords, PINs, API keys, tokens and private keys (secretlint's recommended rules plus password phrasings in English, Dutch and Danish).",
    policy: ["P15"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: true,
    docsUrl: docsUrl("secret"),
  },
  messages: {
    en: {
      token: "“{text}” looks like a {kind} key or token. Anyone who reads the post can use it (P15). Remove it and ask whoever owns it to revoke it: a deleted post may already be copied.",
      privateKey: "This is a private key (“{text}”). Anyone who reads the post can use it (P15). Remove it and have the key replaced: a deleted post may already be copied.",
      password: "“{text}” looks like a password or access code. Anyone who reads the post can use it (P15). Remove it and change the password; share access privately instead.",
    },
    nl: {
      token: "“{text}” lijkt een {kind}-sleutel of -token. Iedereen die het bericht leest, kan hem gebruiken (P15). Haal hem weg en laat de eigenaar hem intrekken: een verwijderd bericht kan al gekopieerd zijn.",
      privateKey: "Dit is een privésleutel (“{text}”). Iedereen die het bericht leest, kan hem gebruiken (P15). Haal hem weg en laat de sleutel vervangen: een verwijderd bericht kan al gekopieerd zijn.",
      password: "“{text}” lijkt een wachtwoord of toegangscode. Iedereen die het bericht leest, kan het gebruiken (P15). Haal het weg en verander het wachtwoord; deel toegang liever privé.",
    },
    da: {
      token: "“{text}” ligner en {kind}-nøgle eller -token. Alle, der læser opslaget, kan bruge den (P15). Fjern den, og bed ejeren om at spærre den: et slettet opslag kan allerede være kopieret.",
      privateKey: "Dette er en privat nøgle (“{text}”). Alle, der læser opslaget, kan bruge den (P15). Fjern den, og få nøglen udskiftet: et slettet opslag kan allerede være kopieret.",
      password: "“{text}” ligner en adgangskode eller kode. Alle, der læser opslaget, kan bruge den (P15). Fjern den, og skift koden; del adgang privat i stedet.",
    },
  },
  setup() {
    return { keywords: lexiconMatchers((lang) => lexiconFor("secret", lang), { stem: false }) };
  },
  async check(post, ctx, { keywords }) {
    const found: (TokenHit & { messageId: string })[] = [];
    const add = (hit: TokenHit, messageId: string): void => {
      if (!found.some((f) => hit.start < f.end && hit.end > f.start)) found.push({ ...hit, messageId });
    };
    for (const hit of findKnownTokens(post.text, post.bodyStart)) add(hit, hit.kind === "private-key" ? "privateKey" : "token");
    const body = post.text.slice(post.bodyStart);
    if (mayHoldToken(body)) {
      const lint = await secretlint();
      for (const hit of await lint(body)) add({ ...hit, start: hit.start + post.bodyStart, end: hit.end + post.bodyStart }, hit.kind === "private-key" ? "privateKey" : "token");
    }
    const matcher = await keywords(post.language);
    const view = { text: post.text, tokens: withCodeWords(post), language: post.language };
    // Quoted words still count here: a password in quotes is still a password.
    for (const hit of resolveCues(view, matcher.find(view), { window: 0 })) {
      const value = valueAfter(post.text, hit.end, hit.data.tags.includes("code"));
      if (value) add({ ...value, kind: "password" }, "password");
    }
    for (const f of found.sort((a, b) => a.start - b.start)) {
      const raw = post.text.slice(f.start, f.end);
      ctx.report({
        messageId: f.messageId,
        range: [f.start, f.end],
        data: { kind: f.kind },
        sensitive: true,
        fix: { range: [f.start, f.end], text: f.messageId === "privateKey" ? "[private key removed]" : mask(raw) },
      });
    }
  },
});

/** Prose words plus the words of inline code and code blocks, where credentials are often pasted. */
function withCodeWords(post: Post): Token[] {
  if (post.code.length === 0) return [...post.tokens];
  const code = post.code.flatMap(([s, e]) => tokenizeText(post.text.slice(s, e), post.language, s).tokens);
  return [...post.tokens, ...code].sort((a, b) => a.start - b.start);
}
