import { compileLexicon, compilePhrases, definePolicyRule, type Language, type LexiconEntry, type PhraseMatcher, type Post } from "@postlint/core";
import { compileNames } from "./brand-voice/names.js";
import { findShouting } from "./brand-voice/shouting.js";
import { docsUrl } from "./docs-url.js";
import { lexiconFor } from "./lexicons.js";
import { findAttitudes, type TargetKind } from "./concepts/index.js";

/** The substitute written the way the banned word was: CHEAP → AFFORDABLE, Cheap → Affordable. */
function matchCase(original: string, replacement: string): string {
  if (original === original.toUpperCase() && /\p{L}{2}/u.test(original)) return replacement.toUpperCase();
  if (/^\p{Lu}/u.test(original)) return replacement.charAt(0).toUpperCase() + replacement.slice(1);
  return replacement;
}

const INSTEAD: Record<Language, { with: string; without: string }> = {
  en: { with: "Write “{replacement}” instead.", without: "Say it another way." },
  nl: { with: "Schrijf liever “{replacement}”.", without: "Zeg het op een andere manier." },
  da: { with: "Skriv hellere “{replacement}”.", without: "Sig det på en anden måde." },
};
const TARGETS: Record<Language, Partial<Record<TargetKind, string>>> = {
  en: { customer: "customers", colleague: "colleagues", boss: "colleagues", shareholder: "shareholders" },
  nl: { customer: "klanten", colleague: "collega's", boss: "collega's", shareholder: "aandeelhouders" },
  da: { customer: "kunder", colleague: "kolleger", boss: "kolleger", shareholder: "aktionærer" },
};
/** Moods nobody posts for a brand. */
const MOOD_EMOJI = /😴|🥱|😩|🙄|😒|🤢|🍺|🍷|🍻/u;

export default definePolicyRule({
  id: "brand-voice",
  meta: {
    description:
      "Flags official-account posts off the brand's voice: banned words (with configured substitutes), a missing required hashtag, misspelled organization or product names, shouting, and personal content or talking down about customers on the brand account.",
    policy: ["P19", "P20"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    accounts: ["official"],
    fixable: true,
    docsUrl: docsUrl("brand-voice"),
    concepts: ["target", "not-target", "venting", "negative", "insult", "emotion", "positive", "neutral", "apology", "first-person", "slur", "disability-insult", "stereotype"],
  },
  messages: {
    en: {
      bannedWord: "“{text}” is on the brand’s list of words it doesn’t use (P19). {instead}",
      misspelledName: "“{text}” looks like “{name}” written another way. Write the name the way the brand does (P19).",
      shouting: "“{text}” may read as shouting. Keep the brand’s tone calm: sentence case, and one exclamation mark at most (P19).",
      personalContent: "“{text}” reads as personal: moods, private life, drinks and personal opinions belong on your own account, not the brand’s (P20). Rewrite it in the brand’s voice, or post it from your own account.",
      offBrandTone: "“{text}” may read as talking down about {target}, and on the brand account everyone reads it as the company’s voice (P19). Say it positively, or leave it out.",
      missingHashtag: "Posts on the brand account carry {hashtag}, so people can find and recognise them (P19). Add it at the end.",
    },
    nl: {
      bannedWord: "“{text}” staat op de lijst van woorden die het merk niet gebruikt (P19). {instead}",
      misspelledName: "“{text}” lijkt “{name}”, maar anders geschreven. Schrijf de naam zoals het merk dat doet (P19).",
      shouting: "“{text}” kan overkomen als schreeuwen. Houd de toon van het merk rustig: gewone hoofdletters en hooguit één uitroepteken (P19).",
      personalContent: "“{text}” klinkt persoonlijk: stemmingen, privéleven, drankjes en persoonlijke meningen horen op je eigen account, niet op dat van het merk (P20). Herschrijf het in de stem van het merk, of plaats het op je eigen account.",
      offBrandTone: "“{text}” kan overkomen als neerbuigend over {target}, en op het merkaccount leest iedereen dat als de stem van het bedrijf (P19). Zeg het positief, of laat het weg.",
      missingHashtag: "Berichten op het merkaccount krijgen {hashtag}, zodat mensen ze vinden en herkennen (P19). Zet hem aan het eind.",
    },
    da: {
      bannedWord: "“{text}” er på listen over ord, brandet ikke bruger (P19). {instead}",
      misspelledName: "“{text}” ligner “{name}”, men stavet anderledes. Skriv navnet, som brandet gør (P19).",
      shouting: "“{text}” kan læses som råb. Hold brandets tone rolig: almindelige store og små bogstaver og højst ét udråbstegn (P19).",
      personalContent: "“{text}” lyder personligt: humør, privatliv, drinks og personlige holdninger hører hjemme på din egen konto, ikke brandets (P20). Skriv det om i brandets stemme, eller del det fra din egen konto.",
      offBrandTone: "“{text}” kan læses som nedladende over for {target}, og på brandets konto læser alle det som virksomhedens stemme (P19). Sig det positivt, eller lad det være.",
      missingHashtag: "Opslag på brandets konto har {hashtag}, så folk kan finde og genkende dem (P19). Tilføj det til sidst.",
    },
  },
  setup({ config }) {
    const substitutions = new Map(Object.entries(config.brand.substitutions).map(([k, v]) => [k.toLowerCase(), v]));
    const banned = compilePhrases(config.brand.banned.map((phrase) => ({ phrase, data: phrase.toLowerCase() })));
    const personal = new Map<Language, PhraseMatcher<LexiconEntry>>();
    const personalFor = (language: Language): PhraseMatcher<LexiconEntry> => {
      let m = personal.get(language);
      if (!m) personal.set(language, (m = compileLexicon(lexiconFor("brand-voice", language))));
      return m;
    };
    return { substitutions, banned, personalFor, names: compileNames(config), required: config.brand.hashtags.required };
  },
  async check(post, ctx, { substitutions, banned, personalFor, names, required }) {
    for (const hit of banned.find(post)) {
      const replacement = substitutions.get(hit.data);
      const instead = replacement ? INSTEAD[post.language].with.replace("{replacement}", replacement) : INSTEAD[post.language].without;
      ctx.report({ messageId: "bannedWord", range: [hit.start, hit.end], data: { instead }, ...(replacement ? { fix: { range: [hit.start, hit.end], text: matchCase(hit.text, replacement) } } : {}) });
    }
    for (const m of names(post)) ctx.report({ messageId: "misspelledName", range: [m.start, m.end], data: { name: m.name }, fix: { range: [m.start, m.end], text: m.name } });
    for (const s of findShouting(post)) ctx.report({ messageId: "shouting", range: [s.start, s.end], ...(s.fix ? { fix: { range: [s.start, s.end], text: s.fix } } : {}) });

    const cues = personalFor(post.language).find(post);
    const strong = cues.find((c) => c.data.confidence !== "low");
    const mood = MOOD_EMOJI.test(post.text.slice(post.bodyStart));
    const personal = strong ?? (cues.length >= 2 || (cues.length === 1 && mood) ? cues[0] : undefined);
    if (personal) ctx.report({ messageId: "personalContent", range: [personal.start, personal.end], clause: "P20" });
    const target = TARGETS[post.language];
    const conflict = (await findAttitudes(post)).attitudes.find((c) => target[c.target]);
    if (conflict && !personal) ctx.report({ messageId: "offBrandTone", range: conflict.range, data: { target: target[conflict.target] ?? "" } });

    if (required.length > 0 && !hasHashtag(post, required)) {
      const first = post.tokens[0];
      const end = post.text.trimEnd().length;
      ctx.report({
        messageId: "missingHashtag",
        range: first ? [first.prefix ? first.start - 1 : first.start, first.end] : [post.bodyStart, end],
        data: { hashtag: required.join(" / ") },
        fix: { range: [end, end], text: ` ${required[0]}` },
      });
    }
  },
});

function hasHashtag(post: Post, required: readonly string[]): boolean {
  const wanted = new Set(required.map((h) => h.replace(/^#/, "").toLowerCase()));
  return post.tokens.some((t) => t.prefix === "#" && wanted.has(t.norm));
}
