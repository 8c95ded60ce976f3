import { definePolicyRule, invisibleFree, lexiconMatchers, removalRange, resolveCues, type LexiconEntry, type PhraseHit } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { lexiconFor } from "./lexicons.js";
import { isAboutSecret, isCodeName, isPlaceholder, isSecretValue, nameAround, settingAfter, splitCodeNames } from "./secret/names.js";
import { findKnownTokens, valueAfter } from "./secret/patterns.js";
import { mayHoldToken, secretlint, type TokenHit } from "./secret/secretlint.js";

export default definePolicyRule({
  id: "secret",
  meta: {
    description: "Flags passwords, PINs, API keys, tokens and private keys (secretlint's recommended rules, password phrasings in English, Dutch and Danish, and secret settings such as DB_PASSWORD=… or \"apiKey\": \"…\").",
    policy: ["P15"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: true,
    docsUrl: docsUrl("secret"),
  },
  messages: {
    en: {
      token: "“{text}” looks like a {kind} key or token. Anyone who reads the post can use it. Remove it and ask whoever owns it to revoke it: a deleted post may already be copied.",
      privateKey: "This is a private key (“{text}”). Anyone who reads the post can use it. Remove it and have the key replaced: a deleted post may already be copied.",
      password: "“{text}” looks like a password or access code. Anyone who reads the post can use it. Remove it and change the password; share access privately instead.",
      recipe: "“{text}” tells anyone who reads the post how to work out the password or code. Remove it and change the password; share access privately instead.",
      setting: "“{text}” is the value of {name}, which looks like a password or key. Anyone who reads the post can use it. Replace the value with a placeholder such as “…” before you share code or config, and ask whoever owns it to change it: a deleted post may already be copied.",
    },
    nl: {
      token: "“{text}” lijkt een {kind}-sleutel of -token. Iedereen die het bericht leest, kan hem gebruiken. Haal hem weg en laat de eigenaar hem intrekken: een verwijderd bericht kan al gekopieerd zijn.",
      privateKey: "Dit is een privésleutel (“{text}”). Iedereen die het bericht leest, kan hem gebruiken. Haal hem weg en laat de sleutel vervangen: een verwijderd bericht kan al gekopieerd zijn.",
      password: "“{text}” lijkt een wachtwoord of toegangscode. Iedereen die het bericht leest, kan het gebruiken. Haal het weg en wijzig het wachtwoord; geef toegang liever via een privékanaal.",
      recipe: "Met “{text}” kan iedereen die het bericht leest het wachtwoord of de code afleiden. Haal het weg en wijzig het wachtwoord; geef toegang liever via een privékanaal.",
      setting: "“{text}” is de waarde van {name}, en dat lijkt een wachtwoord of sleutel. Iedereen die het bericht leest, kan hem gebruiken. Vervang de waarde door een neutrale waarde zoals “…” voordat je code of configuratie deelt, en laat de eigenaar hem vervangen: een verwijderd bericht kan al gekopieerd zijn.",
    },
    da: {
      token: "“{text}” ligner en {kind}-nøgle eller -token. Alle, der læser opslaget, kan bruge den. Fjern den, og bed ejeren om at spærre den: et slettet opslag kan allerede være kopieret.",
      privateKey: "Dette er en privat nøgle (“{text}”). Alle, der læser opslaget, kan bruge den. Fjern den, og få nøglen udskiftet: et slettet opslag kan allerede være kopieret.",
      password: "“{text}” ligner en adgangskode eller pinkode. Alle, der læser opslaget, kan bruge den. Fjern den, og skift koden; giv hellere adgang via en privat kanal.",
      recipe: "Med “{text}” kan alle, der læser opslaget, regne adgangskoden eller koden ud. Fjern det, og skift koden; giv hellere adgang via en privat kanal.",
      setting: "“{text}” er værdien af {name}, og det ligner en adgangskode eller nøgle. Alle, der læser opslaget, kan bruge den. Erstat værdien med en pladsholder som “…”, før du deler kode eller konfiguration, og bed ejeren om at skifte den: et slettet opslag kan allerede være kopieret.",
    },
  },
  setup() {
    return { keywords: lexiconMatchers((lang) => lexiconFor("secret", lang), { stem: false }) };
  },
  async check(post, ctx, { keywords }) {
    const found: (TokenHit & { messageId: string; name?: string })[] = [];
    const add = (hit: TokenHit & { name?: string }, messageId: string): void => {
      if (!found.some((f) => hit.start < f.end && hit.end > f.start)) found.push({ ...hit, messageId });
    };
    // Keys are found in the text without zero-width characters, so `sk_live_ab\u200bcd…` is still a key.
    const clean = invisibleFree(post.text);
    const original = <H extends TokenHit>(hit: H): H => ({ ...hit, start: clean.toOriginal(hit.start), end: clean.toOriginal(hit.end - 1) + 1 });
    for (const hit of findKnownTokens(clean.text, clean.toView(post.bodyStart)).map(original)) add(hit, hit.kind === "private-key" ? "privateKey" : "token");
    const matcher = await keywords(post.language);
    // Code names are split into words, so `DB_PASSWORD` and `apiKey` hold the keywords too.
    const view = { text: post.text, tokens: splitCodeNames(post.tokens), language: post.language };
    const values: (TokenHit & { messageId: string; name: string })[] = [];
    // Quoted words still count here: a password in quotes is still a password.
    for (const hit of resolveCues(view, matcher.find(view), { window: 0 })) {
      const value = credentialAfter(post.text, hit);
      if (value) values.push({ ...value, kind: "password" });
    }
    const bodyStart = clean.toView(post.bodyStart);
    const body = clean.text.slice(bodyStart);
    if (mayHoldToken(body)) {
      const lint = await secretlint();
      for (const raw of await lint(body)) {
        const hit = original({ ...raw, start: raw.start + bodyStart, end: raw.end + bodyStart });
        // secretlint's range for `NAME=value` may start at the name and stop short of the value's
        // end; the value found after the name is the precise one then.
        if (values.some((v) => hit.start < v.start && hit.end > v.start)) continue;
        add(hit, hit.kind === "private-key" ? "privateKey" : "token");
      }
    }
    for (const value of values) add(value, value.messageId);
    for (const f of found.sort((a, b) => a.start - b.start)) {
      ctx.report({
        messageId: f.messageId,
        range: [f.start, f.end],
        data: { kind: f.kind, name: f.name ?? "" },
        sensitive: true,
        // The fix takes the secret out: a masked value ("No*********26!") in a published post still
        // shows part of it and reads as a mistake. The finding's own text stays masked.
        fix: f.messageId === "privateKey" ? { range: [f.start, f.end], text: "[private key removed]" } : { range: removalRange(post.text, f.start, f.end), text: "" },
      });
    }
  },
});

const USER_BEFORE = /\b(?:user(?:name)?|login|gebruiker(?:snaam)?|inlog|bruger(?:navn)?)\b[\s:=]*[^\s:=]/iu;

/**
 * The credential written after a keyword hit. After a name and `=` or `:` (`DB_PASSWORD=…`,
 * `"apiKey": "…"`, `wachtwoord: …`) it is the value, unless that is a placeholder or the name is
 * about the secret (`PASSWORD_MIN_LENGTH=12`). Otherwise it is a password-like word soon after the
 * keyword ("the DB_PASSWORD is still Sommer2026!"). Code words (tag `name`: token, secret, api key)
 * count only in code-style names, so "a token of thanks" or "Secret Santa" never do.
 */
function credentialAfter(text: string, hit: PhraseHit<LexiconEntry>): { start: number; end: number; messageId: string; name: string } | undefined {
  // After a user name on the same line ("gebruiker winkel01 en ww 4455") a bare number is the password.
  const code = hit.data.tags.includes("code") || USER_BEFORE.test(text.slice(Math.max(0, text.lastIndexOf("\n", hit.start) + 1, hit.start - 80), hit.start));
  const around = nameAround(text, hit.start, hit.end);
  if (isAboutSecret(around.name)) return undefined;
  const codeName = isCodeName(around.name);
  const setting = settingAfter(text, around.end);
  // A kebab-case key with a value (`api-token: …`, `--api-key=…`) is config too.
  // So is a quoted value or a name in capitals right before `=` (`PASSWORD="admin"`, `PASSWORD=admin`).
  const asCode = codeName || setting?.quotedKey === true || (setting !== undefined && (setting.quoted || (/^\p{Lu}{2,}$/u.test(around.name) && /^\s*=/.test(text.slice(around.end, around.end + 3))))) || (setting !== undefined && hit.data.tags.includes("name") && /^[a-z0-9]+(?:-[a-z0-9]+)+$/i.test(around.name));
  if (hit.data.tags.includes("name") && !asCode) return undefined;
  if (setting && (asCode || isPlaceholder(setting.value) || isSecretValue(setting.value, code, false))) {
    if (!isSecretValue(setting.value, code, asCode)) return undefined;
    return { start: setting.start, end: setting.end, messageId: asCode ? "setting" : "password", name: around.name };
  }
  // A compound the keyword only starts ("wachtwoordmanager") is not followed by its value as a word.
  const compound = hit.phrase.endsWith("*") && /^\p{L}/u.test(text.slice(hit.end - 1, hit.end)) && hit.text.length > hit.phrase.length;
  // "log in with …" says nothing about a plain word after it ("log in with MitID"): only a value
  // that mixes digits with letters or symbols counts there (tag `mixed`).
  const value = valueAfter(text, codeName ? around.end : hit.end, code, !compound && !hit.data.tags.includes("mixed"));
  if (value) return { ...value, messageId: "password", name: around.name };
  const recipe = compound ? undefined : recipeAfter(text, hit.end);
  return recipe && { ...recipe, messageId: "recipe", name: around.name };
}

/**
 * How to work the password out, said instead of it: "de code is vier keer de 7 met een
 * uitroepteken", "koden er postnummeret baglæns", "the password's Sharon's dog's name and the
 * year", "koden er firmaets navn med stort og så årstallet". After "is" (or "'s", "er"), within the
 * clause: a count of repeats (not "three times faster"), a reversal, a named person's pet or
 * relative ("your dog's name" is advice), or the company's name and the year. Not in a question.
 */
const RECIPE = /\b(?:\w+\s+(?:times|keer|gange)\b(?!\s+(?:zo|so|as|more|less|faster|safer|better|meer|minder|sneller|veiliger|beter|så|mere|mindre|hurtigere|sikrere|bedre)\b)|backwards|reversed|baglæns|omvendt|achterstevoren|omgekeerd|(?:\p{Lu}\p{L}*['’]s|my|our)\s+(?:dog|cat|son|daughter|wife|husband|mum|mom|dad)['’]s\s+(?:name|birthday)|(?:naam|verjaardag|geboortedatum|postcode)\s+van|(?:navn|fødselsdag|postnummer)(?:et|en)?\s+(?:på|til|baglæns)|(?:postnummeret|postcode)\b|(?:firmaets|virksomhedens|butikkens)\s+navn|(?:the\s+)?company['’]?s?\s+name|bedrijfsnaam|naam\s+van\s+(?:het\s+bedrijf|de\s+zaak|de\s+winkel)|årstallet|het\s+jaartal|med\s+stort\s+(?:og|forbogstav)|met\s+een\s+hoofdletter\s+en|with\s+a\s+capital\s+and)/iu;
function recipeAfter(text: string, at: number): { start: number; end: number } | undefined {
  const clauseEnd = text.slice(at).search(/[.!?\n]|,\s(?:so|dus|så)\b/u);
  // A question ("is it written backwards on the whiteboard?") tells nothing.
  if (clauseEnd !== -1 && text[at + clauseEnd] === "?") return undefined;
  const clause = text.slice(at, clauseEnd === -1 ? undefined : at + clauseEnd);
  // "the password's …": the keyword's own "'s" is the "is".
  const link = /['’]s$/u.test(text.slice(0, at)) ? /^\s*/u.exec(clause) : /^\s*(?:is|was|['’]s|er|var|=|:)\s+/iu.exec(clause);
  if (!link || !RECIPE.test(clause.slice(link[0].length))) return undefined;
  const start = at + link[0].length;
  return { start, end: at + clause.trimEnd().length };
}
