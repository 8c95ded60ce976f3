import { compileMentions, definePolicyRule, imageWords, lexiconMatchers, resolveCues } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { lexiconFor } from "./lexicons.js";

export default definePolicyRule({
  id: "image-policy",
  meta: {
    description: "Flags Markdown images without alt text, and images whose alt text or file name shows restricted content: prototypes, whiteboards, badges, receipts, tills, screens, labs, server rooms, unreleased products.",
    policy: ["P2", "P4", "P5", "ALT"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: false,
    docsUrl: docsUrl("image-policy"),
  },
  messages: {
    en: {
      missingAlt: "This image has no alt text. Describe what it shows, e.g. ![two colleagues at the stand](photo.jpg): people using screen readers can follow, and you'll check what's in the picture.",
      restricted: "The image's description or file name mentions “{text}”. Photos of such things can show more than you notice: badges, screens and papers in the background. Use another photo, or check with your manager.",
      workplace: "The image's description or file name mentions “{text}”. Your organization may have rules for uniform and workplace photos. Check them before posting.",
    },
    nl: {
      missingAlt: "Deze afbeelding heeft geen alt-tekst. Beschrijf wat erop staat, bijv. ![twee collega's bij de stand](foto.jpg): zo kunnen mensen met een schermlezer meekijken, en check je zelf wat er te zien is.",
      restricted: "De beschrijving of bestandsnaam van de afbeelding noemt “{text}”. Zulke foto's laten vaak meer zien dan je denkt: toegangspassen, schermen en papieren op de achtergrond. Kies een andere foto, of overleg met je leidinggevende.",
      workplace: "De beschrijving of bestandsnaam van de afbeelding noemt “{text}”. Je organisatie kan regels hebben voor foto's in uniform of op de werkplek. Kijk ze na voordat je iets plaatst.",
    },
    da: {
      missingAlt: "Billedet har ingen alt-tekst. Beskriv, hvad det viser, fx ![to kolleger ved standen](foto.jpg): så kan folk med skærmlæser følge med, og du tjekker selv, hvad der er på billedet.",
      restricted: "Billedets beskrivelse eller filnavn nævner “{text}”. Sådanne billeder viser ofte mere, end man tror: adgangskort, skærme og papirer i baggrunden. Brug et andet billede, eller spørg din leder.",
      workplace: "Billedets beskrivelse eller filnavn nævner “{text}”. Din organisation kan have regler for billeder i uniform eller fra arbejdspladsen. Tjek dem, før du deler.",
    },
  },
  setup({ config }) {
    return { mentions: compileMentions(config), matchers: lexiconMatchers((lang) => lexiconFor("image-policy", lang)) };
  },
  async check(post, ctx, { mentions, matchers }) {
    if (post.images.length === 0) return;
    const matcher = await matchers(post.language);
    const unreleased = mentions.unreleasedOn(post.meta.date);
    for (const { image, alt, file } of imageWords(post)) {
      if (!image.alt?.trim()) ctx.report({ messageId: "missingAlt", range: [image.start, image.end], severity: "warn", clause: "ALT" });
      // Alt-text words live in post.tokens; file-name words are tokenized apart. Each is matched
      // on its own, so a phrase never runs from the alt text into the file name.
      const views = [{ text: post.text, language: post.language, tokens: post.tokens.slice(alt[0], alt[1]) }, { text: post.text, language: post.language, tokens: file }];
      // One finding per kind and image: the first word that shows it is quoted.
      const found = new Map<string, { start: number; end: number; clause: string }>();
      for (const view of views) {
        for (const hit of resolveCues(view, matcher.find(view), { window: 0 })) {
          const messageId = hit.data.messageId === "workplace" ? "workplace" : "restricted";
          if (!found.has(messageId)) found.set(messageId, { start: hit.start, end: hit.end, clause: hit.data.clause ?? "P2" });
        }
        for (const hit of mentions.find(view)) {
          if (hit.data.kind === "product" && unreleased(hit) && !found.has("restricted")) found.set("restricted", { start: hit.start, end: hit.end, clause: "P2" });
        }
      }
      for (const [messageId, { start, end, clause }] of found) {
        ctx.report({ messageId, range: [start, end], data: { clause }, clause, severity: messageId === "workplace" ? "warn" : "error" });
      }
    }
  },
});
