import type { UiLanguage } from "./index.js";

/** The built-in rules' names on the page; English and organizations' own rules use the id, humanized. */
const NAMES: Record<Exclude<UiLanguage, "en">, Record<string, string>> = {
  nl: {
    "brand-voice": "Toon van het merk",
    "confidential-info": "Vertrouwelijke informatie",
    "controversial-topic": "Gevoelig onderwerp",
    "financial-disclosure": "Financiële informatie",
    "image-policy": "Afbeeldingen",
    "insensitive-language": "Kwetsend taalgebruik",
    "missing-disclaimer": "Ontbrekende disclaimer",
    "personal-data": "Persoonsgegevens",
    "platform-limits": "Limieten van het platform",
    profanity: "Grof taalgebruik",
    secret: "Wachtwoorden en sleutels",
    "unauthorized-spokesperson": "Spreken namens het bedrijf",
    "unreleased-product": "Nog niet gelanceerd product",
    "workplace-conflict": "Onenigheid op het werk",
  },
  da: {
    "brand-voice": "Brandets tone",
    "confidential-info": "Fortrolige oplysninger",
    "controversial-topic": "Følsomt emne",
    "financial-disclosure": "Finansielle oplysninger",
    "image-policy": "Billeder",
    "insensitive-language": "Krænkende sprog",
    "missing-disclaimer": "Manglende ansvarsfraskrivelse",
    "personal-data": "Personoplysninger",
    "platform-limits": "Platformens grænser",
    profanity: "Bandeord",
    secret: "Adgangskoder og nøgler",
    "unauthorized-spokesperson": "Udtaler sig på virksomhedens vegne",
    "unreleased-product": "Produkt, der ikke er lanceret",
    "workplace-conflict": "Konflikt på arbejdspladsen",
  },
};

/** `unreleased-product` → `Unreleased product` (or its Dutch or Danish name). */
export function ruleName(ruleId: string | null, language: UiLanguage, post: string): string {
  if (!ruleId) return post;
  const named = language === "en" ? undefined : NAMES[language][ruleId];
  if (named) return named;
  const words = ruleId.replace(/-/g, " ");
  return words.charAt(0).toUpperCase() + words.slice(1);
}
