// Checksum validators decide what personal-data reports: a number failing its checksum is no finding.
import { describe, expect, it } from "vitest";
import { isBsn, isCardNumber, isCpr, isEmail, isIban, luhnValid } from "../src/personal-data/validators.js";

describe("payment cards (Luhn)", () => {
  it("accepts published test cards and rejects a one-digit change", () => {
    expect(isCardNumber("4111111111111111")).toBe(true);
    expect(isCardNumber("5555555555554444")).toBe(true);
    expect(isCardNumber("4111111111111112")).toBe(false);
  });
  it("rejects repeated digits and numbers outside the card networks", () => {
    expect(luhnValid("0000000000000000")).toBe(true);
    expect(isCardNumber("0000000000000000")).toBe(false);
    expect(isCardNumber("9111111111111111")).toBe(false);
    expect(isCardNumber("411111111111")).toBe(false);
  });
});

describe("IBAN (mod 97)", () => {
  it("accepts valid IBANs with or without spaces", () => {
    expect(isIban("NL91 ABNA 0417 1643 00")).toBe(true);
    expect(isIban("GB82WEST12345698765432")).toBe(true);
    expect(isIban("DK5000400440116243")).toBe(true);
  });
  it("rejects a bad checksum and a wrong length", () => {
    expect(isIban("NL92ABNA0417164300")).toBe(false);
    expect(isIban("DK5000400440116244")).toBe(false);
    expect(isIban("NL91ABNA041716430")).toBe(false);
  });
});

describe("BSN (11-test)", () => {
  it("accepts a number passing the 11-test", () => expect(isBsn("111222333")).toBe(true));
  it("rejects one failing it, all zeros and wrong lengths", () => {
    expect(isBsn("123456789")).toBe(false);
    expect(isBsn("000000000")).toBe(false);
    expect(isBsn("11122233")).toBe(false);
  });
});

describe("CPR (date)", () => {
  it("accepts a real date", () => {
    expect(isCpr("0101901234")).toBe(true);
    expect(isCpr("2902004321")).toBe(true); // 29 Feb 2000 (7th digit 4, year ≤ 36 → 2000s)
  });
  it("rejects impossible dates", () => {
    expect(isCpr("3201901234")).toBe(false);
    expect(isCpr("0113901234")).toBe(false);
    expect(isCpr("2902011234")).toBe(false); // 1901 was no leap year
  });
});

describe("e-mail addresses", () => {
  it("accepts ordinary addresses", () => {
    expect(isEmail("j.devries@example.com")).toBe(true);
    expect(isEmail("mike.t.1984@example.net")).toBe(true);
  });
  it("rejects what only looks like one", () => {
    expect(isEmail("a..b@example.com")).toBe(false);
    expect(isEmail("name@-example.com")).toBe(false);
    expect(isEmail("name@example.c0m")).toBe(false);
    expect(isEmail("@northwind")).toBe(false);
  });
});
