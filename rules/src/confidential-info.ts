import { definePolicyRule, z } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { internalInfoFinder, learnedOption, learnedReport, learnedVerdict } from "./concepts/index.js";

export default definePolicyRule({
  id: "confidential-info",
  meta: {
    description: "Flags confidential or internal information: confidentiality markers, configured confidential terms, the content of internal meetings and recordings of them, a site's closure at a date to come before it is announced, development work, receipts and till screens, internal figures, restricted premises, what a customer or patient came in for (with a hint at who), and people's details read off a work screen, file or board.",
    policy: ["P1", "P2", "P4", "P5", "P21"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: false,
    docsUrl: docsUrl("confidential-info"),
    concepts: ["layoffs"],
    options: z.strictObject({ learned: learnedOption }),
  },
  messages: {
    en: {
      term: "“{text}” is on your organization's confidential list. Internal project names and plans stay internal. Describe the work in general terms, or leave it out.",
      marker: "“{text}” says this is confidential, and a post is public and permanent. If it shouldn't be shared, don't post it; ask your manager what can be said publicly.",
      meeting: "This shares what happened in “{text}”. Saying a meeting happened is fine; its figures, slides and decisions stay internal. Share how it felt, not what was said.",
      decision: "“{text}” may share an internal decision before it has been announced. Colleagues and customers should hear it from the organization first. Leave it until the official announcement.",
      recording: "“{text}”: a recording of an internal conversation stays internal, even when the conversation was about you. Keep it for HR, a union representative or a lawyer; if you want to post, say how it went in your own words.",
      development: "“{text}” may show development work such as prototypes, whiteboards or unreleased screens. Keep it until the work is announced; share the team spirit instead.",
      retail: "“{text}” may show a customer's receipt, the till or the day's sales. These stay in the shop, even on a record day. Thank your customers without the details.",
      figures: "“{text}” may disclose internal figures. Sales, revenue and budget figures stay internal until they are published. Share the achievement without the numbers.",
      premises: "“{text}” is a restricted part of the premises. Photos and tours of such rooms can help the wrong people. Check with your manager which spaces may be shown.",
      customer: "“{text}” tells what a customer or patient came in for. What people buy, take or are treated for is theirs to tell, and a hint (“guess which player”) names them as surely as a name. Leave customers out of it, or tell something about your own day instead.",
      learned: "This sentence may share something from inside your work that isn't public{named, select, yes { ({words})} other {}}: a plan, a meeting, a decision, a figure or someone you serve. What you learn at work stays there until it is announced. Say how your day went, without the details.",
      records: "“{text}” shows details of a patient, customer or citizen (a name, a date of birth, an ID number) from your work's records. What those records hold about people stays in them, even in a corner of a photo. Crop or blur it, or take the picture somewhere else.",
    },
    nl: {
      term: "“{text}” staat op de lijst met vertrouwelijke termen van je organisatie. Interne projectnamen en plannen blijven intern. Beschrijf het werk in algemene termen, of laat het weg.",
      marker: "“{text}” geeft aan dat dit vertrouwelijk is, en een bericht is openbaar en blijvend. Mag het niet gedeeld worden, plaats het dan niet; vraag je leidinggevende wat je wel openbaar kunt zeggen.",
      meeting: "Hier deel je wat er in “{text}” is gebeurd. Zeggen dat er een overleg was, mag; cijfers, slides en besluiten blijven intern. Vertel hoe het was, niet wat er gezegd is.",
      decision: "“{text}” verraadt mogelijk een intern besluit dat nog niet is aangekondigd. Collega's en klanten horen het liever eerst van de organisatie zelf. Wacht op de officiële aankondiging.",
      recording: "“{text}”: een opname van een intern gesprek blijft intern, ook als het gesprek over jou ging. Bewaar hem voor HR, de vakbond of een advocaat; wil je iets posten, vertel dan in je eigen woorden hoe het ging.",
      development: "“{text}” kan ontwikkelwerk tonen, zoals prototypes, whiteboards of nog niet gelanceerde schermen. Wacht tot het werk is aangekondigd; vertel liever iets over de sfeer in het team.",
      retail: "“{text}” kan een kassabon van een klant, de kassa of de dagomzet tonen. Die blijven in de winkel, ook op een recorddag. Bedank je klanten zonder details te noemen.",
      figures: "“{text}” kan interne cijfers prijsgeven. Omzet-, verkoop- en budgetcijfers blijven intern tot ze gepubliceerd zijn. Deel het succes zonder de getallen.",
      premises: "“{text}” is een afgeschermd deel van het gebouw. Foto's en rondleidingen daar kunnen de verkeerde mensen helpen. Vraag je leidinggevende welke ruimtes je mag laten zien.",
      customer: "“{text}” vertelt waarvoor een klant of patiënt bij jullie kwam. Wat iemand koopt, slikt of waarvoor iemand behandeld wordt, vertelt diegene zelf, en een hint (“raad eens welke BN'er”) maakt net zo duidelijk wie het is als een naam. Laat klanten erbuiten, of vertel iets over je eigen dag.",
      learned: "Deze zin kan iets van binnen je werk delen dat niet openbaar is{named, select, yes { ({words})} other {}}: een plan, een overleg, een besluit, een cijfer of iemand die je helpt. Wat je op je werk hoort, blijft daar tot het is aangekondigd. Vertel hoe je dag was, zonder de details.",
      records: "“{text}” toont gegevens van een patiënt, klant of burger (een naam, een geboortedatum, een BSN) uit de systemen van je werk. Wat daarin over mensen staat, blijft daar, ook in een hoekje van een foto. Snijd het weg of maak het onleesbaar, of maak de foto ergens anders.",
    },
    da: {
      term: "“{text}” står på din organisations liste over fortrolige emner. Interne projektnavne og planer holdes internt. Beskriv arbejdet i generelle vendinger, eller udelad det.",
      marker: "“{text}” viser, at det er fortroligt, og et opslag er offentligt og bliver liggende. Må det ikke deles, så lad være med at dele det; spørg din leder, hvad du må sige offentligt.",
      meeting: "Her deler du indhold fra “{text}”. Det er fint at sige, at der var et møde; tal, slides og beslutninger holdes internt. Del stemningen, ikke indholdet.",
      decision: "“{text}” kan afsløre en intern beslutning, før den er meldt ud. Kolleger og kunder bør høre det fra organisationen først. Vent på den officielle udmelding.",
      recording: "“{text}”: en optagelse af en intern samtale er intern, også når samtalen handlede om dig. Gem den til HR, din tillidsrepræsentant eller en advokat; vil du skrive noget, så fortæl med dine egne ord, hvordan det gik.",
      development: "“{text}” kan vise udviklingsarbejde som prototyper, whiteboards eller skærmbilleder, der ikke er lanceret endnu. Vent, til arbejdet er offentliggjort; fortæl hellere om stemningen i teamet.",
      retail: "“{text}” kan vise en kundes kvittering, kassen eller dagens salg. Det bliver i butikken, også på en rekorddag. Tak dine kunder uden at gå i detaljer.",
      figures: "“{text}” kan afsløre interne tal. Omsætning, salgstal og budgetter holdes internt, indtil de er offentliggjort. Del succesen uden tallene.",
      premises: "“{text}” er et område med begrænset adgang. Billeder og rundvisninger derfra kan hjælpe de forkerte. Spørg din leder, hvilke rum der må vises.",
      customer: "“{text}” fortæller, hvad en kunde eller patient kom efter. Hvad folk køber, tager eller bliver behandlet for, er deres egen sag at fortælle, og et hint (“gæt hvilken kendis”) afslører dem lige så sikkert som et navn. Hold kunderne ude af det, eller fortæl noget om din egen dag.",
      learned: "Denne sætning kan dele noget fra dit arbejde, som ikke er offentligt{named, select, yes { ({words})} other {}}: en plan, et møde, en beslutning, et tal eller en, du hjælper. Det, du får at vide på arbejdet, bliver der, indtil det er meldt ud. Fortæl, hvordan din dag var, uden detaljerne.",
      records: "“{text}” viser oplysninger om en patient, kunde eller borger (et navn, en fødselsdato, et CPR-nummer) fra systemerne på dit arbejde. Det, der står om folk dér, bliver dér, også i et hjørne af et billede. Beskær eller slør det, eller tag billedet et andet sted.",
    },
  },
  setup({ config, options }) {
    return { find: internalInfoFinder(config), learned: options.learned };
  },
  async check(post, ctx, { find, learned }) {
    // The leak cues and their evidence live in the concept layer (concepts/internal-info.ts):
    // brand-voice reads the same leaks on the brand account.
    const hits = await find(post);
    for (const hit of hits) ctx.report({ messageId: hit.kind, range: hit.range, ...(hit.clause ? { clause: hit.clause } : {}) });
    // The vocabulary found nothing: the learned model (concepts/learned.ts) has its say, as a warning.
    if (hits.length > 0 || !learned) return;
    const verdict = await learnedVerdict(post, "confidential-info", ctx.config);
    if (verdict) ctx.report(learnedReport(verdict, "P1"));
  },
});
