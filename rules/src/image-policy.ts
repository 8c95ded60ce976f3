import { compileMentions, definePolicyRule, imageWords, lexiconMatchers, resolveCues } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { contentReports } from "./image-policy/contents.js";
import { lexiconFor } from "./lexicons.js";

export default definePolicyRule({
  id: "image-policy",
  meta: {
    description: "Flags Markdown images without alt text, images whose alt text or file name shows restricted content (prototypes, whiteboards, badges, receipts, tills, screens, labs, server rooms, unreleased products) or people hurt or in treatment, location and owner metadata in images, and QR codes or barcodes holding a Wi-Fi password, an internal address or a ticket.",
    policy: ["P2", "P4", "P5", "ALT", "P14", "P15", "P1", "P22"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: false,
    imageText: false,
    docsUrl: docsUrl("image-policy"),
  },
  messages: {
    en: {
      missingAlt: "This image has no alt text. Describe what it shows, e.g. ![two colleagues at the stand](photo.jpg): people using screen readers can follow, and you'll check what's in the picture.",
      restricted: "The image's description or file name mentions “{text}”. Photos of such things can show more than you notice: badges, screens and papers in the background. Use another photo, or check with your manager.",
      workplace: "The image's description or file name mentions “{text}”. Your organization may have rules for uniform and workplace photos. Check them before posting.",
      casualty: "The image's description mentions “{text}”: people hurt, in treatment or just after an accident. They and their families did not choose to be seen, and your work gave you the view. Leave the picture out; if you want to say something, say how the shift felt.",
      imageLocation: "The image “{image}” carries the GPS position where it was taken ({place}) in its metadata. Anyone who downloads it can see the place, such as your home or a restricted site. Remove it before posting: `{command}`, or export the photo without location.",
      imageOwner: "The image “{image}” names a person or device in its metadata ({fields}). Remove the metadata before posting: `{command}`, or export the photo without it.",
      codeWifi: "The QR code in “{image}” holds the password of the Wi-Fi network “{network}”: anyone who scans the photo can join it. Crop or blur the code, and ask IT to change the password if it was already shared.",
      codeInternalUrl: "The code in “{image}” links to an internal address ({host}) that should stay internal. Crop or blur the code.",
      codeTicket: "The code in “{image}” looks like a ticket or boarding pass: it holds a name and booking reference that others can use. Crop or blur the code.",
    },
    nl: {
      missingAlt: "Deze afbeelding heeft geen alt-tekst. Beschrijf wat erop staat, bijv. ![twee collega's bij de stand](foto.jpg): zo kunnen mensen met een schermlezer meekijken, en check je zelf wat er te zien is.",
      restricted: "De beschrijving of bestandsnaam van de afbeelding noemt “{text}”. Zulke foto's laten vaak meer zien dan je denkt: toegangspassen, schermen en papieren op de achtergrond. Kies een andere foto, of overleg met je leidinggevende.",
      workplace: "De beschrijving of bestandsnaam van de afbeelding noemt “{text}”. Je organisatie kan regels hebben voor foto's in uniform of op de werkplek. Kijk ze na voordat je iets plaatst.",
      casualty: "De beschrijving van de afbeelding noemt “{text}”: mensen die gewond zijn, behandeld worden of net een ongeluk hebben gehad. Zij en hun naasten hebben er niet voor gekozen om gezien te worden, en je werk gaf je dat zicht. Laat de foto weg; wil je iets zeggen, vertel dan hoe de dienst voor jou was.",
      imageLocation: "De afbeelding “{image}” bevat in haar metadata de GPS-positie waar ze gemaakt is ({place}). Iedereen die haar downloadt, ziet die plek, bijvoorbeeld je huis of een afgeschermd terrein. Haal die weg voor je plaatst: `{command}`, of exporteer de foto zonder locatie.",
      imageOwner: "De afbeelding “{image}” noemt in haar metadata een persoon of apparaat ({fields}). Haal de metadata weg voor je plaatst: `{command}`, of exporteer de foto zonder.",
      codeWifi: "De QR-code in “{image}” bevat het wachtwoord van wifinetwerk “{network}”: wie de foto scant, kan erop. Snijd de code weg of maak hem onleesbaar, en vraag IT het wachtwoord te wijzigen als het al gedeeld is.",
      codeInternalUrl: "De code in “{image}” linkt naar een intern adres ({host}) dat intern moet blijven. Snijd de code weg of maak hem onleesbaar.",
      codeTicket: "De code in “{image}” lijkt een ticket of instapkaart: er staan een naam en boekingscode in die anderen kunnen gebruiken. Snijd de code weg of maak hem onleesbaar.",
    },
    da: {
      missingAlt: "Billedet har ingen alt-tekst. Beskriv, hvad det viser, fx ![to kolleger ved standen](foto.jpg): så kan folk med skærmlæser følge med, og du tjekker selv, hvad der er på billedet.",
      restricted: "Billedets beskrivelse eller filnavn nævner “{text}”. Sådanne billeder viser ofte mere, end man tror: adgangskort, skærme og papirer i baggrunden. Brug et andet billede, eller spørg din leder.",
      workplace: "Billedets beskrivelse eller filnavn nævner “{text}”. Din organisation kan have regler for billeder i uniform eller fra arbejdspladsen. Tjek dem, før du deler.",
      casualty: "Billedets beskrivelse nævner “{text}”: mennesker, der er kommet til skade, bliver behandlet eller lige har været ude for en ulykke. De og deres pårørende har ikke valgt at blive set, og det var dit arbejde, der gav dig udsigten. Lad billedet være; vil du sige noget, så fortæl, hvordan vagten var for dig.",
      imageLocation: "Billedet “{image}” har GPS-positionen, hvor det blev taget ({place}), i sine metadata. Alle, der henter det, kan se stedet, fx dit hjem eller et lukket område. Fjern den, før du deler: `{command}`, eller eksportér billedet uden placering.",
      imageOwner: "Billedet “{image}” nævner en person eller enhed i sine metadata ({fields}). Fjern metadata, før du deler: `{command}`, eller eksportér billedet uden.",
      codeWifi: "QR-koden i “{image}” indeholder adgangskoden til wifi-netværket “{network}”: alle, der scanner billedet, kan komme på. Beskær eller slør koden, og bed IT skifte adgangskoden, hvis den allerede er delt.",
      codeInternalUrl: "Koden i “{image}” linker til en intern adresse ({host}), som skal blive intern. Beskær eller slør koden.",
      codeTicket: "Koden i “{image}” ligner en billet eller et boardingkort: den indeholder navn og bookingreference, som andre kan bruge. Beskær eller slør koden.",
    },
  },
  setup({ config }) {
    return { mentions: compileMentions(config), matchers: lexiconMatchers((lang) => lexiconFor("image-policy", lang)) };
  },
  async check(post, ctx, { mentions, matchers }) {
    for (const source of post.imageSources ?? []) for (const report of contentReports(source)) ctx.report(report);
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
          const messageId = hit.data.messageId === "workplace" || hit.data.messageId === "casualty" ? hit.data.messageId : "restricted";
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
