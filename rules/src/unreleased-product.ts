import { compileMentions, definePolicyRule, lexiconMatchers, resolveCues } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { lexiconFor } from "./lexicons.js";

export default definePolicyRule({
  id: "unreleased-product",
  meta: {
    description: "Flags configured products and codenames in posts dated before their launch, and leak language about unannounced work.",
    policy: ["P3", "P2", "P21"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: false,
    docsUrl: docsUrl("unreleased-product"),
  },
  messages: {
    en: {
      beforeLaunch: "“{text}” is not launched until {launch}, and this post is dated {date}. Until launch, keep it off social media: remove it, or schedule the post for {launch} or later.",
      leakHint: "“{text}” may hint at work that hasn't been announced. Even a teaser can give plans away, and posts stay public. Wait for the official announcement, then share it.",
    },
    nl: {
      beforeLaunch: "“{text}” wordt pas op {launch} gelanceerd, en dit bericht is van {date}. Tot de lancering hoort het niet op sociale media: haal het weg, of plan het bericht op {launch} of later.",
      leakHint: "“{text}” kan verwijzen naar werk dat nog niet is aangekondigd. Ook een teaser kan plannen verraden, en berichten blijven openbaar. Wacht op de officiële aankondiging en deel die.",
    },
    da: {
      beforeLaunch: "“{text}” lanceres først den {launch}, og opslaget er dateret den {date}. Hold det væk fra sociale medier indtil lanceringen: fjern det, eller planlæg opslaget til den {launch} eller senere.",
      leakHint: "“{text}” kan antyde arbejde, der ikke er annonceret endnu. Selv en teaser kan afsløre planer, og opslag forbliver offentlige. Vent på den officielle annoncering, og del den så.",
    },
  },
  setup({ config }) {
    return { mentions: compileMentions(config), leaks: lexiconMatchers((lang) => lexiconFor("unreleased-product", lang)) };
  },
  async check(post, ctx, { mentions, leaks }) {
    const unreleased = mentions.unreleasedOn(post.meta.date);
    let named = false;
    for (const hit of mentions.find(post)) {
      if (hit.data.kind !== "product" || !unreleased(hit)) continue;
      named = true;
      ctx.report({ messageId: "beforeLaunch", range: [hit.start, hit.end], data: { launch: hit.data.product?.launch ?? "", date: post.meta.date }, severity: "error" });
    }
    // A named product already says it all; leak language is for posts that name none (POLICY §4: warn).
    if (named) return;
    const matcher = await leaks(post.language);
    const found = matcher.find(post);
    // A teaser about a baby, a wedding or a new house is family news, whatever it keeps back.
    if (found.some((h) => h.data.tags.includes("kind:life"))) return;
    const hits = resolveCues(post, found);
    const first = hits[0];
    if (first) ctx.report({ messageId: "leakHint", range: [first.start, first.end], severity: "warn", clause: "P3" });
  },
});
