import type { Language } from "../types.js";
import type { CustomRuleDef } from "../policy-config.js";

/** Default wording per rule type, used when a custom rule gives no `message`. */
export const DEFAULT_MESSAGES: Record<CustomRuleDef["type"], Record<Language, string>> = {
  existence: {
    en: "“{text}” is on your organization's list for this rule. Rephrase or remove it.",
    nl: "“{text}” staat op de lijst van je organisatie voor deze regel. Formuleer het anders of haal het weg.",
    da: "“{text}” står på din organisations liste for denne regel. Omformulér eller fjern det.",
  },
  substitution: {
    en: "Write “{replacement}” instead of “{text}”.",
    nl: "Schrijf “{replacement}” in plaats van “{text}”.",
    da: "Skriv “{replacement}” i stedet for “{text}”.",
  },
  occurrence: {
    en: "This post has {count} {what}; your policy asks for {limit}.",
    nl: "Dit bericht heeft {count} {what}; je beleid vraagt om {limit}.",
    da: "Dette opslag har {count} {what}; jeres politik beder om {limit}.",
  },
  conditional: {
    en: "“{text}” needs {then} in the same post.",
    nl: "“{text}” vraagt om {then} in hetzelfde bericht.",
    da: "“{text}” kræver {then} i samme opslag.",
  },
};

export const WHAT: Record<Language, Record<string, string>> = {
  en: { hashtags: "hashtags", mentions: "mentions", links: "links", exclamations: "exclamation marks", term: "uses of {terms}" },
  nl: { hashtags: "hashtags", mentions: "vermeldingen", links: "links", exclamations: "uitroeptekens", term: "keer {terms}" },
  da: { hashtags: "hashtags", mentions: "omtaler", links: "links", exclamations: "udråbstegn", term: "forekomster af {terms}" },
};

export const LIMIT: Record<Language, { max: string; min: string; or: string }> = {
  en: { max: "at most {n}", min: "at least {n}", or: "or" },
  nl: { max: "hoogstens {n}", min: "minstens {n}", or: "of" },
  da: { max: "højst {n}", min: "mindst {n}", or: "eller" },
};
