// A deterministic corpus of posts: ~60% English, 20% Dutch, 20% Danish, 40–1,200 characters
// (median ~250), with hashtags, mentions, URLs, emoji and some Markdown; a few carry findings.
const SENTENCES = {
  en: [
    "Had a great time at the team offsite this week",
    "Huge thanks to everyone who came by our booth today",
    "We're hiring! Come build the future of retail with us",
    "Reading a fascinating report on supply chains this morning",
    "Honestly think this is the best conference I've been to all year",
    "Coffee, code and a lot of whiteboard arrows",
    "Three lessons I learned from shipping our first mobile app",
    "Proud of my colleagues who volunteered at the food bank",
    "Can't believe how fast this year went by",
    "Looking for recommendations on a good project management book",
    "Sneak peek: been testing Aurora Pro for weeks and it's amazing",
    "This was a terrible week at work, my manager is clueless",
    "Ping me at jane.smith@example.com if you want the slides",
    "Not supposed to share this but the Q3 forecast looks insane",
    "What a fucking great launch party that was",
  ],
  nl: [
    "Mooie dag met het team, veel geleerd vandaag",
    "Wat een drukte vandaag in de winkel, dank aan iedereen die langskwam",
    "We zoeken een nieuwe collega voor ons team in Utrecht",
    "Interessant artikel gelezen over duurzaam ondernemen",
    "Eindelijk weekend, tijd voor de fiets en een goed boek",
    "Trots op hoe snel het team deze storing heeft opgelost",
    "Leuke vragen gekregen van klanten vandaag, daar word ik blij van",
    "Binnenkort iets heel moois, meer mag ik nog niet zeggen",
    "Mijn manager heeft weer mijn hele planning omgegooid",
    "Klant zegt dat zijn IBAN NL91 ABNA 0417 1643 00 niet werkt",
  ],
  da: [
    "Fed workshop med teamet i dag",
    "Tak til alle jer, der kiggede forbi standen i dag",
    "Morgenkaffe med udsigt over havnen",
    "Spændende debat i aftes, godt at høre begge sider",
    "Stolt over at være en del af holdet i dag",
    "Vi kører med høj fart mod slutningen af kvartalet",
    "Snart lancerer vi noget stort, mere kan jeg ikke sige endnu",
    "Endnu en kunde der råber af mig i telefonen",
    "Adgangskoden til portalen er stadig admin123",
    "Glad for den nye hjemmearbejdsordning",
  ],
};
const EXTRAS = ["#teamwork", "#retail", "#hiring", "#Northwind", "@annasmith", "https://example.com/blog/2026/11/post", "🎉", "☕", "🚀", "💙", "**bold claim**", "![team lunch](lunch.jpg)"];

/** Mulberry32: small, fast and deterministic. */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Deterministic posts, 60% English, 20% Dutch and 20% Danish: `compose` writes each one from the
 * shared random source. The one generator of `pnpm bench` (below) and the server bench
 * (packages/server/bench/posts.mjs); each brings its own sentences and lengths.
 */
export function generatePosts(count, seed, compose) {
  const random = rng(seed);
  const pick = (list) => list[Math.floor(random() * list.length)];
  const posts = [];
  for (let i = 0; i < count; i++) {
    const r = random();
    const lang = r < 0.6 ? "en" : r < 0.8 ? "nl" : "da";
    posts.push(compose({ i, lang, random, pick }));
  }
  return posts;
}

export function generateCorpus(count = 2000, seed = 42) {
  return generatePosts(count, seed, ({ i, lang, random, pick }) => {
    // Log-normal-ish length around 250 characters, clamped to 40–1,200.
    const target = Math.min(1200, Math.max(40, Math.round(Math.exp(Math.log(250) + (random() + random() + random() - 1.5) * 1.1))));
    let text = "";
    while (text.length < target) {
      const s = pick(SENTENCES[lang]);
      text += (text ? (random() < 0.15 ? "\n\n" : ". ") : "") + s;
      if (random() < 0.35) text += " " + pick(EXTRAS);
    }
    text = text.slice(0, Math.max(40, target)).replace(/\s+\S*$/, "") + (random() < 0.5 ? "!" : ".");
    return { id: `post-${String(i + 1).padStart(4, "0")}`, lang, text };
  });
}
