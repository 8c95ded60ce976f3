import { generatePosts } from "../../../bench/corpus.mjs";

// Deterministic, realistic posts of about 280 characters (the length of a full X post): 60%
// English, 20% Dutch, 20% Danish, with hashtags, mentions, links and emoji; about one in five
// has something the default policy flags.
const CLEAN = {
  en: [
    "Had a great time at the team offsite this week, and came back with a notebook full of ideas.",
    "Huge thanks to everyone who came by our booth today. We loved hearing how you use our tools.",
    "Three lessons from shipping our first mobile app: start small, talk to users, and write things down.",
    "Proud of my colleagues who spent their Saturday volunteering at the food bank.",
    "Looking for recommendations on a good book about project management. What should I read next?",
    "Reading a fascinating report on supply chains this morning, with coffee and a very patient dog.",
  ],
  nl: [
    "Mooie dag met het team, veel geleerd vandaag en genoeg ideeën voor de rest van het jaar.",
    "Wat een drukte vandaag in de winkel, dank aan iedereen die langskwam voor een praatje.",
    "We zoeken een nieuwe collega voor ons team in Utrecht. Ken jij iemand die hier blij van wordt?",
    "Eindelijk weekend, tijd voor de fiets en een goed boek in de zon.",
  ],
  da: [
    "Fed workshop med teamet i dag, og en masse gode idéer til det næste kvartal.",
    "Tak til alle jer, der kiggede forbi standen i dag. Det var en fornøjelse at tale med jer.",
    "Morgenkaffe med udsigt over havnen, før en travl dag går i gang.",
    "Stolt over at være en del af holdet, der fik den nye butik op at stå på rekordtid.",
  ],
};
const FLAGGED = {
  en: [
    "Sneak peek: been testing Aurora Pro for weeks and it is amazing, you will love it.",
    "What a fucking great launch party that was, still buzzing from it.",
    "Ping me at jane.smith@example.com if you want the slides from today.",
    "Not supposed to share this but the Q3 forecast looks insane.",
  ],
  nl: ["Binnenkort iets heel moois van Project Kestrel, meer mag ik nog niet zeggen.", "Mijn manager heeft weer mijn hele planning omgegooid, ik ben er klaar mee."],
  da: ["Snart lancerer vi noget stort, mere kan jeg ikke sige endnu.", "Endnu en kunde der råber af mig i telefonen. Gider ikke det her job mere."],
};
const EXTRAS = ["#teamwork", "#retail", "#hiring", "#Northwind", "@annasmith", "https://example.com/blog/2026/11/post", "🎉", "☕", "🚀", "💙"];
const PLATFORMS = ["x", "linkedin", "bluesky", "mastodon", "threads", undefined];


/** `count` request bodies for POST /v1/lint, each 240–280 characters of text. */
export function benchPosts(count = 500, seed = 7) {
  return generatePosts(count, seed, ({ lang, random, pick }) => {
    let text = random() < 0.2 ? pick(FLAGGED[lang]) : pick(CLEAN[lang]);
    while (text.length < 240) text += random() < 0.4 ? ` ${pick(EXTRAS)}` : ` ${pick(CLEAN[lang])}`;
    text = text.length > 280 ? text.slice(0, 280).replace(/\s+\S*$/, "") : text;
    const platform = pick(PLATFORMS);
    return { text, ...(platform ? { platform } : {}), date: "2026-12-01" };
  });
}
