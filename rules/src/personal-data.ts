import { definePolicyRule, lexiconMatchers, z, type PhraseHit, type LexiconEntry } from "@postlint/core";
import { docsUrl } from "./docs-url.js";
import { lexiconFor } from "./lexicons.js";
import { detect, type CueFinder } from "./personal-data/detect.js";
import { replacement } from "./personal-data/replacement.js";
import type * as PhoneLibModule from "libphonenumber-js/min";

type PhoneLib = typeof PhoneLibModule;

/** A run of digits long enough to be a phone, card or ID number: only then is the phone library loaded. */
const DIGITS = /\d[\d\s().-]{6,}\d/;

export default definePolicyRule({
  id: "personal-data",
  meta: {
    description: "Flags personal data: e-mail addresses, phone numbers, IBANs, payment card numbers and national ID numbers (BSN, CPR), each validated by format and checksum.",
    policy: ["P14", "P4"],
    languages: ["en", "nl", "da"],
    defaultSeverity: "error",
    fixable: true,
    docsUrl: docsUrl("personal-data"),
    // No options of its own: public contacts go in `personalData.allow`, the organization's data.
    options: z.strictObject({}),
    // `rules.personal-data: [error, { allow: [...] }]` still works: core adds it to `personalData.allow`.
    deprecatedOptions: { allow: "personalData.allow" },
  },
  messages: {
    en: {
      email: "“{text}” looks like someone's e-mail address. Posts are public and permanent, and this is a person's data. Remove it, or point people to a public contact instead.",
      phone: "“{text}” looks like a phone number. Posts are public and permanent, and this is a person's data. Remove it, or share the company's public number instead.",
      iban: "“{text}” is a valid bank account number (IBAN). Posts are public and permanent, and this is a person's data. Remove it; payment details never go in a post.",
      card: "“{text}” is a valid payment card number (it passes the card checksum). Posts are public and permanent, and this is a person's data. Remove it, even if it's a test card.",
      nationalId: "“{text}” looks like a national ID number (BSN or CPR). Posts are public and permanent, and this is a person's data. Remove it; it can be used for identity fraud.",
    },
    nl: {
      email: "“{text}” lijkt het e-mailadres van iemand. Berichten zijn openbaar en blijvend, en dit zijn iemands persoonsgegevens. Haal het weg, of verwijs naar een openbaar contactadres.",
      phone: "“{text}” lijkt een telefoonnummer. Berichten zijn openbaar en blijvend, en dit zijn iemands persoonsgegevens. Haal het weg, of deel het openbare nummer van het bedrijf.",
      iban: "“{text}” is een geldig rekeningnummer (IBAN). Berichten zijn openbaar en blijvend, en dit zijn iemands persoonsgegevens. Haal het weg; betaalgegevens horen niet in een bericht.",
      card: "“{text}” is een geldig betaalkaartnummer (de controlesom klopt). Berichten zijn openbaar en blijvend, en dit zijn iemands persoonsgegevens. Haal het weg, ook als het een testkaart is.",
      nationalId: "“{text}” lijkt een identificatienummer (BSN of CPR). Berichten zijn openbaar en blijvend, en dit zijn iemands persoonsgegevens. Haal het weg; het kan voor identiteitsfraude worden gebruikt.",
    },
    da: {
      email: "“{text}” ligner en persons e-mailadresse. Opslag er offentlige og bliver liggende, og det er en persons oplysninger. Fjern den, eller henvis til en offentlig kontaktadresse.",
      phone: "“{text}” ligner et telefonnummer. Opslag er offentlige og bliver liggende, og det er en persons oplysninger. Fjern det, eller del virksomhedens offentlige nummer.",
      iban: "“{text}” er et gyldigt kontonummer (IBAN). Opslag er offentlige og bliver liggende, og det er en persons oplysninger. Fjern det; betalingsoplysninger hører ikke hjemme i et opslag.",
      card: "“{text}” er et gyldigt betalingskortnummer (kontrolcifferet passer). Opslag er offentlige og bliver liggende, og det er en persons oplysninger. Fjern det, også selv om det er et testkort.",
      nationalId: "“{text}” ligner et personnummer (CPR eller BSN). Opslag er offentlige og bliver liggende, og det er en persons oplysninger. Fjern det; det kan bruges til identitetstyveri.",
    },
  },
  setup({ config }) {
    let phones: Promise<PhoneLib> | undefined;
    const loadPhones = (): Promise<PhoneLib> => (phones ??= import("libphonenumber-js/min"));
    const allowed = config.personalData.allow;
    const emails = new Set(allowed.filter((a) => a.includes("@")).map((a) => a.toLowerCase()));
    const numbers = allowed.filter((a) => !a.includes("@"));
    const domains = config.organization.domains.map((d) => d.toLowerCase());
    let allowedPhones: Promise<Set<string>> | undefined;
    const phoneAllowList = (): Promise<Set<string>> =>
      (allowedPhones ??= loadPhones().then((lib) => new Set(numbers.flatMap((n) => [lib.parsePhoneNumberFromString(n, "NL")?.number ?? n.replace(/[^\d+]/g, "")]))));
    // Without `organization.domains`, the organization's domain is guessed from its names:
    // Northwind Traders → northwind.*, northwindtraders.* (any top-level domain).
    const inferred = domains.length > 0 ? [] : inferDomainLabels([config.organization.name, ...config.organization.aliases]);
    const ownAddress = (email: string, official: boolean): boolean => {
      const lower = email.toLowerCase();
      const local = lower.slice(0, lower.lastIndexOf("@"));
      const domain = lower.slice(lower.lastIndexOf("@") + 1);
      if (emails.has(lower) || domains.some((d) => domain === d || domain.endsWith(`.${d}`))) return true;
      // A guessed domain covers the brand account's own addresses, and role addresses
      // (support@, info@) anywhere; a person's address at it may still be a colleague's.
      const labels = domain.split(".").slice(0, -1);
      return labels.some((l) => inferred.includes(l)) && (official || ROLE_ADDRESS.test(local));
    };
    return { loadPhones, phoneAllowList, ownAddress, cues: lexiconMatchers((lang) => lexiconFor("personal-data", lang)) };
  },
  async check(post, ctx, state) {
    const body = post.text.slice(post.bodyStart);
    if (!body.includes("@") && !DIGITS.test(body)) return;
    const cueHits: PhraseHit<LexiconEntry>[] = (await state.cues(post.language)).find(post);
    const cueNear: CueFinder = (kind, start, end) =>
      cueHits.some((h) => h.data.tags.includes(`kind:${kind}`) && ((h.end <= start && start - h.end <= 40) || (h.start >= end && h.start - end <= 15)));
    const lib = DIGITS.test(body) ? await state.loadPhones() : undefined;
    const noPhones = { findPhoneNumbersInText: () => [] } as unknown as PhoneLib;
    const allowPhones = lib ? await state.phoneAllowList() : new Set<string>();
    for (const hit of detect(post.text, post.bodyStart, post.language, lib ?? noPhones, cueNear)) {
      if (hit.kind === "email" && (state.ownAddress(hit.value, post.meta.account === "official") || (post.meta.account !== "official" && invitedRoleAddress(post.text, hit.start, hit.value)))) continue;
      if (hit.kind === "phone" && hit.normalized && allowPhones.has(hit.normalized)) continue;
      ctx.report({ messageId: hit.kind, range: [hit.start, hit.end], sensitive: true, ...replacement(hit.kind, post.text, hit.start, hit.end, post.language) });
    }
  },
});

/** Addresses of a role or a team, not a person. */
const ROLE_ADDRESS = /^(?:support|info|help|hello|hi|contact|press|pers|presse|service|customerservice|customercare|care|klantenservice|kundeservice|kundeservice|sales|verkoop|salg|team|jobs|careers|vacatures|job|hr|privacy|security|noreply|no-reply|webshop|shop|orders|bestellingen|ordre|billing|facturen|faktura|kontakt)$/u;

/** Asking readers to write ("email", "mail us at", "mail ons op", "skriv til"), right before an address. */
const WRITE_TO = /(?:\b(?:e-?mail|mail|write|contact|send|order|orders|bestel|schrijf|stuur|skriv|kontakt)\b(?:\s+(?:us|me|ons|mij|os|mig|en\s+mail|een\s+mail|a\s+line))?(?:\s+(?:at|on|to|naar|op|via|til|på))?)\s*(?::\s*)?$/iu;

/**
 * A role address a personal post asks readers to write to ("DM me or email orders@bakedbykerry.example"):
 * the writer's own business contact, published on purpose, not someone's personal data. On the
 * brand account the organization's own addresses are known (config or its names), and another
 * company's address is still reported.
 */
function invitedRoleAddress(text: string, start: number, email: string): boolean {
  const local = email.toLowerCase().slice(0, email.lastIndexOf("@"));
  return ROLE_ADDRESS.test(local) && WRITE_TO.test(text.slice(Math.max(0, start - 30), start));
}

/** Domain labels an organization's names suggest: "Northwind Traders" → northwind, northwindtraders. */
export function inferDomainLabels(names: readonly (string | undefined)[]): string[] {
  const out = new Set<string>();
  for (const name of names) {
    if (!name) continue;
    const words = name.toLowerCase().replace(/^[#@]/u, "").normalize("NFKD").replace(/[\u0300-\u036f]/gu, "").split(/[^a-z0-9]+/u).filter(Boolean);
    if (words.length === 0) continue;
    out.add(words.join(""));
    out.add(words.join("-"));
    if ((words[0] ?? "").length >= 4) out.add(words[0] as string);
  }
  return [...out];
}
