// A number rejected by a strong validator (IBAN, card) is not handed on to weaker checks (phone,
// BSN), and a number written as a reference (order, invoice) is that reference, not a phone.
import * as phones from "libphonenumber-js/min";
import { describe, expect, it } from "vitest";
import { detect, type CueFinder } from "../src/personal-data/detect.js";
import { ibanShapeLength, isCardShaped } from "../src/personal-data/validators.js";

/** Context words present everywhere: only shape and checksum decide. */
const anyCue: CueFinder = () => true;
const found = (text: string, language: "en" | "nl" | "da" = "nl"): string[] =>
  detect(text, 0, language, phones, anyCue).map((h) => `${h.kind} ${text.slice(h.start, h.end)}`);

describe("shapes of strong candidates", () => {
  it("sees an IBAN shape of a real IBAN country, even with a typo in it", () => {
    expect(ibanShapeLength("NL12 RABO 0123 4567 89")).toBe("NL12 RABO 0123 4567 89".length);
    expect(ibanShapeLength("NL12 RABO 0123 4567 8")).toBe("NL12 RABO 0123 4567 8".length);
    expect(ibanShapeLength("NL12 RABO 0123 4567 89 Groeten")).toBe("NL12 RABO 0123 4567 89".length);
  });
  it("sees no IBAN shape for an unknown country or a far too short string", () => {
    expect(ibanShapeLength("XY12 ABCD 0123 4567 89")).toBe(0);
    expect(ibanShapeLength("NL12 RABO 01")).toBe(0);
  });
  it("sees a card shape in card-style groups only", () => {
    expect(isCardShaped("4111 1111 1111 1112")).toBe(true);
    expect(isCardShaped("3782 822463 10005")).toBe(true);
    expect(isCardShaped("4111111111111112")).toBe(true);
    expect(isCardShaped("06 1234 5678 020 123")).toBe(false);
    expect(isCardShaped("4478-2201-93")).toBe(false);
  });
});

describe("overlapping candidates", () => {
  it("does not read a mistyped IBAN's tail as a phone number", () => {
    expect(found("Krijg 'ongeldig IBAN' bij NL12 RABO 0123 4567 89, tikfout")).toEqual([]);
    expect(found("The app rejects NL45 INGB 0612 3456 78, typo", "en")).toEqual([]);
  });
  it("still reports a valid IBAN, and a real phone number beside a mistyped IBAN", () => {
    expect(found("IBAN NL91 ABNA 0417 1643 00 klopt")).toEqual(["iban NL91 ABNA 0417 1643 00"]);
    expect(found("NL45 INGB 0612 3456 78 klopt niet, bel 06-12345678")).toEqual(["phone 06-12345678"]);
  });
  it("does not read order, invoice or file numbers as phone or BSN numbers", () => {
    expect(found("Bestelnummer 0612345678 is nog niet verzonden")).toEqual([]);
    expect(found("Bestelnummer 0612345678 is nog niet verzonden", "da")).toEqual([]);
    expect(found("Invoice #0612345678 attached", "en")).toEqual([]);
    expect(found("Faktura 2030 4050 er betalt", "da")).toEqual([]);
    expect(found("BSN klopt niet, dossiernummer 111 222 333")).toEqual([]);
    expect(found("Ring til os. CVR 31415926, Northwind ApS", "da")).toEqual([]);
    expect(found("Bel ons: KvK-nummer 0612345678")).toEqual([]);
  });
  it("still reports a phone number after a phone word that ends like a reference", () => {
    expect(found("Telefoonnr: 020-1234567")).toEqual(["phone 020-1234567"]);
    expect(found("tel nr 06 12345678")).toEqual(["phone 06 12345678"]);
  });
});

describe("CPR numbers", () => {
  it("does not read an order number as a CPR number, even with a CPR word nearby", () => {
    expect(found("Ordrenummer 0612345678 er sendt", "da")).toEqual([]);
  });
  it("still reports a CPR number that follows its own word", () => {
    expect(found("CPR-nr. 010190-1234 står på kortet", "da")).toEqual(["nationalId 010190-1234"]);
  });
});
