import { compileMentions, compilePhrases, definePolicyRule, lexiconMatchers, resolveCues, withFileNameWords, type CueEvidence, type PhraseHit } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { figureEvidence } from "./concepts/index.js";
import { lexiconFor } from "./lexicons.js";

const MESSAGE_IDS = new Set(["marker", "meeting", "decision", "development", "retail", "figures", "premises"]);

export default definePolicyRule({
  id: "confidential-info",
  meta: {
    description: "Flags confidential or internal information: confidentiality markers, configured confidential terms, the content of internal meetings, development work, receipts and till screens, internal figures and restricted premises.",
    policy: ["P1", "P2", "P4", "P5", "P21"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: false,
    docsUrl: docsUrl("confidential-info"),
  },
  messages: {
    en: {
      term: "“{text}” is on your organization's confidential list (P1). Internal project names and plans stay internal. Describe the work in general terms, or leave it out.",
      marker: "“{text}” says this is confidential, and a post is public and permanent (P1, P21). If it shouldn't be shared, don't post it; ask your manager what can be said publicly.",
      meeting: "This shares what happened in “{text}” (P1). Saying a meeting happened is fine; its figures, slides and decisions stay internal. Share how it felt, not what was said.",
      decision: "“{text}” may share an internal decision before it has been announced (P1). Colleagues and customers should hear it from the organization first. Leave it until the official announcement.",
      development: "“{text}” may show development work such as prototypes, whiteboards or unreleased screens (P2). Keep it until the work is announced; share the team spirit instead.",
      retail: "“{text}” may show a customer's receipt, the till or the day's sales (P4). These stay in the shop, even on a record day. Thank your customers without the details.",
      figures: "“{text}” may disclose internal figures (P4). Sales, revenue and budget figures stay internal until they are published. Share the achievement without the numbers.",
      premises: "“{text}” is a restricted part of the premises (P5). Photos and tours of such rooms can help the wrong people. Check with your manager which spaces may be shown.",
    },
    nl: {
      term: "“{text}” staat op de vertrouwelijke lijst van je organisatie (P1). Interne projectnamen en plannen blijven intern. Beschrijf het werk in algemene termen, of laat het weg.",
      marker: "“{text}” zegt dat dit vertrouwelijk is, en een bericht is openbaar en blijvend (P1, P21). Mag het niet gedeeld worden, plaats het dan niet; vraag je leidinggevende wat wel kan.",
      meeting: "Dit deelt wat er in “{text}” gebeurde (P1). Zeggen dat er een overleg was mag; cijfers, slides en besluiten blijven intern. Deel hoe het voelde, niet wat er gezegd is.",
      decision: "“{text}” kan een intern besluit delen voordat het is aangekondigd (P1). Collega's en klanten horen het liever eerst van de organisatie. Wacht op de officiële aankondiging.",
      development: "“{text}” kan ontwikkelwerk tonen, zoals prototypes, whiteboards of nog niet gelanceerde schermen (P2). Wacht tot het is aangekondigd; deel liever de teamgeest.",
      retail: "“{text}” kan een kassabon van een klant, de kassa of de dagomzet tonen (P4). Die blijven in de winkel, ook op een recorddag. Bedank je klanten zonder de details.",
      figures: "“{text}” kan interne cijfers prijsgeven (P4). Omzet-, verkoop- en budgetcijfers blijven intern tot ze gepubliceerd zijn. Deel het succes zonder de getallen.",
      premises: "“{text}” is een afgeschermd deel van het gebouw (P5). Foto's en rondleidingen daar kunnen de verkeerde mensen helpen. Vraag je leidinggevende welke ruimtes je mag laten zien.",
    },
    da: {
      term: "“{text}” står på organisationens fortrolige liste (P1). Interne projektnavne og planer forbliver interne. Beskriv arbejdet i generelle vendinger, eller udelad det.",
      marker: "“{text}” siger, at det er fortroligt, og et opslag er offentligt og permanent (P1, P21). Må det ikke deles, så del det ikke; spørg din leder, hvad der kan siges offentligt.",
      meeting: "Dette deler, hvad der skete i “{text}” (P1). Det er fint at sige, at der var et møde; tal, slides og beslutninger forbliver interne. Del stemningen, ikke indholdet.",
      decision: "“{text}” kan dele en intern beslutning, før den er annonceret (P1). Kolleger og kunder bør høre det fra organisationen først. Vent på den officielle annoncering.",
      development: "“{text}” kan vise udviklingsarbejde som prototyper, whiteboards eller ulancerede skærme (P2). Vent, til arbejdet er annonceret; del hellere holdånden.",
      retail: "“{text}” kan vise en kundes kvittering, kassen eller dagens salg (P4). Det bliver i butikken, også på en rekorddag. Tak dine kunder uden detaljerne.",
      figures: "“{text}” kan afsløre interne tal (P4). Omsætning, salgstal og budgetter forbliver interne, til de er offentliggjort. Del succesen uden tallene.",
      premises: "“{text}” er et område med begrænset adgang (P5). Billeder og rundvisninger derfra kan hjælpe de forkerte. Spørg din leder, hvilke rum der må vises.",
    },
  },
  setup({ config }) {
    const terms = compilePhrases(config.confidential.terms.map((phrase) => ({ phrase, data: phrase })), { possessive: true });
    return { terms, mentions: compileMentions(config), matchers: lexiconMatchers((lang) => lexiconFor("confidential-info", lang)) };
  },
  async check(post, ctx, { terms, mentions, matchers }) {
    const reported: PhraseHit<unknown>[] = [];
    for (const hit of terms.find(post)) {
      reported.push(hit);
      ctx.report({ messageId: "term", range: [hit.start, hit.end], clause: "P1" });
    }
    // Image file names count as words: `![](bonnetje.jpg)` shows a receipt as much as its alt text would.
    const view = withFileNameWords(post);
    const matcher = await matchers(post.language);
    // The organization's name makes figures business figures ("the numbers from Northwind's …").
    const evidence: CueEvidence[] = figureEvidence(view);
    for (const m of mentions.find(view)) if (m.data.kind !== "product") evidence.push({ kind: "company", index: m.first });
    const hits = resolveCues(view, matcher.find(view), { evidence });
    // One finding per sentence and per kind: the first cue makes the point, the rest would repeat it.
    const seen = new Set<number | string | undefined>(reported.map((h) => view.tokens[h.first]?.sentence));
    for (const hit of hits) {
      const messageId = hit.data.messageId ?? "marker";
      const sentence = view.tokens[hit.first]?.sentence;
      if (!MESSAGE_IDS.has(messageId) || seen.has(sentence) || seen.has(messageId)) continue;
      // On the brand's own account a dated decision is the announcement itself.
      if (messageId === "decision" && post.meta.account === "official") continue;
      seen.add(sentence).add(messageId);
      ctx.report({ messageId, range: [hit.start, hit.end], ...(hit.data.clause ? { clause: hit.data.clause } : {}) });
    }
  },
});
