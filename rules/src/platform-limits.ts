import { definePolicyRule, directiveRanges, z, type Platform, type Post } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { countPlatformLength, type LengthCounter } from "./platform-length.js";

interface PlatformLimit {
  maxLength: number;
  counter: LengthCounter;
  maxHashtags?: number;
  maxMentions?: number;
}

/** Limits as each platform enforces them, counted the way the platform counts. */
export const PLATFORM_LIMITS: Record<Platform, PlatformLimit> = {
  x: { maxLength: 280, counter: "x-weighted" },
  linkedin: { maxLength: 3000, counter: "characters" },
  instagram: { maxLength: 2200, counter: "characters", maxHashtags: 30, maxMentions: 20 },
  facebook: { maxLength: 63206, counter: "characters" },
  threads: { maxLength: 500, counter: "characters" },
  bluesky: { maxLength: 300, counter: "graphemes" },
  mastodon: { maxLength: 500, counter: "mastodon" },
  tiktok: { maxLength: 2200, counter: "characters" },
};

const TAG = /(^|[^\p{L}\p{N}_&/])([#@])([\p{L}\p{N}_]+(?:@[\w.-]+)?)/gu;

export default definePolicyRule({
  id: "platform-limits",
  meta: {
    description: "Flags posts longer than the platform allows, and too many hashtags or mentions.",
    policy: ["PLATFORM", "P19"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "warn",
    imageText: false,
    fixable: false,
    docsUrl: docsUrl("platform-limits"),
    options: z.strictObject({
      /** Override a platform's limits, e.g. `{ linkedin: { maxLength: 1300 } }` for a house style. */
      limits: z.record(z.string(), z.strictObject({ maxLength: z.number().int().positive().optional(), maxHashtags: z.number().int().nonnegative().optional(), maxMentions: z.number().int().nonnegative().optional() })).default({}),
    }),
  },
  messages: {
    en: {
      tooLong: "This post is {count} characters long as {platform} counts them{counter, select, x-weighted { (every link counts as 23 characters, emoji and CJK characters as 2)} mastodon { (every link counts as 23 characters)} graphemes { (each character as you see it)} other {}}; the limit is {limit}. Shorten it by {over} characters, or {platform} will cut it off or refuse it.",
      tooManyHashtags: "This post has {count} hashtags; {platform} allows {limit}, and a post with more may be refused or lose its tags. Keep the {limit} that matter most.",
      tooManyMentions: "This post mentions {count} accounts; {platform} allows {limit}, and a post with more may be refused. Mention fewer accounts.",
    },
    nl: {
      tooLong: "Dit bericht is {count} tekens lang zoals {platform} telt{counter, select, x-weighted { (elke link telt als 23 tekens, emoji en CJK-tekens als 2)} mastodon { (elke link telt als 23 tekens)} graphemes { (elk teken zoals je het ziet)} other {}}; de limiet is {limit}. Maak het {over} tekens korter, anders kapt {platform} het af of weigert het.",
      tooManyHashtags: "Dit bericht heeft {count} hashtags; {platform} staat er maximaal {limit} toe, en met meer kan het bericht geweigerd worden of zijn hashtags kwijtraken. Houd de {limit} belangrijkste over.",
      tooManyMentions: "Dit bericht noemt {count} accounts; {platform} staat er maximaal {limit} toe, en met meer kan het bericht geweigerd worden. Noem minder accounts.",
    },
    da: {
      tooLong: "Opslaget er {count} tegn langt, som {platform} tæller{counter, select, x-weighted { (hvert link tæller som 23 tegn, emoji og CJK-tegn som 2)} mastodon { (hvert link tæller som 23 tegn)} graphemes { (hvert tegn, som du ser det)} other {}}; grænsen er {limit}. Forkort det med {over} tegn, ellers klipper {platform} det af eller afviser det.",
      tooManyHashtags: "Opslaget har {count} hashtags; {platform} tillader højst {limit}, og med flere kan opslaget blive afvist eller miste sine hashtags. Behold de {limit} vigtigste.",
      tooManyMentions: "Opslaget nævner {count} konti; {platform} tillader højst {limit}, og med flere kan opslaget blive afvist. Nævn færre konti.",
    },
  },
  check(post, ctx, _state) {
    const platform = post.meta.platform;
    if (!platform) return;
    const limit = { ...PLATFORM_LIMITS[platform], ...(ctx.options.limits[platform] ?? {}) };
    const { text, offsets } = postedText(post);
    const counted = countPlatformLength(text, limit.counter);
    if (counted.length > limit.maxLength) {
      const cut = counted.indexAt(limit.maxLength);
      const start = offsets(cut);
      ctx.report({
        messageId: "tooLong",
        range: [start, offsets(text.length)],
        data: { count: counted.length, limit: limit.maxLength, over: counted.length - limit.maxLength, platform: PLATFORM_NAMES[platform], counter: limit.counter },
      });
    }
    // `#1` and `#2026` are not hashtags on any platform: a tag needs a letter.
    const tags = [...text.matchAll(TAG)].filter((t) => t[2] === "@" || /\p{L}/u.test(t[3] ?? ""));
    for (const [kind, max, messageId] of [["#", limit.maxHashtags, "tooManyHashtags"], ["@", limit.maxMentions, "tooManyMentions"]] as const) {
      const found = tags.filter((t) => t[2] === kind);
      const first = found[max ?? Infinity];
      if (max === undefined || !first) continue;
      const at = first.index + (first[1]?.length ?? 0);
      ctx.report({ messageId, range: [offsets(at), offsets(at + 1 + (first[3]?.length ?? 0))], data: { count: found.length, limit: max, platform: PLATFORM_NAMES[platform] } });
    }
  },
});

/** How each platform writes its own name, for messages and the draft checker. */
export const PLATFORM_NAMES: Record<Platform, string> = {
  x: "X",
  linkedin: "LinkedIn",
  instagram: "Instagram",
  facebook: "Facebook",
  threads: "Threads",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  tiktok: "TikTok",
};

/**
 * The text the platform receives: the body without Markdown image syntax (images are attached,
 * not counted) and without postlint's own directive comments, trimmed. Other HTML comments are
 * published like any text (CONTRACT, "The gate and published text"), so they count.
 * `offsets` maps back into the file.
 */
function postedText(post: Post): { text: string; offsets: (i: number) => number } {
  const removed: [number, number][] = [];
  for (const img of post.images) removed.push([img.start, img.end]);
  for (const [s, e] of directiveRanges(post.text)) if (s >= post.bodyStart) removed.push([s, e]);
  removed.sort((a, b) => a[0] - b[0]);
  let text = "";
  const map: number[] = [];
  let cursor = post.bodyStart;
  const take = (to: number): void => {
    for (let i = cursor; i < to; i++) {
      map.push(i);
      text += post.text[i];
    }
  };
  for (const [s, e] of removed) {
    if (s < cursor) continue;
    take(s);
    cursor = e;
  }
  take(post.text.length);
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  return { text: trimmed, offsets: (i) => map[i + lead] ?? (map[map.length - 1] ?? post.bodyStart) + 1 };
}
