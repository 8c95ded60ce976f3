import { definePolicyRule, type RuleConfig } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { compileSpokespersonCues } from "./concepts/index.js";

/** `@Jane.Doe` and `jane.doe` are the same author. */
const handle = (name: string): string => name.trim().replace(/^@/, "").toLowerCase();

/** The author may speak for the organization, or the rule does not apply to this post (§4). */
function exempt(config: RuleConfig, account: string, author: string | undefined): boolean {
  const spokespeople = config.spokespeople.map(handle);
  if (author !== undefined && spokespeople.includes(handle(author))) return true;
  // The brand account speaks for the organization by design; only a named author outside a
  // configured list is worth a finding there.
  return account === "official" && (author === undefined || spokespeople.length === 0);
}

export default definePolicyRule({
  id: "unauthorized-spokesperson",
  meta: {
    description:
      "Flags speaking on behalf of the organization (“on behalf of …”, official statements and positions, announcements and confirmations in its name, its decisions stated as fact (“our Kendal shop will close in April”, “taking Northwind private”), passing on a decision or the official line of management, “we at …”) by an author who is not in `spokespeople`. Talking about the organization is fine, and so is mentioning a decision while pointing to the official statement.",
    policy: ["P13"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: false,
    docsUrl: docsUrl("unauthorized-spokesperson"),
    concepts: ["voice-strong", "voice-announce", "voice-weak", "voice-decision", "voice-hedge", "voice-not-hedge", "voice-ignore", "voice-connector", "voice-pointer"],
  },
  messages: {
    en: {
      speaksForOrganization: "“{text}” speaks for {org}. Only its spokespeople do that: a post like this can be quoted as the company’s position. Share the official post instead, or say it as yourself (“I’m glad that…”); for a statement, ask the communications team.",
      weakCue: "“{text}” may read as {org} speaking. If it is your own view, write it as yours (“I think…”); official statements come from the spokespeople.",
    },
    nl: {
      speaksForOrganization: "“{text}” spreekt namens {org}. Dat doen alleen de woordvoerders: zo'n bericht kan worden aangehaald als het standpunt van het bedrijf. Deel liever het officiële bericht, of schrijf het vanuit jezelf (“Ik ben blij dat…”); voor een verklaring kun je bij de afdeling communicatie terecht.",
      weakCue: "“{text}” kan overkomen alsof {org} zelf spreekt. Is het je eigen mening, schrijf het dan zo (“Ik vind…”); officiële verklaringen komen van de woordvoerders.",
    },
    da: {
      speaksForOrganization: "“{text}” udtaler sig på vegne af {org}. Det gør kun talspersonerne: sådan et opslag kan blive citeret som virksomhedens holdning. Del hellere det officielle opslag, eller skriv det i dit eget navn (“Jeg er glad for, at…”); skal der en udtalelse ud, så spørg kommunikationsafdelingen.",
      weakCue: "“{text}” kan læses, som om {org} selv udtaler sig. Er det din egen holdning, så skriv det sådan (“Jeg synes…”); officielle udtalelser kommer fra talspersonerne.",
    },
  },
  setup({ config }) {
    return { cuesOf: compileSpokespersonCues(config) };
  },
  check(post, ctx, { cuesOf }) {
    if (exempt(ctx.config, post.meta.account, post.meta.author)) return;
    const org = ctx.config.organization.name ?? ctx.config.organization.aliases[0] ?? "the organization";
    const { strong, weak } = cuesOf(post);
    // One finding per sentence: the message is about the statement, not each phrase in it.
    const seen = new Set<number>();
    const once = (first: number): boolean => {
      const s = post.tokens[first]?.sentence ?? -1;
      if (seen.has(s)) return false;
      seen.add(s);
      return true;
    };
    for (const hit of strong) if (once(hit.first)) ctx.report({ messageId: "speaksForOrganization", range: [hit.start, hit.end], data: { org } });
    // A weak cue alone ("we at Northwind", no announcement) warns (POLICY §4 split).
    if (strong.length === 0) for (const hit of weak) if (once(hit.first)) ctx.report({ messageId: "weakCue", range: [hit.start, hit.end], data: { org }, severity: "warn" });
  },
});
