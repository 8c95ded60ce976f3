import { compileLexicon, definePolicyRule, isQuoted, z, type Language, type LexiconEntry, type PhraseMatcher } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { aimedAtPerson } from "./insensitive-language/aim.js";
import { insensitiveEntries } from "./concepts/index.js";

type Kind = "slur" | "insult" | "stereotype";
const kindOf = (entry: LexiconEntry): Kind => (entry.tags.includes("slur") ? "slur" : entry.tags.includes("stereotype") ? "stereotype" : "insult");

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
      "Flags slurs, disability or illness used as insults, and stereotypes about groups (English from a curated subset of retext-equality's data; curated Dutch and Danish lists). Aimed at a person, they are errors.",
    policy: ["P9", "P22"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    fixable: false,
    docsUrl: docsUrl("insensitive-language"),
    concepts: ["slur", "disability-insult", "stereotype"],
    options: z.strictObject({
      allow: z.array(z.string()).default([]).describe("Words never to flag in this organization, such as a community's own reclaimed words."),
    }),
  },
  messages: {
    en: {
      slur: "“{text}” is a slur. It hurts the people it names, and colleagues and customers read it too (P9). {suggest}",
      insult: "“{text}” uses a disability or condition as an insult, which may hurt people who live with it (P9). {suggest}",
      stereotype: "“{text}” may read as a generalisation about a group (gender, origin, age), which is discriminatory even as a joke (P9). Talk about the person or the situation, not the group.",
      personalAttack: "“{text}”, said about a person, reads as a personal attack that demeans them and the group the word names; colleagues and customers can read it (P9). Leave it out; if someone’s behaviour bothers you, talk to them or to HR.",
    },
    nl: {
      slur: "“{text}” is een scheldwoord. Het kwetst de mensen die ermee bedoeld worden, en collega's en klanten lezen mee (P9). {suggest}",
      insult: "“{text}” gebruikt een handicap of aandoening als belediging, en dat kan mensen kwetsen die ermee leven (P9). {suggest}",
      stereotype: "“{text}” kan overkomen als een generalisatie over een groep (geslacht, afkomst, leeftijd), en dat is discriminerend, ook als grap (P9). Heb het over de persoon of de situatie, niet over de groep.",
      personalAttack: "“{text}”, gezegd over iemand, leest als een persoonlijke aanval die die persoon kleineert en de groep die het woord noemt; collega's en klanten lezen mee (P9). Laat het weg; zit iemands gedrag je dwars, bespreek het met diegene of met HR.",
    },
    da: {
      slur: "“{text}” er et skældsord. Det sårer dem, det handler om, og kolleger og kunder læser med (P9). {suggest}",
      insult: "“{text}” bruger et handicap eller en sygdom som fornærmelse, og det kan såre dem, der lever med det (P9). {suggest}",
      stereotype: "“{text}” kan læses som en generalisering om en gruppe (køn, oprindelse, alder), og det er diskriminerende, også som spøg (P9). Tal om personen eller situationen, ikke om gruppen.",
      personalAttack: "“{text}”, sagt om en person, læses som et personangreb, der nedgør personen og den gruppe, ordet nævner; kolleger og kunder kan læse det (P9). Lad det være; hvis nogens adfærd generer dig, så tal med vedkommende eller med HR.",
    },
  },
  setup({ options }) {
    const allow = new Set(options.allow.map((w) => w.toLowerCase()));
    const matchers = new Map<Language, PhraseMatcher<LexiconEntry>>();
    const matcherFor = (language: Language): PhraseMatcher<LexiconEntry> => {
      let m = matchers.get(language);
      if (!m) {
        const entries = insensitiveEntries(language);
        m = compileLexicon(entries.map((e) => ({ ...e, terms: e.terms.filter((t) => !allow.has(t.toLowerCase())) })));
        matchers.set(language, m);
      }
      return m;
    };
    return { matcherFor };
  },
  check(post, ctx, { matcherFor }) {
    for (const hit of matcherFor(post.language).find(post)) {
      // Quoted, the word is being discussed or reported ("he called me a “…”"), not used.
      if (isQuoted(post.text, hit.start, hit.end)) continue;
      const kind = kindOf(hit.data);
      const aimed = kind !== "stereotype" && aimedAtPerson(post, hit.first, hit.last);
      ctx.report({
        messageId: aimed ? "personalAttack" : kind,
        range: [hit.start, hit.end],
        data: { suggest: hit.data.suggest ?? FALLBACK[post.language] },
        severity: aimed ? "error" : "warn",
      });
    }
  },
});
