import { compileLexicon, compileMentions, definePolicyRule, lexiconMatchers, resolveCues, z, type CueEvidence, type LexiconEntry, type PhraseMatcher, type Post } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { figureEvidence, handle, learnedOption, learnedReport, learnedVerdict, nearFamily, organizationNames, type LearnedConfig } from "./concepts/index.js";
import { boughtCompanyEvidence, hypeEvidence, otherOrganizationEvidence, tickerEvidence } from "./financial-disclosure/evidence.js";
import { lexiconFor } from "./lexicons.js";

/** Findings a family beside them turns into a joke about the household ("the board (my wife)"). */
/**
 * An executive's role in brackets, the way people sign a post: "(CEO Northwind)", "(CFO, Northwind)",
 * "(President, Northwind US)", "(adm. direktør, Northwind)", "(financieel directeur)", "(directeur bij Northwind Nederland)".
 */
const ROLE_SIGNATURE = /\((?:[^()]{0,30}[\s,])?(?:ceo|cfo|coo|cco|chief \w+ officer|president|managing director|md|director|finance director|head of investor relations|directeur|financieel directeur|algemeen directeur|bestuursvoorzitter|direktør|adm\. direktør|administrerende direktør|finansdirektør|økonomidirektør)(?:[\s,][^()]{0,40})?\)/iu;
const FAMILY_JOKES = new Set(["results", "figures", "milestone"]);
const MESSAGE_IDS = new Set(["results", "stockTip", "deal", "figures", "milestone", "trade"]);

/** Confidential terms that name money matters ("Q3 forecast", "budget 2027", "omzetprognose"). */
const FINANCIAL_TERM = /forecast|budget|results?\b|revenue|earnings|figures|numbers|margin|sales|guidance|\bq[1-4]\b|\bfy\d*|p&l|profit|omzet|prognose|begroting|cijfers|winst|resultat|regnskab|omsætning|overskud|underskud|\btal\b/iu;

/**
 * The organization's own confidential financial documents ("the Q3 forecast is out and it's
 * grim"): a results hint when a verdict, outlook, figure or hype is beside them. confidential-info
 * reports the term itself; this reports what the sentence gives away about it. "Is out" does not
 * make it public here: a confidential document is out inside the organization only.
 */
function financialTermsMatcher(terms: readonly string[]): PhraseMatcher<LexiconEntry> | undefined {
  const financial = terms.filter((t) => FINANCIAL_TERM.test(t));
  if (financial.length === 0) return undefined;
  return compileLexicon([{ terms: financial, confidence: "high", messageId: "results", tags: ["configured", "kind:results", "kind:business", "kind:financial", "needs:outlook|hype|verdict|figure|fire"] }]);
}

export default definePolicyRule({
  id: "financial-disclosure",
  meta: {
    description:
      "Flags material non-public financial information: unpublished results or guidance and executive shorthand about them (“great quarter, the board will be pleased”), deal hints, internal figures, operating records before results, stock tips and opinions on the share price, and trade brags. Authors listed in `financialDisclosure.insiders` (by default the `spokespeople`) get every finding as an error; for others the weaker hints are warnings.",
    policy: ["P18"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: false,
    docsUrl: docsUrl("financial-disclosure"),
    options: z.strictObject({
      /** The organization's own and other tickers to recognise without `$` (e.g. `["NWND"]`). */
      tickers: z.array(z.string()).default([]),
      learned: learnedOption,
    }),
  },
  messages: {
    en: {
      results: "“{text}” may hint at results or expectations that haven't been published. Sharing them early can move the share price and break market rules. Wait for the official release and link to it.",
      stockTip: "“{text}” reads like a stock tip. From an employee that can count as insider advice, even as a joke. Leave buy and sell calls out; link to published investor information instead.",
      deal: "“{text}” may hint at a deal, merger or acquisition that hasn't been announced. Deal rumours from staff can move markets. Leave it until the official announcement.",
      figures: "“{text}” with internal figures may disclose unpublished financial information. Keep figures internal until they are published; describe the effort, not the numbers.",
      milestone: "“{text}” shares an operating figure before the results are out. From someone who sees the results early, user or order records read as a preview of them. Let investor relations publish it first, then share their post.",
      learned: "This sentence may read as a hint about results, a deal or the share price{named, select, yes { ({words})} other {}}. From someone inside the company, even a hint can move the price and break market rules. Leave it until the official release, then link to it.",
      trade: "“{text}” shows off a trade in a listed share. From staff in a regulated role, a position or a “YOLO” can read as promoting the stock (MassMutual was fined $4 million over a trader’s posts). Keep your trades to yourself.",
    },
    nl: {
      results: "“{text}” kan verwijzen naar resultaten of verwachtingen die nog niet openbaar zijn. Vroeg delen kan de koers bewegen en is koersgevoelig. Wacht op het officiële bericht en link daarnaar.",
      stockTip: "“{text}” leest als een aandelentip. Van een medewerker kan dat als voorkennis gelden, ook als grap. Laat koop- en verkoopadvies weg; link liever naar gepubliceerde beleggersinformatie.",
      deal: "“{text}” kan verwijzen naar een overname, fusie of deal die nog niet is aangekondigd. Geruchten van medewerkers kunnen de markt bewegen. Wacht op de officiële aankondiging.",
      figures: "“{text}” met interne cijfers kan ongepubliceerde financiële informatie prijsgeven. Houd cijfers intern tot ze gepubliceerd zijn; vertel over de inzet, niet over de getallen.",
      milestone: "“{text}” deelt een bedrijfscijfer voordat de resultaten openbaar zijn. Van iemand die de cijfers vroeg ziet, lezen records in gebruikers of bestellingen als een voorschot daarop. Laat investor relations het eerst publiceren en deel dan hun bericht.",
      learned: "Deze zin kan overkomen als een hint over resultaten, een deal of de koers{named, select, yes { ({words})} other {}}. Van iemand binnen het bedrijf kan zelfs een hint de koers bewegen en tegen de beursregels ingaan. Wacht op het officiële bericht en link daarnaar.",
      trade: "“{text}” pronkt met een transactie in een beursgenoteerd aandeel. Van iemand in een gereguleerde functie kan een positie of een “YOLO” lezen als het aanprijzen van het aandeel (MassMutual kreeg 4 miljoen dollar boete vanwege de berichten van een handelaar). Houd je transacties voor jezelf.",
    },
    da: {
      results: "“{text}” kan antyde resultater eller forventninger, der ikke er offentliggjort. At dele dem før tid kan påvirke kursen og bryde markedsreglerne. Vent på den officielle meddelelse, og link til den.",
      stockTip: "“{text}” lyder som et aktietip. Fra en medarbejder kan det opfattes som insiderråd, også i sjov. Udelad købs- og salgsråd; link hellere til offentliggjort investorinformation.",
      deal: "“{text}” kan antyde en handel, fusion eller et opkøb, der ikke er annonceret. Rygter fra medarbejdere kan påvirke markedet. Vent til den officielle annoncering.",
      figures: "“{text}” med interne tal kan afsløre ikke-offentliggjorte økonomiske oplysninger. Hold tallene internt, til de er offentliggjort; fortæl om indsatsen, ikke om tallene.",
      milestone: "“{text}” deler et driftstal, før regnskabet er offentliggjort. Fra en, der ser tallene før tid, læses rekorder i brugere eller ordrer som et forvarsel om dem. Lad investor relations offentliggøre det først, og del så deres opslag.",
      learned: "Denne sætning kan læses som et hint om resultater, en handel eller aktiekursen{named, select, yes { ({words})} other {}}. Fra en, der er inde i virksomheden, kan selv et hint påvirke kursen og bryde markedsreglerne. Vent på den officielle meddelelse, og link til den.",
      trade: "“{text}” viser en handel med en børsnoteret aktie frem. Fra en medarbejder i en reguleret rolle kan en position eller et “YOLO” læses som reklame for aktien (MassMutual fik en bøde på 4 mio. dollar for en medarbejders opslag). Hold dine handler for dig selv.",
    },
  },
  setup({ config, options }) {
    return {
      // Spokespeople speak for the company and see its results before they are out (a CEO, the
      // head of communications), so they are the insiders until the team lists its own.
      insiders: new Set((config.financialDisclosure.insiders.length > 0 ? config.financialDisclosure.insiders : config.spokespeople).map(handle)),
      mentions: compileMentions(config),
      ownNames: organizationNames(config).map((n) => n.replace(/^[@#]/, "")),
      tickers: new Set(options.tickers.map((t) => t.toLowerCase().replace(/^\$/, ""))),
      matchers: lexiconMatchers((lang) => lexiconFor("financial-disclosure", lang)),
      financialTerms: financialTermsMatcher(config.confidential.terms),
      learned: options.learned,
    };
  },
  async check(post, ctx, { insiders, mentions, ownNames, tickers, matchers, financialTerms, learned }) {
    const matcher = await matchers(post.language);
    // Overlapping hits: a context ("på torsdagens") must not hide a cue that starts inside it
    // ("torsdagens call"). But a cue's own words are no evidence for it: "quarter" inside "great
    // quarter" is not the business context "great quarter" needs.
    const all = [...matcher.find(post, { all: true }), ...(financialTerms?.find(post) ?? [])];
    const isContext = (h: (typeof all)[number]): boolean => h.data.tags.includes("context");
    // A context word inside a longer context phrase is that phrase's: "offentliggjort" (published)
    // in "bliver offentliggjort" (still to come) is no evidence that the figures are out.
    const covers = (c: (typeof all)[number], h: (typeof all)[number]): boolean => c !== h && c.first <= h.first && h.last <= c.last && (!isContext(c) || c.last - c.first > h.last - h.first);
    const hits = all.filter((h) => !isContext(h) || !all.some((c) => covers(c, h)));
    // Where the vocabulary finds nothing, the learned model (concepts/learned.ts) has its say, as a warning.
    const askModel = async (): Promise<void> => {
      const said = learned ? await modelSays(post, ctx.config) : undefined;
      if (said) ctx.report(said);
    };
    if (hits.length === 0) return askModel();
    const evidence: CueEvidence[] = [...figureEvidence(post, { counts: true }), ...tickerEvidence(post, tickers), ...hypeEvidence(post), ...otherOrganizationEvidence(post, ownNames), ...boughtCompanyEvidence(post, ownNames)];
    // An insider's post is evidence in every sentence: executive shorthand ("great quarter") is
    // about the results they have seen. Their findings are errors; others' weaker hints are warnings.
    const insider = post.meta.author !== undefined && insiders.has(handle(post.meta.author));
    // The brand's own account announcing a record is the announcement itself (`unless:official`).
    const everywhere = (kind: string): void => {
      for (const s of post.sentences) if (s.tokens[0] < s.tokens[1]) evidence.push({ kind, index: s.tokens[0] });
    };
    // A role stated anywhere ("… (CFO bij Northwind)", "CEO here") is a signature: it speaks for
    // every sentence of the post, as an insider's handle would.
    if (insider || hits.some((h) => h.data.tags.includes("kind:exec")) || ROLE_SIGNATURE.test(post.text.slice(post.bodyStart))) everywhere("exec");
    if (post.meta.account === "official") everywhere("official");
    for (const m of mentions.find(post)) if (m.data.kind !== "product") evidence.push({ kind: "company", index: m.first });
    // One finding per sentence and per kind is enough to make the point; the first cue is quoted.
    // A results hint is the mildest reading: a buy call, deal or figure in its sentence says more.
    const seen = new Set<number | string>();
    // "record quarter for the allotment … the board (my wife) is very pleased": results and records
    // beside the family are a family joke, unless an insider says it or it names a configured term.
    // A tip to "my mum" is still a tip.
    const family = insider ? () => false : await nearFamily(post);
    const resolved = resolveCues(post, hits, { evidence }).filter((h) => h.data.tags.includes("configured") || !FAMILY_JOKES.has(h.data.messageId ?? "results") || !family(post.tokens[h.first]?.sentence ?? -9));
    // Within a kind, a cue that is an error on its own goes before a weaker one ("undervalued, buy").
    const mildness = (h: (typeof resolved)[number]): number => 2 * Number(h.data.messageId === "results") + Number(h.data.severity === "warn");
    const mildestLast = [...resolved].sort((a, b) => mildness(a) - mildness(b));
    for (const hit of mildestLast) {
      const sentence = post.tokens[hit.first]?.sentence ?? 0;
      const messageId = hit.data.messageId ?? "results";
      if (seen.has(sentence) || seen.has(messageId) || !MESSAGE_IDS.has(messageId)) continue;
      seen.add(sentence).add(messageId);
      ctx.report({ messageId, range: [hit.start, hit.end], severity: insider ? "error" : (hit.data.severity ?? "error") });
    }
    if (seen.size === 0) await askModel();
  },
});

/** The learned model's report on a post the vocabulary found nothing in, when it has one. */
async function modelSays(post: Post, config: LearnedConfig): Promise<ReturnType<typeof learnedReport> | undefined> {
  const verdict = await learnedVerdict(post, "financial-disclosure", config);
  return verdict && learnedReport(verdict);
}
