import { definePolicyRule, z } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { learnedOption, learnedReport, learnedVerdict } from "./concepts/index.js";
import { compileConflicts } from "./workplace-conflict/detect.js";

export default definePolicyRule({
  id: "workplace-conflict",
  meta: {
    description:
      "Flags venting or hostility aimed at the workplace (managers, colleagues, customers, work, the organization) in the same or the next sentence, and threats. Only words that say what the writer thinks of someone count: venting about the weather or a train has no workplace target and passes; so do praise, events and bad luck near a customer or colleague (“I lost the ticket”, “an angry customer”), and apologies (“sorry for the wait”).",
    policy: ["P6", "P7", "P8", "P22"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    fixable: false,
    docsUrl: docsUrl("workplace-conflict"),
    options: z.strictObject({ learned: learnedOption }),
    concepts: ["target", "not-target", "venting", "negative", "insult", "emotion", "positive", "neutral", "apology", "first-person", "slur", "disability-insult", "stereotype", "body-shaming", "dismissive", "talking-down", "layoffs", "sarcasm", "contact", "exasperation", "boredom", "cheating", "family", "voice-disclaimed"],
  },
  messages: {
    en: {
      venting: "“{text}” may read as venting about {target, select, boss {your manager} colleague {colleagues} customer {the people you serve} shareholder {shareholders} other {work}}. Colleagues, customers and your employer can all read it, and posts stay around. If something is bothering you, raise it with your manager, HR or a colleague you trust; if you want to post, share something that went well.",
      hostility: "“{text}” may come across as an attack on {target, select, boss {your manager} colleague {colleagues} customer {the people you serve} shareholder {shareholders} other {your workplace and the people in it}}, and they, or people who know them, can read it. If something needs to change, raise it with the person directly or with HR; a disclaimer doesn’t change how this reads.",
      learned: "This sentence may read as a complaint about your work or the people in it{named, select, yes { ({words})} other {}}. Colleagues, customers and your employer can all read it, and posts stay around. If something is bothering you, raise it with your manager, HR or a colleague you trust; if you want to post, share something that went well.",
      threat: "“{text}” reads as a threat. Even as a joke, words like these can frighten people and read very differently to someone who doesn’t know you. If work has made you this angry, talk to HR or someone you trust before you post.",
    },
    nl: {
      venting: "“{text}” kan overkomen als frustratie spuien over {target, select, boss {je leidinggevende} colleague {collega's} customer {de mensen die je helpt} shareholder {aandeelhouders} other {je werk}}. Collega's, klanten en je werkgever lezen mee, en berichten blijven bestaan. Zit iets je dwars? Bespreek het met je leidinggevende, HR of een collega die je vertrouwt; wil je posten, deel dan iets wat goed ging.",
      hostility: "“{text}” kan overkomen als een aanval op {target, select, boss {je leidinggevende} colleague {collega's} customer {de mensen die je helpt} shareholder {aandeelhouders} other {je werkplek en de mensen daar}}, en de betrokkenen of mensen die hen kennen, kunnen het lezen. Moet er iets veranderen, bespreek het dan met de persoon zelf of met HR; een disclaimer verandert niet hoe dit overkomt.",
      learned: "Deze zin kan overkomen als een klacht over je werk of de mensen daar{named, select, yes { ({words})} other {}}. Collega's, klanten en je werkgever lezen mee, en berichten blijven bestaan. Zit iets je dwars? Bespreek het met je leidinggevende, HR of een collega die je vertrouwt; wil je posten, deel dan iets wat goed ging.",
      threat: "“{text}” leest als een dreigement. Ook als grap kan zoiets mensen bang maken en heel anders overkomen bij iemand die je niet kent. Ben je zo boos over je werk, praat dan eerst met HR of iemand die je vertrouwt.",
    },
    da: {
      venting: "“{text}” kan læses som brok over {target, select, boss {din leder} colleague {kolleger} customer {dem, du hjælper} shareholder {aktionærer} other {dit arbejde}}. Kolleger, kunder og din arbejdsgiver kan alle læse med, og opslag bliver hængende. Hvis noget nager dig, så tag det op med din leder, HR eller en kollega, du stoler på; vil du skrive noget, så del noget, der gik godt.",
      hostility: "“{text}” kan opfattes som et angreb på {target, select, boss {din leder} colleague {kolleger} customer {dem, du hjælper} shareholder {aktionærer} other {din arbejdsplads og folkene der}}, og de berørte eller nogen, der kender dem, kan læse det. Skal noget ændres, så tag det op med personen selv eller med HR; en ansvarsfraskrivelse ændrer ikke, hvordan det læses.",
      learned: "Denne sætning kan læses som en klage over dit arbejde eller folkene der{named, select, yes { ({words})} other {}}. Kolleger, kunder og din arbejdsgiver kan alle læse med, og opslag bliver hængende. Hvis noget nager dig, så tag det op med din leder, HR eller en kollega, du stoler på; vil du skrive noget, så del noget, der gik godt.",
      threat: "“{text}” læses som en trussel. Selv som en spøg kan sådan noget skræmme folk og blive læst helt anderledes af nogen, der ikke kender dig. Hvis arbejdet har gjort dig så vred, så tal med HR eller en, du har tillid til, før du skriver.",
    },
  },
  setup({ config, options }) {
    return { conflictsOf: compileConflicts(config), learned: options.learned };
  },
  async check(post, ctx, { conflictsOf, learned }) {
    const { found: conflicts, aboutCompetitor, lookAlikes } = await conflictsOf(post);
    for (const c of conflicts) {
      ctx.report({ messageId: c.messageId, range: c.range, data: { target: c.target }, clause: c.clause, ...(c.messageId === "threat" ? { severity: "error" } : {}) });
    }
    // The vocabulary found nothing: ask the learned model (concepts/learned.ts). Its findings are
    // warnings, since it weighs words rather than reading them.
    if (conflicts.length > 0 || !learned || aboutCompetitor) return;
    const verdict = await learnedVerdict(post, "workplace-conflict", ctx.config);
    if (verdict && !lookAlikes.some(([start, end]) => start < verdict.range[1] && verdict.range[0] < end)) ctx.report(learnedReport(verdict, "P6"));
  },
});
