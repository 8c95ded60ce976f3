import { compileMentions, definePolicyRule, lexiconMatchers, z, type Language, type LexiconEntry, type PhraseHit, type Post } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { conceptMatcher, curseAsWritten, curseInsults, cursedName, insensitiveEntries, organizationNames, overlaps, profanityEntries } from "./concepts/index.js";

type Confidence = LexiconEntry["confidence"];
const RANK: Record<Confidence, number> = { low: 0, medium: 1, high: 2 };

/**
 * English words that are everyday words in Danish or Dutch (fart = speed, slut = end, bad = bath).
 * When the language was not detected but fell back to English, a Danish or Dutch post may be
 * behind it, so these are only flagged in posts that were detected or declared English.
 */
const FALSE_FRIENDS = new Set(["fart", "farts", "slut", "sluts", "bad", "hell", "hoe", "hoes", "hos", "fag", "kok", "kant", "dick"]);
const LANGUAGES: readonly Language[] = ["en", "nl", "da"];

/** Entries tagged `allow` are matched only so that their longer phrase wins and is let through. */
const ALLOW = "profanity-ok";
/** Entries tagged `compound` count only as the first part of a hyphenated compound ("kanker-scheids"). */
const COMPOUND = "curse-prefix";

export default definePolicyRule({
  id: "profanity",
  meta: {
    description:
      "Flags profane or vulgar words (English from retext-profanities' data; curated Dutch and Danish lists). Aimed at someone in the same sentence (the boss, colleagues, customers, the organization, “you”) or on the brand account, an error; an exclamation on a personal account (“holy shit, 10k followers!”), a warning under the general conduct clause (P22).",
    policy: ["P22", "P7", "P9"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    fixable: false,
    docsUrl: docsUrl("profanity"),
    concepts: ["profanity", "profanity-ok", "curse-prefix", "curse-homonym", "slur", "disability-insult", "stereotype", "target", "not-target"],
    options: z.strictObject({
      /** Lowest confidence to report: `high` only flags unmistakable curses. */
      minConfidence: z.enum(["high", "medium", "low"]).default("medium"),
      /** Words never to flag in this organization. */
      allow: z.array(z.string()).default([]),
    }),
  },
  messages: {
    en: {
      profane: "Don’t use “{text}”: it’s profane, and customers, colleagues and family can all read this post. Say it without the swear word.",
      maybeProfane: "Reconsider “{text}”: it may read as profane to some of your audience. A milder word keeps the point.",
      profaneAtPerson: "“{text}”, aimed at {target}, reads as a vulgar tirade, and a disclaimer doesn’t soften it. If something needs to change, raise it with the person or with HR; if you post, say what happened without the swearing.",
    },
    nl: {
      profane: "Gebruik “{text}” liever niet: het is grof, en klanten, collega's en familie lezen mee. Zeg het zonder het scheldwoord.",
      maybeProfane: "Overweeg “{text}” te vervangen: sommige lezers vinden het grof. Met een mildere woordkeus blijft je punt overeind.",
      profaneAtPerson: "“{text}”, gericht op {target}, leest als een vulgaire tirade, en een disclaimer maakt dat niet goed. Moet er iets veranderen, bespreek het dan met de persoon zelf of met HR; post je toch, vertel dan wat er gebeurde zonder te schelden.",
    },
    da: {
      profane: "Undgå “{text}”: det er groft, og kunder, kolleger og familie kan alle læse opslaget. Sig det uden bandeordet.",
      maybeProfane: "Overvej at erstatte “{text}”: nogle læsere opfatter det som groft. Et mildere ord bevarer din pointe.",
      profaneAtPerson: "“{text}”, rettet mod {target}, læses som en vulgær tirade, og en ansvarsfraskrivelse gør det ikke bedre. Skal noget ændres, så tag det op med personen eller med HR; skriver du alligevel, så fortæl, hvad der skete, uden bandeord.",
    },
  },
  setup({ config, options }) {
    const allow = new Set(options.allow.map((w) => w.toLowerCase()));
    const min = RANK[options.minConfidence];
    const matcherFor = lexiconMatchers(
      (language) => {
        // Slurs and group insults are insensitive-language's (P9): one finding per word, not two.
        const slurs = new Set(insensitiveEntries(language).flatMap((e) => e.terms.map((t) => t.toLowerCase())));
        return profanityEntries(language)
          .filter((e) => e.tags.includes(ALLOW) || RANK[e.confidence] >= min)
          .map((e) => ({ ...e, terms: e.terms.filter((t) => !allow.has(t.toLowerCase()) && (e.tags.includes(ALLOW) || !slurs.has(t.toLowerCase()))) }));
      },
      { stem: false, vowelDropped: true },
    );
    const names = organizationNames(config);
    return { matcherFor, mentions: compileMentions(config), names, allow };
  },
  async check(post, ctx, { matcherFor, mentions, names, allow }) {
    // A post too short to tell its language apart may be in any of the three: check every list,
    // but not English words that are everyday Danish or Dutch.
    const guessed = post.languageSource === "default";
    const hits = guessed ? longestFirst((await Promise.all(LANGUAGES.map(matcherFor))).flatMap((m) => m.find(post))) : (await matcherFor(post.language)).find(post);
    const aim = aimOf(post, mentions);
    // "Pisse-Northwind", "Shitwind", "Northwank": the employer's name cursed is swearing at it, even
    // where the curse alone is an intensifier ("pissegodt") or no word of its own.
    const cursed = cursedName(post, names, mentions.find(post).filter((m) => m.data.kind === "organization"));
    if (cursed && !hits.some((h) => h.start < cursed.end && cursed.start < h.end)) {
      ctx.report({ messageId: "profaneAtPerson", range: [cursed.start, cursed.end], severity: "error", clause: "P7", data: { target: AIM_NAMES[post.language].P7, clause: "P7" } });
    }
    // "Die klant was echt een eikel": a word that is a curse only as a noun for someone ("eikel"
    // is also an acorn) counts in that frame, whatever the minimum confidence.
    const inFrame = guessed ? [] : curseInsults(post, [], { low: true }).filter((h) => !allow.has(h.text.toLowerCase()) && !hits.some((o) => overlaps(o, h)));
    for (const h of inFrame) ctx.report({ messageId: "profaneAtPerson", range: [h.start, h.end], severity: "error", clause: "P9", data: { target: AIM_NAMES[post.language].P9, clause: "P9" } });
    for (const hit of hits) {
      if (hit.data.tags.includes(ALLOW) || !curseAsWritten(post, hit)) continue;
      if (guessed && FALSE_FRIENDS.has(hit.text.toLowerCase())) continue;
      let end = hit.end;
      if (hit.data.tags.includes(COMPOUND)) {
        const next = post.tokens[hit.last];
        // "Kanker, trein gemist.": a disease word opening its sentence as an exclamation is the curse too.
        if (next?.joined) end = next.end;
        else if (!(isExclamation(post, hit.first) && /^\s*[,!]/u.test(post.text.slice(hit.end, hit.end + 3)))) continue;
      }
      const high = hit.data.confidence === "high";
      // Aimed at someone (the boss, colleagues, customers, the employer, "you"), swearing is a
      // tirade: an error (P7 about work, P9 about people). On the brand account it is the company
      // swearing: an error. An exclamation on a personal account ("holy shit, 10k followers!")
      // embarrasses more than it hurts: a warning under the general conduct clause (P22).
      const at = await aim(hit);
      const official = post.meta.account === "official";
      // Unmistakable vulgarity inside a sentence ("a fucking triumph") stays an error; the same
      // word as an exclamation opening it ("Holy shit, 10k!", "Godverdomme,") only warns.
      const exclamation = !at && isExclamation(post, hit.first);
      ctx.report({
        messageId: at ? "profaneAtPerson" : high ? "profane" : "maybeProfane",
        range: [hit.start, end],
        severity: at || official || (high && !exclamation) ? "error" : "warn",
        clause: at ?? "P22",
        ...(at ? { data: { target: AIM_NAMES[post.language][at], clause: at } } : {}),
      });
    }
  },
});

/** Words that may open an exclamation before the curse ("holy shit", "what the fuck", "hold da kæft"). */
const OPENERS = new Set(["holy", "oh", "ah", "aw", "wow", "well", "yeah", "what", "the", "hell", "jeez", "nou", "och", "jeetje", "wat", "de", "hold", "da", "nå", "hvad", "for", "fandme", "sgu"]);

/** The curse opens its sentence, alone or after opener words. */
function isExclamation(post: Post, first: number): boolean {
  const sentence = post.tokens[first]?.sentence;
  for (let i = first - 1; i >= 0; i--) {
    const t = post.tokens[i];
    if (!t || t.sentence !== sentence) return true;
    if (!OPENERS.has(t.norm)) return false;
  }
  return true;
}

/** How the message names who the swearing is aimed at. */
const AIM_NAMES: Record<Language, Record<"P7" | "P9", string>> = {
  en: { P7: "your workplace", P9: "someone" },
  nl: { P7: "je werk", P9: "iemand" },
  da: { P7: "din arbejdsplads", P9: "nogen" },
};

/** Words that point swearing at a person ("fuck you", "rot op jij", "fuck dig"). */
const AT_PERSON: Record<Language, ReadonlySet<string>> = {
  en: new Set(["you", "you're", "youre", "your", "ur", "u", "he", "he's", "she", "she's", "him", "her", "they", "they're", "them", "this guy", "that guy"]),
  // Not "je"/"ze" (also "one"/"they" in general) nor Danish "i" (in) and "de" (the).
  nl: new Set(["jij", "jou", "jouw", "hij", "zij", "hem", "haar", "jullie"]),
  da: new Set(["du", "dig", "han", "hun", "ham", "hende", "jer", "dem"]),
};

const ARTICLES: Record<Language, ReadonlySet<string>> = {
  en: new Set(["a", "an", "such"]),
  nl: new Set(["een", "zo'n"]),
  da: new Set(["en", "et"]),
};

/**
 * The clause for swearing aimed in its sentence: at work (a workplace target or the organization,
 * P7) or at a person (a pronoun pointing at someone, P9); undefined for an exclamation.
 */
function aimOf(post: Post, mentions: ReturnType<typeof compileMentions>): (hit: PhraseHit<LexiconEntry>) => Promise<"P7" | "P9" | undefined> {
  let work: Promise<PhraseHit<unknown>[]> | undefined;
  const sentence = (i: number): number => post.tokens[i]?.sentence ?? -1;
  return async (hit) => {
    work ??= Promise.all([conceptMatcher(post.language, ["target"]), conceptMatcher(post.language, ["not-target"])]).then(([targets, ignore]) => {
      const skip = ignore.find(post);
      return [...targets.find(post).filter((t) => !skip.some((g) => overlaps(t, g))), ...mentions.find(post).filter((m) => m.data.kind === "organization")];
    });
    const s = sentence(hit.first);
    // Close to the boss or the employer ("my boss is a fucking clown"), not somewhere in a
    // sentence that mentions work ("Satan, hvor har vi travlt i butikken").
    // The target before the word it is called ("my boss is a fucking clown", "mijn baas is echt
    // een klootzak"), or the word right before the target ("fucking management", "kut-Northwind").
    // Right before means glued or a space apart, or a comma before a name that ends the sentence
    // ("For helvede, Northwind."): "Holy shit, this place is amazing" is an exclamation.
    const endsSentence = (t: PhraseHit<unknown>): boolean => post.tokens[t.last]?.sentence !== s;
    const gapOk = (t: PhraseHit<unknown>): boolean => {
      const gap = post.text.slice(hit.end, t.start);
      return /^[\s-]*$/u.test(gap) || (/^\s*,\s*$/u.test(gap) && endsSentence(t));
    };
    const close = (t: PhraseHit<unknown>): boolean =>
      sentence(t.first) === s && !overlaps(t, hit) && (t.last <= hit.first ? hit.first - t.last <= 3 : t.first - hit.last <= 0 && gapOk(t));
    if ((await work).some(close)) return "P7";
    // "What a slut.", "Sikke et røvhul!": a name for someone, after an article, ending the sentence.
    const before = post.tokens[hit.first - 1];
    const after = post.tokens[hit.last];
    if (before && before.sentence === s && ARTICLES[post.language].has(before.norm) && (!after || after.sentence !== s)) return "P9";
    const people = AT_PERSON[post.language];
    for (let i = Math.max(0, hit.first - 3); i < Math.min(post.tokens.length, hit.last + 1); i++) {
      if (i >= hit.first && i < hit.last) continue;
      const t = post.tokens[i];
      if (t && t.sentence === s && people.has(t.norm)) return "P9";
    }
    return undefined;
  };
}

/** Hits from several lists: the longest at each place wins, and overlaps are dropped. */
function longestFirst<T extends { start: number; end: number }>(hits: T[]): T[] {
  const out: T[] = [];
  for (const hit of [...hits].sort((a, b) => a.start - b.start || b.end - a.end)) {
    const last = out[out.length - 1];
    if (!last || hit.start >= last.end) out.push(hit);
  }
  return out;
}
