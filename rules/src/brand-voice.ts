import { compileLexicon, compilePhrases, definePolicyRule, z, isNegated, isQuoted, lexiconMatchers, type Language, type LexiconEntry, type PhraseHit, type PhraseMatcher, type Post, languageCache } from "@postlint/core";
import { compileNames } from "./brand-voice/names.js";
import { findShouting } from "./brand-voice/shouting.js";
import { docsUrl } from "./docs-url.js";
import { lexiconFor } from "./lexicons.js";
import { conceptEntries, conceptMatcher, curseAsWritten, EYE_ROLL, findAttitudes, findClosures, findHurtful, findLayoffs, hateSymbolRemembered, insensitiveEntries, internalInfoFinder, learnedOption, learnedReport, learnedVerdict, politicalJab, profanityEntries, staffHearing, type TargetKind } from "./concepts/index.js";

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
  en: { customer: "customers", colleague: "colleagues", boss: "colleagues", shareholder: "shareholders", work: "work here" },
  nl: { customer: "klanten", colleague: "collega's", boss: "collega's", shareholder: "aandeelhouders", work: "het werk hier" },
  da: { customer: "kunder", colleague: "kolleger", boss: "kolleger", shareholder: "aktionærer", work: "arbejdet her" },
};
/** Moods nobody posts for a brand. */
const MOOD_EMOJI = /😴|🥱|😩|🙄|😒|🤢|🍺|🍷|🍻|🥴|😵|🤧|🫠/u;
/** Drinks and the morning after: with one drinking word, the post is about the party. */
const DRINK_EMOJI = /🍺|🍷|🍻|🍾|🥂|🍸|🥃|🥴|😵‍💫/u;

export default definePolicyRule({
  id: "brand-voice",
  meta: {
    description:
      "Flags official-account posts off the brand's voice: banned words (with configured substitutes), a missing required hashtag, misspelled organization or product names, shouting, talking down about customers, and (as errors) what the brand's channel is never the place for: swearing, insults and hurtful jokes, political jabs, drinking and personal asides from whoever holds the login, internal HR news such as layoffs or a site's closure its staff are only now hearing, and any other leak confidential-info reads (a meeting's content, a decision before its announcement, unpublished figures).",
    policy: ["P19", "P20"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    accounts: ["official"],
    fixable: true,
    docsUrl: docsUrl("brand-voice"),
    options: z.strictObject({ learned: learnedOption }),
    concepts: ["target", "not-target", "venting", "negative", "insult", "emotion", "positive", "neutral", "apology", "first-person", "slur", "disability-insult", "stereotype", "hiring-bias", "body-shaming", "hate-symbol", "insensitive-ok", "profanity", "profanity-ok", "curse-prefix", "group", "violence", "hatred", "dehumanising", "gender", "skill", "incapable", "disaster", "humour", "rejoicing", "sales-call", "donation", "personal-aside", "drinking", "politics", "sarcasm", "layoffs", "dismissive", "talking-down", "hardship"],
  },
  messages: {
    en: {
      bannedWord: "“{text}” is on the brand’s list of words it doesn’t use. {instead}",
      misspelledName: "“{text}” looks like “{name}” written another way. Write the name the way the brand does.",
      shouting: "“{text}” may read as shouting. Keep the brand’s tone calm: sentence case, and one exclamation mark at most.",
      personalContent: "“{text}” reads as personal: moods, private life, drinks and personal opinions belong on your own account, not the brand’s. Rewrite it in the brand’s voice, or post it from your own account.",
      offBrandTone: "“{text}” may read as talking down about {target}, and on the brand account everyone reads it as the company’s voice. Say it positively, or leave it out.",
      missingHashtag: "Posts on the brand account carry {hashtag}, so people can find and recognise them. Add it at the end.",
      vulgar: "“{text}” is a swear word, and on the brand account it is the company swearing, in front of every customer. Say it without it; if the excitement is the point, an emoji does the job.",
      hurtful: "“{text}” may hurt or belittle people, and on the brand account it is the company saying it. Leave it out; the brand doesn’t call people names or joke at anyone’s expense.",
      politicalJab: "“{text}” takes a swipe at a party, a politician or the government. The brand account speaks for everyone who works here and every customer, whatever they vote. Leave politics out; if the organization needs to take a position, the communications team words it.",
      internalNews: "“{text}” is internal HR news (layoffs, people being let go). The people affected should hear it from their managers, not from the brand account, and an official announcement comes from communications. Take it out, and talk to HR or the communications team.",
      internalInfo: "This shares internal news (“{text}”): a meeting, a decision, figures or plans not yet announced. On the brand account that is the company announcing it. Take it out; announcements go through the communications team.",
      learnedInternal: "This sentence may share something internal{named, select, yes { ({words})} other {}}: a plan, a meeting, a decision or a figure not yet announced, and on the brand account it is the company announcing it. Take it out, or check with the communications team.",
      learned: "This sentence may not fit the brand’s voice{named, select, yes { ({words})} other {}}: it reads like a complaint, a jab or a remark that could hurt, and on the brand account it is the company saying it. Rewrite it in the brand’s voice, or leave it out.",
      dismissive: "“{text}” brushes someone off, and on the brand account it is the company rolling its eyes at a customer in public. Answer the point kindly, or take it to a private message.",
    },
    nl: {
      bannedWord: "“{text}” staat op de lijst van woorden die het merk niet gebruikt. {instead}",
      misspelledName: "“{text}” lijkt “{name}”, maar anders geschreven. Schrijf de naam zoals het merk dat doet.",
      shouting: "“{text}” kan overkomen als schreeuwen. Houd de toon van het merk rustig: gewone hoofdletters en hooguit één uitroepteken.",
      personalContent: "“{text}” klinkt persoonlijk: stemmingen, privéleven, drankjes en persoonlijke meningen horen op je eigen account, niet op dat van het merk. Herschrijf het in de stem van het merk, of plaats het op je eigen account.",
      offBrandTone: "“{text}” kan overkomen als neerbuigend over {target}, en op het merkaccount leest iedereen dat als de stem van het bedrijf. Zeg het positief, of laat het weg.",
      missingHashtag: "Berichten op het merkaccount krijgen {hashtag}, zodat mensen ze vinden en herkennen. Zet hem aan het eind.",
      vulgar: "“{text}” is een krachtterm, en op het merkaccount is het het bedrijf dat vloekt, waar alle klanten bij zijn. Zeg het zonder; gaat het om het enthousiasme, dan doet een emoji het ook.",
      hurtful: "“{text}” kan mensen kwetsen of kleineren, en op het merkaccount zegt het bedrijf dat. Laat het weg; het merk scheldt niemand uit en maakt geen grappen ten koste van anderen.",
      politicalJab: "“{text}” is een sneer naar een partij, een politicus of de regering. Het merkaccount spreekt voor iedereen die hier werkt en voor elke klant, wat die ook stemt. Laat politiek erbuiten; moet de organisatie een standpunt innemen, dan formuleert de afdeling communicatie dat.",
      internalNews: "“{text}” is intern HR-nieuws (ontslagen, mensen die moeten vertrekken). Wie het raakt, hoort dat van de eigen leidinggevende, niet via het merkaccount, en een officiële aankondiging komt van communicatie. Haal het weg en overleg met HR of de afdeling communicatie.",
      internalInfo: "Dit deelt intern nieuws (“{text}”): een overleg, een besluit, cijfers of plannen die nog niet zijn aangekondigd. Op het merkaccount maakt het bedrijf het daarmee bekend. Haal het weg; aankondigingen lopen via de afdeling communicatie.",
      learnedInternal: "Deze zin deelt mogelijk iets interns{named, select, yes { ({words})} other {}}: een plan, een overleg, een besluit of een cijfer dat nog niet is aangekondigd, en op het merkaccount maakt het bedrijf het daarmee bekend. Haal het weg, of overleg met de afdeling communicatie.",
      learned: "Deze zin past mogelijk niet bij de stem van het merk{named, select, yes { ({words})} other {}}: hij leest als een klacht, een sneer of een opmerking die kan kwetsen, en op het merkaccount zegt het bedrijf dat. Herschrijf hem in de stem van het merk, of laat hem weg.",
      dismissive: "“{text}” wuift iemand weg, en op het merkaccount is dat het bedrijf dat publiekelijk met de ogen rolt naar een klant. Ga vriendelijk in op het punt, of neem het op in een privébericht.",
    },
    da: {
      bannedWord: "“{text}” er på listen over ord, brandet ikke bruger. {instead}",
      misspelledName: "“{text}” ligner “{name}”, men stavet anderledes. Skriv navnet, som brandet gør.",
      shouting: "“{text}” kan læses som råb. Hold brandets tone rolig: almindelige store og små bogstaver og højst ét udråbstegn.",
      personalContent: "“{text}” lyder personligt: humør, privatliv, drinks og personlige holdninger hører hjemme på din egen konto, ikke brandets. Skriv det om i brandets stemme, eller del det fra din egen konto.",
      offBrandTone: "“{text}” kan læses som nedladende over for {target}, og på brandets konto læser alle det som virksomhedens stemme. Sig det positivt, eller lad det være.",
      missingHashtag: "Opslag på brandets konto har {hashtag}, så folk kan finde og genkende dem. Tilføj det til sidst.",
      vulgar: "“{text}” er et bandeord, og på brandets konto er det virksomheden, der bander, foran alle kunderne. Sig det uden; handler det om begejstringen, klarer en emoji det fint.",
      hurtful: "“{text}” kan såre eller nedgøre folk, og på brandets konto er det virksomheden, der siger det. Lad det være; brandet kalder ikke folk noget og joker ikke på andres bekostning.",
      politicalJab: "“{text}” er et hip til et parti, en politiker eller regeringen. Brandets konto taler for alle, der arbejder her, og for alle kunder, uanset hvad de stemmer. Hold politik ude; skal organisationen have en holdning, formulerer kommunikationsafdelingen den.",
      internalNews: "“{text}” er intern HR-nyhed (fyringer, folk der skal gå). De berørte skal høre det fra deres leder, ikke fra brandets konto, og en officiel meddelelse kommer fra kommunikation. Tag det ud, og tal med HR eller kommunikationsafdelingen.",
      internalInfo: "Det her deler interne nyheder (“{text}”): et møde, en beslutning, tal eller planer, der ikke er meldt ud. På brandets konto er det virksomheden, der melder det ud. Tag det ud; udmeldinger går gennem kommunikationsafdelingen.",
      learnedInternal: "Denne sætning deler måske noget internt{named, select, yes { ({words})} other {}}: en plan, et møde, en beslutning eller et tal, der ikke er meldt ud, og på brandets konto er det virksomheden, der melder det ud. Tag det ud, eller tal med kommunikationsafdelingen.",
      learned: "Denne sætning passer måske ikke til brandets stemme{named, select, yes { ({words})} other {}}: den læses som en klage, et stik eller en bemærkning, der kan såre, og på brandets konto er det virksomheden, der siger det. Skriv den om i brandets stemme, eller lad den være.",
      dismissive: "“{text}” afviser nogen, og på brandets konto er det virksomheden, der offentligt himler med øjnene ad en kunde. Svar venligt på sagen, eller tag den i en privat besked.",
    },
  },
  setup({ config, options }) {
    const substitutions = new Map(Object.entries(config.brand.substitutions).map(([k, v]) => [k.toLowerCase(), v]));
    const banned = compilePhrases(config.brand.banned.map((phrase) => ({ phrase, data: phrase.toLowerCase() })));
    const personalFor = lexiconMatchers((language) => lexiconFor("brand-voice", language), { stem: false });
    const conductFor = languageCache(
      (language: Language): Conduct => ({
        profanity: compileLexicon(profanityEntries(language).filter((e) => e.tags.includes("profanity-ok") || e.confidence !== "low")),
        insults: compileLexicon([...insensitiveEntries(language), ...conceptEntries(language, ["insult"]).filter((e) => e.confidence === "high")]),
      }),
    );
    return { substitutions, banned, personalFor, conductFor, names: compileNames(config), required: config.brand.hashtags.required, learned: options.learned, internalInfo: internalInfoFinder(config) };
  },
  async check(post, ctx, { substitutions, banned, personalFor, conductFor, names, required, learned, internalInfo }) {
    for (const hit of banned.find(post)) {
      const replacement = substitutions.get(hit.data);
      const instead = replacement ? INSTEAD[post.language].with.replace("{replacement}", replacement) : INSTEAD[post.language].without;
      ctx.report({ messageId: "bannedWord", range: [hit.start, hit.end], data: { instead }, ...(replacement ? { fix: { range: [hit.start, hit.end], text: matchCase(hit.text, replacement) } } : {}) });
    }
    for (const m of names(post)) ctx.report({ messageId: "misspelledName", range: [m.start, m.end], data: { name: m.name }, fix: { range: [m.start, m.end], text: m.name } });
    for (const s of findShouting(post)) ctx.report({ messageId: "shouting", range: [s.start, s.end], ...(s.fix ? { fix: { range: [s.start, s.end], text: s.fix } } : {}) });

    // Conduct: on the brand account swearing, insults and hurtful jokes are the company's (P19).
    const conduct = conductFor(post.language);
    const unquoted = <T>(hits: PhraseHit<T>[]): PhraseHit<T>[] => hits.filter((h) => !isQuoted(post.text, h.start, h.end));
    const vulgar = unquoted(conduct.profanity.find(post)).find((h) => !h.data.tags.includes("profanity-ok") && curseAsWritten(post, h) && (!h.data.tags.includes("curse-prefix") || post.tokens[h.last]?.joined));
    if (vulgar) ctx.report({ messageId: "vulgar", range: [vulgar.start, vulgar.end], severity: "error" });
    // Talking down about customers or colleagues is reported below as off-brand tone, once.
    const target = TARGETS[post.language];
    const conflict = (await findAttitudes(post)).attitudes.find((c) => target[c.target]);
    const apart = (h: { start: number; end: number }, r?: readonly [number, number]): boolean => !r || h.start >= r[1] || h.end <= r[0];
    // A clinical name ("spastic paraplegia") is matched whole only to let its word through.
    const insult = unquoted(conduct.insults.find(post)).find((h) => !h.data.tags.includes("insensitive-ok") && !(h.data.tags.includes("hate-symbol") && hateSymbolRemembered(post)) && !isNegated(post, h.first, 2) && apart(h, vulgar ? [vulgar.start, vulgar.end] : undefined) && apart(h, conflict?.range));
    const hurtful = insult ? { range: [insult.start, insult.end] as [number, number] } : (await findHurtful(post))[0];
    if (hurtful) ctx.report({ messageId: "hurtful", range: hurtful.range, severity: "error" });
    const jab = await politicalJab(post);
    if (jab) ctx.report({ messageId: "politicalJab", range: jab, severity: "error" });
    const hr = await internalNews(post);
    if (hr) ctx.report({ messageId: "internalNews", range: hr, severity: "error", clause: "P20" });
    // Any other leak confidential-info reads (a meeting's content, a decision before it is
    // announced, unpublished figures) is, on the brand account, the company publishing it.
    const leak = hr ? undefined : (await internalInfo(post))[0];
    if (leak) ctx.report({ messageId: "internalInfo", range: leak.range, severity: "error", clause: "P20" });

    const cues = (await personalFor(post.language)).find(post);
    const strong = cues.find((c) => c.data.confidence !== "low");
    const mood = MOOD_EMOJI.test(post.text.slice(post.bodyStart));
    const personal = strong ?? (cues.length >= 2 || (cues.length === 1 && mood) ? cues[0] : undefined) ?? (await personalAside(post));
    if (personal) ctx.report({ messageId: "personalContent", range: [personal.start, personal.end], clause: "P20", severity: "error" });
    if (conflict && !personal) ctx.report({ messageId: "offBrandTone", range: conflict.range, data: { target: target[conflict.target] ?? "" } });
    // An eye-roll already explained as a jab, a personal mood or talking down is not reported twice.
    const explained = conflict || personal || jab || hurtful || vulgar;
    const brushOff = explained ? undefined : await dismissive(post);
    if (brushOff) ctx.report({ messageId: "dismissive", range: brushOff });
    // Nothing in the vocabulary: the learned models for complaints, hurtful remarks and political
    // opinions (concepts/learned.ts) speak for the brand's voice too, as a warning (P19).
    // The confidential-information model speaks for internal news the same way (P20).
    if (learned && !(explained || hr || leak || brushOff)) {
      for (const model of ["workplace-conflict", "insensitive-language", "controversial-topic", "confidential-info"] as const) {
        const verdict = await learnedVerdict(post, model, ctx.config);
        if (!verdict) continue;
        ctx.report(model === "confidential-info" ? { ...learnedReport(verdict, "P20"), messageId: "learnedInternal" } : learnedReport(verdict, "P19"));
        break;
      }
    }

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

interface Conduct {
  profanity: PhraseMatcher<LexiconEntry>;
  insults: PhraseMatcher<LexiconEntry>;
}

/** "I", "me", "my", "ik", "mijn", "jeg", "min": the person holding the login, not the brand's "we". */
const FIRST_SINGULAR: Record<Language, ReadonlySet<string>> = {
  en: new Set(["i", "i'm", "im", "i've", "i'd", "i'll", "me", "my", "myself"]),
  nl: new Set(["ik", "me", "mij", "mijn", "m'n", "mn", "mezelf"]),
  da: new Set(["jeg", "mig", "min", "mit", "mine", "mig selv"]),
};
const sentenceOf = (post: Post, i: number): number => post.tokens[i]?.sentence ?? -1;

/** A personal aside ("ugh my commute"), or drinking told in the first person ("I'm so hungover", "mijn kater"). */
async function personalAside(post: Post): Promise<PhraseHit<LexiconEntry> | undefined> {
  const [aside, drinking] = await Promise.all([conceptMatcher(post.language, ["personal-aside"]), conceptMatcher(post.language, ["drinking"])]);
  const first = FIRST_SINGULAR[post.language];
  const inFirstPerson = (h: PhraseHit<unknown>): boolean => post.tokens.some((t, i) => first.has(t.norm) && sentenceOf(post, i) === sentenceOf(post, h.first));
  const drinks = drinking.find(post);
  // Staff partying told by the brand ("open bar, zero regrets 🍾") is no less personal than "I'm hungover".
  const party = drinks.length >= 2 || (drinks.length === 1 && DRINK_EMOJI.test(post.text.slice(post.bodyStart)));
  return aside.find(post).find((h) => h.text.split(/\s+/).length > 1 || inFirstPerson(h) || /^(ugh+|urgh|meh|bah|pfff|zucht|suk)$/iu.test(h.text)) ?? (party ? drinks[0] : drinks.find(inFirstPerson));
}

/** Brushing someone off ("touch grass", "slap nu af") or an eye-roll at them. */
async function dismissive(post: Post): Promise<[number, number] | undefined> {
  const hit = (await conceptMatcher(post.language, ["dismissive"], { stem: false })).find(post).find((h) => !isQuoted(post.text, h.start, h.end));
  if (hit) return [hit.start, hit.end];
  const body = post.text.slice(post.bodyStart);
  const m = EYE_ROLL.exec(body);
  return m ? [post.bodyStart + m.index, post.bodyStart + m.index + m[0].length] : undefined;
}

/**
 * Layoffs and people being let go, on the brand account; and a site's closure while its staff are
 * only now hearing it ("I eftermiddag får alle på lageret i Padborg at vide, at vi lukker til
 * sommer"). The brand announcing a closure itself ("will close its Harbour Street store on 31
 * January") is an announcement, not HR news.
 */
async function internalNews(post: Post): Promise<[number, number] | undefined> {
  const hit = (await findLayoffs(post)).find((h) => !isNegated(post, h.first, 2) && !isQuoted(post.text, h.start, h.end));
  if (hit) return [hit.start, hit.end];
  const told = findClosures(post, new Set()).find((c) => staffHearing(post, c) && !isQuoted(post.text, c.start, c.end));
  return told ? [told.start, told.end] : undefined;
}

function hasHashtag(post: Post, required: readonly string[]): boolean {
  const wanted = new Set(required.map((h) => h.replace(/^#/, "").toLowerCase()));
  return post.tokens.some((t) => t.prefix === "#" && wanted.has(t.norm));
}
