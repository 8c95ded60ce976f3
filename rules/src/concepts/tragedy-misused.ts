import type { LexiconEntry, PhraseHit, Post } from "@postlint/core";

/**
 * Hashtags where people share abuse, grief or a tragedy ("#WhyIStayed", "#WhyIDidntLeave",
 * "#HvorforJegBlev", "#PrayForMillbrook", "#JeSuis…"): not a trend for a brand to join.
 */
const TRAGEDY_HASHTAG = /(?<![\p{L}\d_])#(?:why ?i ?(?:stayed|didn'?t ?leave|left)|waarom ?ik ?(?:bleef|niet ?wegging)|hvorfor ?jeg ?(?:blev|ikke ?gik)|pray ?for[\p{L}\d_]+|bid ?voor[\p{L}\d_]+|je ?suis[\p{L}\d_]+|never ?forget[\p{L}\d_]*|me ?too|black ?lives ?matter|stop ?asian ?hate|bring ?back ?our ?girls)(?![\p{L}\d_])/giu;

/** A wink, a dance, shopping, a laugh: the brand being playful. */
const PLAYFUL = /😉|😜|😏|💃|🕺|🛍|🛒|😂|🤣|🎉|😍/u;

/** Cheer in the brand's own words around an image: "skies like these", "sikke nogle skyer", "😍". */
const CHEERFUL = /😍|🥰|😊|☀️|🌅|🌄|✨|💙|🎆|🎇|\b(?:lovely|gorgeous|stunning|beautiful|pretty|perfect|skies like these|what a view|mooi|mooie|prachtig|prachtige|schitterend|smuk|smukt|smukke|flot|flotte|perfekt|sikke)\b/iu;

/** `![alt](src)`: the image's description, where a disaster may be pictured. */
const IMAGE = /!\[([^\]]*)\]\([^)]*\)/gu;

/** Condolence, not promotion: "our thoughts are with", "we denken aan", "vi tænker på". */
const CONDOLENCE = /\b(?:thoughts are with|thinking of|our hearts|condolences|we stand with|rest in peace|we denken aan|ons medeleven|gecondoleerd|vi tænker på|vores tanker|kondolence|hvil i fred)\b/iu;

/** Engagement bait on the back of a disaster: "for every retweet we donate", "voor elke retweet doneren wij". */
const BAIT = /\b(?:for (?:every|each) (?:retweet|share|like|repost)|voor (?:elke|iedere) (?:retweet|like|deling|share|repost)|for (?:hver|hvert) (?:deling|retweet|like|opslag))\b/iu;

/** The brand's own products pushed beside it: "our new spring range", "tag us in your unboxing pics", "panic-buy our hand-warmers". */
const PROMO = /\b(?:our new (?:\p{L}+ )?(?:range|collection|line|menu|flavour|flavor|drop)|tag us|unboxing|shop now|link in bio|onze nieuwe (?:\p{L}+ )?(?:collectie|lijn|smaak)|tag ons|vores nye (?:\p{L}+ )?(?:kollektion|serie|smag)|tag os|(?:buy|bought|order|grab|panic-buy|panic-bought|stock up on) our|(?:koop|bestel|hamster|hamster liever) onze|(?:køb|bestil|hamstr\p{L}*) (?:hellere )?vores)\b/iu;

/**
 * A pandemic's shortages and masks, which a brand riffs on to sell ("Everyone's panic-buying loo
 * roll 😷 panic-buy our hand-warmers instead"). Not disaster words: a personal "everyone's
 * panic-buying bread before the storm 😂" is no joke about a tragedy.
 */
const PANDEMIC = /\b(?:panic[- ]?bu(?:y|ying|ys|bought)|hamster\p{L}*|hamstr\p{L}*|lockdown|quarantaine|karantæne|quarantine)\b|😷/iu;

/**
 * The brand account using a tragedy as material: joining a hashtag where people share abuse or
 * grief with a wink or a pitch (2014: "#WhyIStayed You had pizza"), posting a photo of a disaster
 * as pretty scenery (2014: a shuttle's smoke trail as "clouds"), or a death or disaster beside
 * engagement bait or the brand's products. `disasters` are the
 * post's disaster words; `sales` its sales pitch, if any.
 */
export function tragedyMisused(post: Post, disasters: readonly PhraseHit<LexiconEntry>[], selling: boolean): [number, number] | undefined {
  if (post.meta.account !== "official") return undefined;
  const body = post.text.slice(post.bodyStart);
  // A death or a disaster in the post's words with engagement bait or the brand's products beside
  // it ("Rest easy, Dexy 💜 … except maybe our new spring range clearing the shelves", "voor elke
  // retweet doneren wij € 0,50"): condolences do not make up for it.
  const images = [...body.matchAll(IMAGE)].map((i) => [post.bodyStart + i.index, post.bodyStart + i.index + i[0].length] as const);
  const spoken = disasters.find((d) => !images.some(([start, end]) => d.start >= start && d.end <= end));
  if (spoken && (BAIT.test(body) || PROMO.test(body))) return [spoken.start, spoken.end];
  const pandemic = PANDEMIC.exec(body);
  if (pandemic && PROMO.test(body)) return [post.bodyStart + pandemic.index, post.bodyStart + pandemic.index + pandemic[0].length];
  if (CONDOLENCE.test(body)) return undefined;
  for (const tag of body.matchAll(TRAGEDY_HASHTAG)) {
    if (selling || PLAYFUL.test(body)) return [post.bodyStart + tag.index, post.bodyStart + tag.index + tag[0].length];
  }
  for (const [start, end] of images) {
    const pictured = disasters.find((d) => d.start >= start && d.end <= end);
    const words = body.slice(0, start - post.bodyStart) + body.slice(end - post.bodyStart);
    if (pictured && CHEERFUL.test(words)) return [pictured.start, pictured.end];
  }
  return undefined;
}
