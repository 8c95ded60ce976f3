import { compileMentions, definePolicyRule, LANGUAGES, z, type Fix, type Language, type Post } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { compileEvidence } from "./missing-disclaimer/evidence.js";
import { statesEmployment } from "./missing-disclaimer/employment.js";
import { saysWorksThere } from "./missing-disclaimer/works-there.js";
import { compileSpokespersonCues } from "./concepts/index.js";

/** The disclosure `--fix` adds: an employee disclosure covers opinions and claims alike (P11, P12). */
const DISCLOSURE: Record<Language, string> = {
  en: "(I work at {org}.)",
  nl: "(Ik werk bij {org}.)",
  da: "(Jeg arbejder hos {org}.)",
};

/** Appends `text` after the post's last non-blank character. */
function appendFix(post: Post, text: string): Fix {
  const end = post.text.trimEnd().length;
  return { range: [end, end], text: ` ${text}` };
}

export default definePolicyRule({
  id: "missing-disclaimer",
  meta: {
    description:
      "Flags a personal post that gives an opinion on, endorses or promotes the organization, its products or competitors without an opinion disclaimer or employee disclosure, and marketing claims, testimonials and calls to buy (“if I were you I’d buy”) without an employee or advertising disclosure: an opinion disclaimer such as “not my employer’s views” does not say you work there. A neutral mention passes.",
    policy: ["P10", "P11", "P12"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    imageText: false,
    accounts: ["personal"],
    fixable: true,
    docsUrl: docsUrl("missing-disclaimer"),
    concepts: ["negative", "positive", "neutral", "voice-strong", "voice-announce", "voice-weak", "voice-decision", "voice-hedge", "voice-not-hedge", "voice-ignore", "voice-connector", "voice-pointer", "voice-disclaimed", "role-disclosure"],
    options: z.strictObject({
      disclosure: z
        .strictObject({ en: z.string().min(1).optional(), nl: z.string().min(1).optional(), da: z.string().min(1).optional() })
        .default({})
        .describe("The disclosure `--fix` appends, per language (`en`, `nl`, `da`); `{org}` is the organization's name. Default: “(I work at {org}.)” and its translations."),
    }),
  },
  messages: {
    en: {
      missingDisclaimer: "“{text}”: this gives an opinion on {name}, and readers may take it as your employer speaking, or not know you work there. Add “{disclosure}”, or a disclaimer such as “Views are my own”.",
      claimNeedsDisclosure: "“{text}” reads as a marketing claim or endorsement of {name}. Readers need to know you work there or were paid, and “views are my own” doesn’t tell them. Add “{disclosure}” or #ad.",
    },
    nl: {
      missingDisclaimer: "“{text}”: dit is een mening over {name}, en lezers kunnen denken dat je werkgever spreekt, of niet weten dat je er werkt. Voeg “{disclosure}” toe, of een disclaimer zoals “Dit is mijn eigen mening”.",
      claimNeedsDisclosure: "“{text}” leest als een marketingclaim of aanbeveling voor {name}. Lezers moeten weten dat je er werkt of ervoor betaald bent, en “meningen zijn mijn eigen” zegt dat niet. Voeg “{disclosure}” of #ad toe.",
    },
    da: {
      missingDisclaimer: "“{text}”: det her er en holdning til {name}, og læserne kan tro, at det er din arbejdsgiver, der udtaler sig, eller ikke vide, at du arbejder der. Tilføj “{disclosure}” eller en ansvarsfraskrivelse som “Udtrykte synspunkter er mine”.",
      claimNeedsDisclosure: "“{text}” læses som en markedsføringspåstand eller anbefaling af {name}. Læserne skal vide, at du arbejder der eller er betalt, og “mine egne holdninger” fortæller dem det ikke. Tilføj “{disclosure}” eller #reklame.",
    },
  },
  setup({ config, options }) {
    const org = config.organization.name ?? config.organization.aliases[0] ?? "";
    const disclosure = (language: Language): string => (options.disclosure[language] ?? DISCLOSURE[language]).replaceAll("{org}", org);
    const evidenceOf = compileEvidence(config, LANGUAGES.map(disclosure));
    return { mentions: compileMentions(config), evidenceOf, spokesperson: compileSpokespersonCues(config), disclosure };
  },
  async check(post, ctx, { mentions, evidenceOf, spokesperson, disclosure }) {
    const found = mentions.find(post);
    const first = found[0];
    if (!first) return;
    // A statement in the organization's voice is not a personal opinion: a listed spokesperson's
    // "on behalf of" is its own disclosure (P13), anyone else's is unauthorized-spokesperson's.
    const voice = spokesperson(post);
    if (voice.strong.length > 0 || voice.weak.length > 0) return;
    const evidence = await evidenceOf(post);
    // A stated role ("as one of the founders of Northwind") tells readers the relationship, and so
    // does saying one is not speaking for it by name ("not on behalf of Northwind").
    const own = found.filter((m) => m.data.kind !== "competitor").map((m) => m.first);
    if (evidence.disclosure || voice.role || voice.disclaimedOrganization || statesEmployment(post, own) || saysWorksThere(post, own)) return;
    const text = disclosure(post.language);
    const sentenceOf = (i: number): number => post.tokens[i]?.sentence ?? 0;
    // Around a mention: the sentence before it, its own and the next.
    const around = (i: number): [number, number] => {
      const s = sentenceOf(i);
      return [post.sentences[Math.max(0, s - 1)]?.tokens[0] ?? 0, post.sentences[Math.min(post.sentences.length - 1, s + 1)]?.tokens[1] ?? post.tokens.length];
    };
    for (const mention of found) {
      const [from, to] = around(mention.first);
      const claim = evidence.claims.find((c) => c.first >= from && c.first < to);
      if (claim) {
        ctx.report({ messageId: "claimNeedsDisclosure", range: [claim.start, claim.end], data: { name: mention.data.name, disclosure: text }, clause: "P12", fix: appendFix(post, text) });
        return;
      }
    }
    // "I'm not speaking on behalf of Northwind" is an opinion disclaimer in other words.
    if (evidence.disclaimer || evidence.jobNews || voice.disclaimed) return;
    const opinion = found.find((mention) => evidence.evaluative(...around(mention.first)));
    if (!opinion) return;
    ctx.report({
      messageId: "missingDisclaimer",
      range: [opinion.start, opinion.end],
      data: { name: opinion.data.name, disclosure: text },
      clause: opinion.data.kind === "competitor" ? "P11" : "P10",
      fix: appendFix(post, text),
    });
  },
});
