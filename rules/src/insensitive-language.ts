import { definePolicyRule, lexiconMatchers, z, type Language, type LexiconEntry } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { aimedAtPerson } from "./insensitive-language/aim.js";
import { findHurtful, hateSymbolRemembered, insensitiveEntries, learnedOption, learnedReport, learnedVerdict, mentionedNotUsed } from "./concepts/index.js";

type Kind = "slur" | "insult" | "stereotype" | "bodyShaming" | "hateSymbol";
const kindOf = (entry: LexiconEntry): Kind =>
  entry.tags.includes("hate-symbol") ? "hateSymbol" : entry.tags.includes("slur") ? "slur" : entry.tags.includes("stereotype") || entry.tags.includes("hiring-bias") ? "stereotype" : entry.tags.includes("body-shaming") ? "bodyShaming" : "insult";


/** What to write instead when the lexicon entry has no suggestion of its own. */
const FALLBACK: Record<Language, string> = {
  en: "Describe the behaviour or the situation instead.",
  nl: "Beschrijf liever het gedrag of de situatie.",
  da: "Beskriv hellere adfærden eller situationen.",
};

export default definePolicyRule({
  id: "insensitive-language",
  meta: {
    description:
      "Flags slurs, disability or illness used as insults, mockery of someone's body or weight, and stereotypes about groups (English from a curated subset of retext-equality's data; curated Dutch and Danish lists); aimed at a person, they are errors. Also combinations within a sentence: animal or vermin words about a group of people (an error), a gender said to be unable at a skill, jokes about or gladness at a disaster or death, a sales pitch beside a tragedy, war or unrest (newsjacking), and on the brand account a tragedy used as material (an abuse survivors' hashtag joined with a wink or a pitch, a disaster's photo posted as scenery).",
    policy: ["P9", "P22"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    fixable: false,
    docsUrl: docsUrl("insensitive-language"),
    concepts: ["slur", "disability-insult", "stereotype", "hiring-bias", "body-shaming", "hate-symbol", "insensitive-ok", "group", "violence", "hatred", "dehumanising", "gender", "skill", "incapable", "age-group", "disaster", "humour", "rejoicing", "sales-call", "hardship", "donation"],
    options: z.strictObject({
      allow: z.array(z.string()).default([]).describe("Words never to flag in this organization, such as a community's own reclaimed words."),
      learned: learnedOption,
    }),
  },
  messages: {
    en: {
      slur: "“{text}” is a slur. It hurts the people it names, and colleagues and customers read it too. {suggest}",
      insult: "“{text}” uses a disability or condition as an insult, which may hurt people who live with it. {suggest}",
      bodyShaming: "“{text}” mocks someone’s body or weight. The person may recognise themselves, and everyone who is self-conscious about their body reads it too. Leave their body out of it; if something they did bothered you, say what they did.",
      stereotype: "“{text}” may read as a generalisation about a group (gender, origin, age), which is discriminatory even as a joke. Talk about the person or the situation, not the group.",
      personalAttack: "“{text}”, said about a person, reads as a personal attack that demeans them and the group the word names; colleagues and customers can read it. Leave it out; if someone’s behaviour bothers you, talk to them or to HR.",
      violence: "“{text}” calls for violence against a group of people. Words like these frighten the people they name and can be a criminal offence, even as a joke. Leave it out; if something worries you, report what happened to someone who can act on it.",
      hatred: "“{text}” says you hate a group of people. That is hatred of everyone in it, whatever happened, and colleagues and customers who belong to it will read it. Leave it out; if someone did something, describe what they did.",
      cursedGroup: "“{text}” glues a curse to a group of people, which makes it a slur. It hurts everyone it names, and colleagues and customers read it. Leave it out; if something happened, describe the event, not the group.",
      dehumanising: "“{text}” compares people to animals or vermin. Words like these strip a group of its humanity, and they have been the first step towards far worse. Leave the comparison out; if something specific worries you, describe what happened.",
      genderAbility: "“{text}” says a gender is less able at something. That’s a sexist stereotype, even as a joke, and colleagues who do this work every day will read it. Talk about a person’s skills, not their gender.",
      hateSymbol: "“{text}” is a hate symbol or slogan (Nazi, racist or antisemitic), even as a joke or in a photo. It hurts the people it targets, and posts like it cost people their jobs. Take it out, and don’t post the photo.",
      learned: "This sentence may hurt or belittle a group of people{named, select, yes { ({words})} other {}}, even without a slur: a stereotype, a comparison with animals, or a joke about a disaster, an illness or a death. Colleagues and customers from that group read it too. Describe what someone did, not who they are, and leave out the joke.",
      tragedyJoke: "“{text}” jokes about or celebrates a disaster or a death. People who lost someone may read it, and a screenshot of it outlives the moment. Leave the joke out; if you want to say something, say you’re thinking of the people affected.",
      newsjacking: "“{text}” ties a sales pitch to a tragedy, war or unrest. That reads as profiting from people’s suffering, and it is the kind of post that gets screenshotted. Keep the two apart: post about the event with care, or not at all, and sell another day.",
      conditionMocked: "“{text}”, with a laugh, makes fun of someone's disability or illness. People who live with it read it too, and the person may know it is them. Leave the joke out; if something happened at work, say what happened, not what they have.",
      tragedyMisused: "“{text}” uses a tragedy to promote the brand: a hashtag where people share abuse or grief, a disaster or a pandemic, in a cheerful or selling post. People who lived through it will read it as mockery. Read what a hashtag is about before joining it, and leave disasters and crises out of brand posts that sell or joke.",
    },
    nl: {
      slur: "“{text}” is een scheldwoord. Het kwetst de mensen die ermee bedoeld worden, en collega's en klanten lezen mee. {suggest}",
      insult: "“{text}” gebruikt een handicap of aandoening als belediging, en dat kan mensen kwetsen die ermee leven. {suggest}",
      bodyShaming: "“{text}” maakt iemand belachelijk om zijn lichaam of gewicht. Die persoon herkent zichzelf misschien, en iedereen die onzeker is over zijn lichaam leest mee. Laat iemands lichaam erbuiten; zat iets wat diegene deed je dwars, zeg dan wat er gebeurde.",
      stereotype: "“{text}” kan overkomen als een generalisatie over een groep (geslacht, afkomst, leeftijd), en dat is discriminerend, ook als grap. Heb het over de persoon of de situatie, niet over de groep.",
      personalAttack: "“{text}”, gezegd over iemand, leest als een persoonlijke aanval die die persoon kleineert en de groep die het woord noemt; collega's en klanten lezen mee. Laat het weg; zit iemands gedrag je dwars, bespreek het met diegene of met HR.",
      violence: "“{text}” roept op tot geweld tegen een groep mensen. Zulke woorden maken de mensen die ze noemen bang en kunnen strafbaar zijn, ook als grap. Laat het weg; zit iets je dwars, meld dan wat er gebeurde bij iemand die er iets mee kan.",
      hatred: "“{text}” zegt dat je een groep mensen haat. Dat raakt iedereen in die groep, wat er ook gebeurd is, en collega's en klanten die erbij horen lezen mee. Laat het weg; heeft iemand iets gedaan, beschrijf dan wat die persoon deed.",
      cursedGroup: "“{text}” plakt een scheldwoord aan een groep mensen, en dan is het een belediging van die hele groep. Het kwetst iedereen die ermee bedoeld wordt, en collega's en klanten lezen mee. Laat het weg; is er iets gebeurd, beschrijf dan wat er gebeurde, niet wie het waren.",
      dehumanising: "“{text}” vergelijkt mensen met dieren of ongedierte. Zulke woorden ontnemen een groep haar menselijkheid, en daar is het vaker erger mee begonnen. Laat de vergelijking weg; zit iets specifieks je dwars, beschrijf dan wat er gebeurde.",
      genderAbility: "“{text}” zegt dat mensen van een bepaald geslacht iets minder goed kunnen. Dat is een seksistisch stereotype, ook als grap, en collega's die dit werk elke dag doen lezen mee. Heb het over iemands vaardigheden, niet over het geslacht.",
      hateSymbol: "“{text}” is een haatsymbool of haatleus (nazistisch, racistisch of antisemitisch), ook als grap of op een foto. Het kwetst de mensen tegen wie het gericht is, en mensen zijn om zulke berichten ontslagen. Haal het weg en plaats de foto niet.",
      learned: "Deze zin kan een groep mensen kwetsen of kleineren{named, select, yes { ({words})} other {}}, ook zonder scheldwoord: een stereotype, een vergelijking met dieren of een grap over een ramp, een ziekte of een overlijden. Collega's en klanten uit die groep lezen ook mee. Beschrijf wat iemand deed, niet wie iemand is, en laat de grap weg.",
      tragedyJoke: "“{text}” maakt een grap over een ramp of een sterfgeval, of viert het. Mensen die iemand verloren hebben kunnen dit lezen, en een screenshot blijft langer bestaan dan het moment. Laat de grap weg; wil je iets zeggen, zeg dan dat je aan de getroffenen denkt.",
      newsjacking: "“{text}” koppelt een verkooppraatje aan een ramp, oorlog of onrust. Dat leest als geld verdienen aan andermans leed, en juist zulke berichten worden gescreenshot. Houd die twee gescheiden: schrijf met zorg over de gebeurtenis, of helemaal niet, en verkoop een andere dag.",
      conditionMocked: "“{text}” met een lach erbij maakt iemands handicap of ziekte belachelijk. Mensen die ermee leven lezen mee, en degene over wie het gaat herkent zichzelf misschien. Laat de grap weg; is er iets gebeurd op je werk, vertel dan wat er gebeurde, niet wat iemand heeft.",
      tragedyMisused: "“{text}” gebruikt een tragedie om het merk te promoten: een hashtag waarin mensen over misbruik of verdriet vertellen, een ramp of een pandemie, in een vrolijk of verkopend bericht. Wie het heeft meegemaakt, leest het als spot. Kijk eerst waar een hashtag over gaat voordat je meedoet, en laat rampen en crises weg uit berichten van het merk die iets verkopen of grappig willen zijn.",
    },
    da: {
      slur: "“{text}” er et skældsord. Det sårer dem, det handler om, og kolleger og kunder læser med. {suggest}",
      insult: "“{text}” bruger et handicap eller en sygdom som fornærmelse, og det kan såre dem, der lever med det. {suggest}",
      bodyShaming: "“{text}” gør nar af en persons krop eller vægt. Personen kan genkende sig selv, og alle, der er usikre på deres krop, læser med. Lad kroppen være ude af det; var der noget, personen gjorde, der generede dig, så sig, hvad der skete.",
      stereotype: "“{text}” kan læses som en generalisering om en gruppe (køn, oprindelse, alder), og det er diskriminerende, også som spøg. Tal om personen eller situationen, ikke om gruppen.",
      personalAttack: "“{text}”, sagt om en person, læses som et personangreb, der nedgør personen og den gruppe, ordet nævner; kolleger og kunder kan læse det. Lad det være; hvis nogens adfærd generer dig, så tal med vedkommende eller med HR.",
      violence: "“{text}” opfordrer til vold mod en gruppe mennesker. Den slags ord skræmmer dem, de handler om, og kan være strafbare, også som spøg. Lad det være; er der noget, der bekymrer dig, så fortæl det til nogen, der kan gøre noget ved det.",
      hatred: "“{text}” siger, at du hader en gruppe mennesker. Det rammer alle i gruppen, uanset hvad der skete, og kolleger og kunder, der hører til den, læser med. Lad det være; har nogen gjort noget, så beskriv, hvad de gjorde.",
      cursedGroup: "“{text}” sætter et bandeord på en gruppe mennesker, og så er det et skældsord mod hele gruppen. Det sårer alle, det rammer, og kolleger og kunder læser med. Lad det være; er der sket noget, så beskriv det, der skete, ikke hvem de var.",
      dehumanising: "“{text}” sammenligner mennesker med dyr eller utøj. Den slags ord fratager en gruppe dens menneskelighed, og det er ofte der, noget værre begynder. Drop sammenligningen; er der noget konkret, der bekymrer dig, så beskriv, hvad der skete.",
      genderAbility: "“{text}” siger, at et køn er dårligere til noget. Det er en sexistisk stereotyp, også som spøg, og kolleger, der laver det arbejde hver dag, læser med. Tal om en persons evner, ikke om personens køn.",
      hateSymbol: "“{text}” er et hadsymbol eller et hadslogan (nazistisk, racistisk eller antisemitisk), også som joke eller på et billede. Det sårer dem, det rammer, og folk er blevet fyret for den slags opslag. Tag det ud, og del ikke billedet.",
      learned: "Denne sætning kan såre eller nedgøre en gruppe mennesker{named, select, yes { ({words})} other {}}, også uden skældsord: en stereotyp, en sammenligning med dyr eller en spøg om en katastrofe, en sygdom eller et dødsfald. Kolleger og kunder fra den gruppe læser også med. Beskriv, hvad nogen gjorde, ikke hvem de er, og drop spøgen.",
      tragedyJoke: "“{text}” joker med eller fejrer en katastrofe eller et dødsfald. Folk, der har mistet nogen, kan læse det, og et skærmbillede lever længere end øjeblikket. Drop joken; vil du sige noget, så sig, at du tænker på dem, det har ramt.",
      newsjacking: "“{text}” kobler et salgsbudskab til en tragedie, krig eller uro. Det læses som at tjene penge på andres ulykke, og det er præcis den slags opslag, folk tager skærmbilleder af. Hold de to ting adskilt: skriv om begivenheden med omtanke, eller lad være, og sælg en anden dag.",
      conditionMocked: "“{text}” med et grin gør nar af en andens handicap eller sygdom. Folk, der lever med det, læser også med, og personen kan godt genkende sig selv. Drop joken; er der sket noget på arbejdet, så fortæl, hvad der skete, ikke hvad personen fejler.",
      tragedyMisused: "“{text}” bruger en tragedie til at promovere brandet: et hashtag, hvor folk fortæller om vold eller sorg, en ulykke eller en pandemi, i et muntert eller sælgende opslag. Dem, der har oplevet det, læser det som hån. Se efter, hvad et hashtag handler om, før du bruger det, og hold ulykker og kriser ude af brandets opslag, når de sælger eller skal være sjove.",
    },
  },
  setup({ options }) {
    const allow = new Set(options.allow.map((w) => w.toLowerCase()));
    const matcherFor = lexiconMatchers((language) => insensitiveEntries(language).map((e) => ({ ...e, terms: e.terms.filter((t) => !allow.has(t.toLowerCase())) })), { stem: false });
    // The allowed words anywhere in a finding: a phrase around one ("a bit autistic" when
    // "autistic" is the community's own word) and the learned model's evidence honour the list too.
    const escaped = [...allow].map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    const allowedWord = escaped.length === 0 ? undefined : new RegExp(`(?<![\\p{L}\\p{N}])(?:${escaped.join("|")})(?![\\p{L}\\p{N}])`, "iu");
    return { matcherFor, learned: options.learned, allowedWord };
  },
  async check(post, ctx, { matcherFor, learned, allowedWord }) {
    const allowed = (start: number, end: number): boolean => allowedWord !== undefined && allowedWord.test(post.text.slice(start, end));
    const reported: [number, number][] = [];
    for (const hit of (await matcherFor(post.language)).find(post)) {
      // Quoted or named as a word, it is being discussed or reported ("he called me a “…”", "the word …"), not used.
      // A clinical name ("hereditary spastic paraplegia") is matched whole only to let its word through.
      if (hit.data.tags.includes("insensitive-ok") || mentionedNotUsed(post.text, hit.start, hit.end) || allowed(hit.start, hit.end)) continue;
      const kind = kindOf(hit.data);
      if (kind === "hateSymbol" && hateSymbolRemembered(post)) continue;
      const aimed = kind !== "stereotype" && aimedAtPerson(post, hit.first, hit.last);
      reported.push([hit.start, hit.end]);
      ctx.report({
        // Mocking a body is about the person whether or not it is aimed: its own message says so.
        messageId: aimed && kind !== "bodyShaming" && kind !== "hateSymbol" ? "personalAttack" : kind,
        range: [hit.start, hit.end],
        data: { suggest: hit.data.suggest ?? FALLBACK[post.language] },
        // A hate symbol is never a mild word, aimed at anyone or not.
        severity: aimed || kind === "hateSymbol" ? "error" : "warn",
      });
    }
    // Combinations no single word gives away: vermin words about a group, a gender said to be
    // unable at a skill, a joke or gladness about a disaster or death, selling on a tragedy.
    const hurtful = await findHurtful(post);
    for (const h of hurtful) {
      if (reported.some(([a, b]) => a < h.range[1] && h.range[0] < b) || allowed(h.range[0], h.range[1])) continue;
      ctx.report({ messageId: h.kind, range: h.range, severity: h.kind === "dehumanising" || h.kind === "violence" || h.kind === "hatred" || h.kind === "cursedGroup" ? "error" : "warn", clause: h.kind === "newsjacking" || h.kind === "tragedyMisused" ? "P22" : "P9" });
    }
    // Nothing in the vocabulary: ask the learned model (concepts/learned.ts), as a warning.
    if (reported.length > 0 || hurtful.length > 0 || !learned) return;
    const verdict = await learnedVerdict(post, "insensitive-language", ctx.config);
    if (verdict && !verdict.words.some((w) => allowedWord?.test(w))) ctx.report(learnedReport(verdict, "P9"));
  },
});

