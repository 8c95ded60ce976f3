import { compileMentions, compilePhrases, definePolicyRule, lexiconMatchers, resolveCues, withFileNameWords, z, type CueEvidence, type Language, type LexiconEntry, type PhraseHit, type Post } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { figureEvidence, findClosures, findLayoffs, learnedOption, learnedReport, learnedVerdict, nearFamily, staffHearing } from "./concepts/index.js";
import { uncovered } from "./concepts/shadow.js";
import { lexiconFor } from "./lexicons.js";

/** Findings a family beside them turns into the household's own business (a lemonade stall). */
const FAMILY_JOKES = new Set(["retail", "figures"]);
/**
 * A time still to come. Matched as written, not stemmed: Danish "i morges" (this morning) and
 * "i morgen" (tomorrow) share a stem.
 */
const UPCOMING: Record<Language, RegExp> = {
  en: /\b(?:tomorrow|later today|next (?:week|monday|tuesday|wednesday|thursday|friday)|coming up)\b/iu,
  nl: /(?:^|[^\p{L}])(?:morgen|overmorgen|morgenochtend|morgenmiddag|later vandaag|volgende week|aanstaande (?:maandag|dinsdag|woensdag|donderdag|vrijdag))(?![\p{L}])/iu,
  da: /(?:^|[^\p{L}])(?:i morgen|i overmorgen|imorgen|senere i dag|næste uge|på (?:mandag|tirsdag|onsdag|torsdag|fredag))(?![\p{L}])/iu,
};

/** The sentence says when, and it is still to come. */
function upcoming(post: Pick<Post, "text" | "sentences" | "language">, sentence: number | undefined): boolean {
  const s = sentence === undefined ? undefined : post.sentences[sentence];
  return s !== undefined && UPCOMING[post.language].test(post.text.slice(s.start, s.end));
}

/**
 * A site of the organization closing at a date to come, stated on a personal account ("our store in
 * Truro will close in February"): the decision itself, before the organization has announced it.
 * Not when it is published or confirmed as the organization's word (unauthorized-spokesperson's).
 */
const CLOSURE: LexiconEntry = { terms: [], confidence: "high", messageId: "decision", clause: "P1", tags: ["unless:published|confirmed"] };

const MESSAGE_IDS = new Set(["marker", "meeting", "decision", "recording", "development", "retail", "figures", "premises", "customer", "records"]);

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
    const terms = compilePhrases(config.confidential.terms.map((phrase) => ({ phrase, data: phrase })), { possessive: true, literal: true });
    return { terms, mentions: compileMentions(config), matchers: lexiconMatchers((lang) => lexiconFor("confidential-info", lang)), learned: options.learned };
  },
  async check(post, ctx, { terms, mentions, matchers, learned }) {
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
    const orgTokens = new Set<number>();
    for (const m of mentions.find(view)) {
      if (m.data.kind === "product") continue;
      evidence.push({ kind: "company", index: m.first });
      if (m.data.kind === "organization") orgTokens.add(m.first);
    }
    // Layoffs and firings (the shared concept) are internal HR news: what a meeting or "we were
    // told" passes on, as much as a closure or a move in this rule's own plan words.
    for (const h of await findLayoffs(view)) evidence.push({ kind: "plan", index: h.first }, { kind: "content", index: h.first });
    const closures = findClosures(view, orgTokens);
    for (const h of closures) evidence.push({ kind: "plan", index: h.first }, { kind: "content", index: h.first });
    // "Recordomzet bij de limonadekraam van mijn dochters": the family's stall, not the till. A
    // prototype on dad's desk is still a prototype.
    const family = await nearFamily(post);
    // Overlapping hits, so a context word ("the team") does not hide a cue that starts inside it
    // ("team meeting"). A hit inside a longer one is still shadowed by it (a harmless phrase over its
    // words), and so is a compound's head matched inside a word the lexicon lists whole: "samlingen"
    // (a meeting) in "Indsamlingen" (a charity collection).
    const found = matcher.find(view, { all: true });
    const compound = (h: (typeof found)[number]): boolean => h.data.tags.some((t) => t.startsWith("compound:"));
    const covers = (o: (typeof found)[number], h: (typeof found)[number]): boolean =>
      o !== h && o.first <= h.first && h.last <= o.last && (o.end - o.start > h.end - h.start || (compound(h) && !compound(o)));
    const unshadowed = uncovered(found, covers);
    // On the brand account a closure is its announcement, unless its staff are only now hearing it
    // ("Vanavond horen de collega's in Tilburg dat het distributiecentrum in juni dichtgaat").
    for (const c of closures) if (post.meta.account !== "official" || staffHearing(view, c)) unshadowed.push({ ...c, text: view.text.slice(c.start, c.end), phrase: "", data: CLOSURE });
    const hits = resolveCues(view, unshadowed, { evidence }).filter((h) => !FAMILY_JOKES.has(h.data.messageId ?? "marker") || !family(view.tokens[h.first]?.sentence ?? -9));
    // One finding per sentence and per kind: the first cue makes the point, the rest would repeat it.
    const seen = new Set<number | string | undefined>(reported.map((h) => view.tokens[h.first]?.sentence));
    for (const hit of hits) {
      const messageId = hit.data.messageId ?? "marker";
      const sentence = view.tokens[hit.first]?.sentence;
      if (!MESSAGE_IDS.has(messageId) || seen.has(sentence) || seen.has(messageId)) continue;
      // On the brand's own account a dated decision is the announcement itself; what "we were told"
      // or heard in a meeting is still internal news on it.
      if (messageId === "decision" && post.meta.account === "official" && hit.data.tags.includes("needs:when")) continue;
      // "Board meeting tomorrow.": a meeting still to come has no content to pass on yet.
      if (messageId === "meeting" && upcoming(view, sentence)) continue;
      seen.add(sentence).add(messageId);
      ctx.report({ messageId, range: [hit.start, hit.end], ...(hit.data.clause ? { clause: hit.data.clause } : {}) });
    }
    // The vocabulary found nothing: the learned model (concepts/learned.ts) has its say, as a warning.
    if (seen.size > 0 || !learned) return;
    const verdict = await learnedVerdict(post, "confidential-info", ctx.config);
    if (verdict) ctx.report(learnedReport(verdict, "P1"));
  },
});
