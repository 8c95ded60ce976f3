import type { Language } from "@postlint/core";

/** What each rule of the default pack checks and what to do instead, for employees, per language. */
export const BUILT_IN: Record<string, Record<Language, { checks: string; instead: string }>> = {
  "confidential-info": {
    en: { checks: "Confidentiality markers, internal figures and forecasts, the organization's confidential terms, what was said in internal meetings, customer receipts, till screens and restricted rooms.", instead: "Say that the work happened, not what it contains. Share what has been published officially." },
    nl: { checks: "Vertrouwelijkheidsmarkeringen, interne cijfers en prognoses, de vertrouwelijke termen van de organisatie, de inhoud van interne overleggen, kassabonnen van klanten, kassaschermen en afgesloten ruimtes.", instead: "Vertel dat het werk er was, niet wat erin staat. Deel wat officieel is gepubliceerd." },
    da: { checks: "Fortrolighedsmærkninger, interne tal og prognoser, organisationens fortrolige begreber, indholdet af interne møder, kundekvitteringer, kasseskærme og aflukkede lokaler.", instead: "Fortæl, at arbejdet fandt sted, ikke hvad det indeholder. Del det, der er offentliggjort officielt." },
  },
  "unreleased-product": {
    en: { checks: "Products and codenames named before their launch date, and teasers about work that has not been announced.", instead: "Wait for the launch, then share the official announcement." },
    nl: { checks: "Producten en codenamen die vóór hun lanceerdatum worden genoemd, en plagerige hints over werk dat nog niet is aangekondigd.", instead: "Wacht op de lancering en deel dan de officiële aankondiging." },
    da: { checks: "Produkter og kodenavne, der nævnes før lanceringsdatoen, og antydninger om arbejde, der ikke er annonceret.", instead: "Vent til lanceringen, og del så den officielle annoncering." },
  },
  "workplace-conflict": {
    en: { checks: "Venting or hostility about the workplace, managers, colleagues or customers, and threats.", instead: "Raise it with your manager, HR or a colleague you trust. If you want to post, share something that went well." },
    nl: { checks: "Frustraties of vijandigheid over het werk, leidinggevenden, collega's of klanten, en bedreigingen.", instead: "Bespreek het met je leidinggevende, HR of een collega die je vertrouwt. Wil je iets posten, deel dan iets wat goed ging." },
    da: { checks: "Afreageringer eller fjendtlighed om arbejdspladsen, ledere, kolleger eller kunder samt trusler.", instead: "Tag det op med din leder, HR eller en kollega, du har tillid til. Vil du skrive noget, så del noget, der gik godt." },
  },
  "missing-disclaimer": {
    en: { checks: "Personal posts about the organization, its products or competitors without saying that you work there, and testimonials without the required disclosure.", instead: "Add a line such as “I work at …; opinions are my own”, or #ad when you promote something." },
    nl: { checks: "Persoonlijke berichten over de organisatie, haar producten of concurrenten zonder te zeggen dat je er werkt, en aanbevelingen zonder de vereiste vermelding.", instead: "Voeg een regel toe als “Ik werk bij …; dit is mijn eigen mening”, of #ad als je iets aanprijst." },
    da: { checks: "Personlige opslag om organisationen, dens produkter eller konkurrenter, uden at du nævner, at du er ansat, og anbefalinger uden den krævede oplysning.", instead: "Tilføj en linje som “Jeg arbejder hos …; holdningerne er mine egne”, eller #reklame, når du anbefaler noget." },
  },
  "unauthorized-spokesperson": {
    en: { checks: "Speaking on behalf of the organization (official positions, announcements, “we at …”) by someone who is not a spokesperson.", instead: "Speak for yourself, or ask the communications team to publish it." },
    nl: { checks: "Namens de organisatie spreken (officiële standpunten, aankondigingen, “wij bij …”) door iemand die geen woordvoerder is.", instead: "Spreek voor jezelf, of vraag het communicatieteam om het te publiceren." },
    da: { checks: "At udtale sig på organisationens vegne (officielle holdninger, meddelelser, “vi hos …”), når man ikke er talsperson.", instead: "Tal på egne vegne, eller bed kommunikationsafdelingen om at udgive det." },
  },
  "brand-voice": {
    en: { checks: "Posts on the brand account that are off the brand's voice: banned words, a missing required hashtag, a misspelled brand name, shouting, personal content.", instead: "Use the brand's words and hashtag; keep personal news for your own account." },
    nl: { checks: "Berichten op het merkaccount die niet bij het merk passen: verboden woorden, een ontbrekende verplichte hashtag, een verkeerd gespelde merknaam, schreeuwen, persoonlijke inhoud.", instead: "Gebruik de woorden en hashtag van het merk; houd persoonlijk nieuws voor je eigen account." },
    da: { checks: "Opslag på brandets konto, der ikke følger brandets stemme: forbudte ord, et manglende påkrævet hashtag, et forkert stavet brandnavn, råben, personligt indhold.", instead: "Brug brandets ord og hashtag; gem personlige nyheder til din egen konto." },
  },
  profanity: {
    en: { checks: "Profane or vulgar words.", instead: "Say it without the swear word; the point usually comes across better." },
    nl: { checks: "Grove of vulgaire woorden.", instead: "Zeg het zonder vloek; je punt komt meestal beter over." },
    da: { checks: "Bandeord og vulgære ord.", instead: "Sig det uden bandeord; pointen går som regel bedre igennem." },
  },
  "insensitive-language": {
    en: { checks: "Discriminatory, sexist or otherwise inconsiderate wording.", instead: "Use the neutral word the message suggests, and describe people as they describe themselves." },
    nl: { checks: "Discriminerende, seksistische of anderszins kwetsende woorden.", instead: "Gebruik het neutrale woord dat de melding voorstelt, en beschrijf mensen zoals ze zichzelf beschrijven." },
    da: { checks: "Diskriminerende, sexistiske eller på anden måde krænkende ord.", instead: "Brug det neutrale ord, som meddelelsen foreslår, og omtal folk, som de selv gør." },
  },
  "personal-data": {
    en: { checks: "Personal data of customers or others: e-mail addresses, phone numbers, IBANs, payment card numbers, national ID numbers.", instead: "Leave the data out; point people to the official contact page instead." },
    nl: { checks: "Persoonsgegevens van klanten of anderen: e-mailadressen, telefoonnummers, IBAN's, betaalkaartnummers, BSN's.", instead: "Laat de gegevens weg; verwijs naar de officiële contactpagina." },
    da: { checks: "Personoplysninger om kunder eller andre: e-mailadresser, telefonnumre, IBAN-numre, betalingskortnumre, CPR-numre.", instead: "Udelad oplysningerne; henvis i stedet til den officielle kontaktside." },
  },
  secret: {
    en: { checks: "Passwords, API keys, tokens and private keys.", instead: "Remove it, and ask IT to change the password or key: once posted, treat it as known." },
    nl: { checks: "Wachtwoorden, API-sleutels, tokens en privésleutels.", instead: "Haal het weg en vraag IT om het wachtwoord of de sleutel te vervangen: wat gepost is, is bekend." },
    da: { checks: "Adgangskoder, API-nøgler, tokens og private nøgler.", instead: "Fjern det, og bed IT om at skifte adgangskoden eller nøglen: det, der er delt, må betragtes som kendt." },
  },
  "financial-disclosure": {
    en: { checks: "Non-public financial information, hints about results or deals, and stock tips.", instead: "Share only figures and news the organization has published, and link to them." },
    nl: { checks: "Niet-openbare financiële informatie, hints over resultaten of deals, en aandelentips.", instead: "Deel alleen cijfers en nieuws die de organisatie heeft gepubliceerd, en link ernaar." },
    da: { checks: "Ikke-offentlige finansielle oplysninger, antydninger om resultater eller handler samt aktietips.", instead: "Del kun tal og nyheder, som organisationen har offentliggjort, og link til dem." },
  },
  "controversial-topic": {
    en: { checks: "Personal opinions on politics, religion or other controversial topics, for roles that must stay impartial.", instead: "Keep your personal views off the channels where you represent the organization." },
    nl: { checks: "Persoonlijke meningen over politiek, religie of andere gevoelige onderwerpen, voor functies die onpartijdig moeten blijven.", instead: "Houd je persoonlijke opvattingen weg van de kanalen waarop je de organisatie vertegenwoordigt." },
    da: { checks: "Personlige holdninger til politik, religion eller andre kontroversielle emner, for roller, der skal være upartiske.", instead: "Hold dine personlige holdninger væk fra de kanaler, hvor du repræsenterer organisationen." },
  },
  "platform-limits": {
    en: { checks: "Posts longer than the platform allows, and too many hashtags or mentions.", instead: "Shorten the post, or keep the most important hashtags and mentions." },
    nl: { checks: "Berichten die langer zijn dan het platform toestaat, en te veel hashtags of vermeldingen.", instead: "Kort het bericht in, of houd alleen de belangrijkste hashtags en vermeldingen." },
    da: { checks: "Opslag, der er længere, end platformen tillader, og for mange hashtags eller omtaler.", instead: "Forkort opslaget, eller behold kun de vigtigste hashtags og omtaler." },
  },
  "image-policy": {
    en: { checks: "Images without a description (alt text), and images whose description or file name shows prototypes, whiteboards, badges, receipts or screens.", instead: "Describe every image, and choose a photo without internal material in it." },
    nl: { checks: "Afbeeldingen zonder beschrijving (alt-tekst), en afbeeldingen waarvan de beschrijving of bestandsnaam prototypes, whiteboards, toegangspassen, kassabonnen of schermen toont.", instead: "Beschrijf elke afbeelding en kies een foto zonder intern materiaal." },
    da: { checks: "Billeder uden beskrivelse (alt-tekst) og billeder, hvis beskrivelse eller filnavn viser prototyper, whiteboards, adgangskort, kvitteringer eller skærme.", instead: "Beskriv alle billeder, og vælg et foto uden internt materiale." },
  },
};

/** The handbook's fixed wording. */
export const UI: Record<Language, Record<string, string>> = {
  en: {
    title: "{org}: social-media policy",
    titleNoOrg: "Social-media policy",
    intro: "This handbook is generated from the same configuration the linter checks against, so it says exactly what postlint looks for. Use your judgement as well: a post that passes is not automatically approved, and when in doubt, ask {contact}.",
    contact: "the communications team",
    contents: "Contents",
    checks: "What postlint checks",
    instead: "What to do instead",
    flagged: "Flagged",
    fine: "Fine",
    more: "Read more",
    howTitle: "How to check a draft",
    how1: "Save the draft as a text or Markdown file and run:",
    how2: "Describe the post in front matter at the top of the file, so the right rules apply:",
    how3: "Each finding names the clause of this policy it enforces and what to do instead. Exit code 0 means no errors; warnings are worth a second look.",
    fineTitle: "Posts that are fine",
    fineIntro: "Positive posts about your work are welcome. These examples pass every check:",
    generated: "Generated by postlint from {config} on {date}.",
    noClause: "Other checks",
  },
  nl: {
    title: "{org}: socialemediabeleid",
    titleNoOrg: "Socialemediabeleid",
    intro: "Dit handboek is gemaakt uit dezelfde configuratie waarmee de linter controleert, dus het zegt precies waar postlint op let. Gebruik ook je eigen oordeel: een bericht dat door de controle komt, is niet automatisch goedgekeurd. Twijfel je, vraag het dan aan {contact}.",
    contact: "het communicatieteam",
    contents: "Inhoud",
    checks: "Wat postlint controleert",
    instead: "Wat je in plaats daarvan doet",
    flagged: "Wordt gemeld",
    fine: "In orde",
    more: "Meer lezen",
    howTitle: "Zo controleer je een concept",
    how1: "Sla het concept op als tekst- of Markdown-bestand en voer uit:",
    how2: "Beschrijf het bericht bovenaan het bestand in front matter, zodat de juiste regels gelden:",
    how3: "Elke melding noemt het artikel van dit beleid dat ze handhaaft en wat je in plaats daarvan kunt doen. Exitcode 0 betekent geen fouten; waarschuwingen zijn een tweede blik waard.",
    fineTitle: "Berichten die in orde zijn",
    fineIntro: "Positieve berichten over je werk zijn welkom. Deze voorbeelden komen door elke controle:",
    generated: "Gemaakt door postlint uit {config} op {date}.",
    noClause: "Overige controles",
  },
  da: {
    title: "{org}: politik for sociale medier",
    titleNoOrg: "Politik for sociale medier",
    intro: "Denne håndbog er lavet ud fra den samme konfiguration, som linteren tjekker efter, så den siger præcis, hvad postlint ser efter. Brug også din egen dømmekraft: et opslag, der består tjekket, er ikke automatisk godkendt. Er du i tvivl, så spørg {contact}.",
    contact: "kommunikationsafdelingen",
    contents: "Indhold",
    checks: "Det tjekker postlint",
    instead: "Gør i stedet sådan",
    flagged: "Bliver markeret",
    fine: "I orden",
    more: "Læs mere",
    howTitle: "Sådan tjekker du et udkast",
    how1: "Gem udkastet som en tekst- eller Markdown-fil, og kør:",
    how2: "Beskriv opslaget i front matter øverst i filen, så de rigtige regler gælder:",
    how3: "Hver markering nævner det punkt i politikken, den håndhæver, og hvad du kan gøre i stedet. Exitkode 0 betyder ingen fejl; advarsler er værd at se på en ekstra gang.",
    fineTitle: "Opslag, der er i orden",
    fineIntro: "Positive opslag om dit arbejde er velkomne. Disse eksempler består alle tjek:",
    generated: "Lavet af postlint ud fra {config} den {date}.",
    noClause: "Andre tjek",
  },
};

export const LEVEL: Record<Language, Record<"error" | "warn", string>> = {
  en: { error: "must be fixed before posting", warn: "a warning: check and decide" },
  nl: { error: "moet worden opgelost vóór plaatsing", warn: "een waarschuwing: controleer en beslis" },
  da: { error: "skal rettes, før du deler", warn: "en advarsel: tjek og beslut" },
};
