import { describe, expect, it } from "vitest";
import { valueAfter } from "../src/secret/patterns.js";
import { mayHoldToken, secretlint } from "../src/secret/secretlint.js";

/** The value valueAfter finds after `keyword` in `text`, or undefined. */
function after(text: string, keyword: string, code = false): string | undefined {
  const at = text.indexOf(keyword) + keyword.length;
  const found = valueAfter(text, at, code);
  return found && text.slice(found.start, found.end);
}

describe("password phrasings", () => {
  it("takes the value after the keyword or a linking word", () => {
    expect(after("network NW-Guest, password Northwind2026!", "password")).toBe("Northwind2026!");
    expect(after("Reset my password to Fluffy2019 because", "password")).toBe("Fluffy2019");
    expect(after("Wachtwoord nog? Was het Zomer2026!?", "Wachtwoord")).toBe("Zomer2026!?");
    expect(after("the insta login?? it was northwind_social / Summer2026! last week", "login")).toBe("Summer2026!");
    expect(after("the door code for the back entrance is 4471# people", "door code", true)).toBe("4471#");
    expect(after("pw=Hunter22 ok", "pw")).toBe("Hunter22");
  });
  it("leaves plain words, times, ordinals and other sentences alone", () => {
    expect(after("I forgot my password again lol. It was 10am", "password")).toBeUndefined();
    expect(after("a password manager at 71. Proud", "password")).toBeUndefined();
    expect(after("my password is 12 characters long", "password")).toBeUndefined();
    expect(after("changed my password for the 2nd time", "password")).toBeUndefined();
    expect(after("the password is 20260101", "password")).toBeUndefined();
  });
  it("takes a bare PIN only after a code keyword", () => {
    expect(after("pincode is 4471", "pincode", true)).toBe("4471");
    expect(after("password is 4471", "password", false)).toBeUndefined();
  });
});

describe("secretlint", () => {
  it("is only consulted for token-shaped text", () => {
    expect(mayHoldToken("Happy Monday from the whole team ☕")).toBe(false);
    expect(mayHoldToken("token ghp_k8Qz2LmT4vR9xWc1NpB6yH3sJ7dF0gA5eU2i")).toBe(true);
  });
  it("finds a GitHub token and keeps no profiler marks across many posts", async () => {
    const lint = await secretlint();
    const text = "token: ghp_k8Qz2LmT4vR9xWc1NpB6yH3sJ7dF0gA5eU2i";
    const before = performance.getEntriesByType("mark").length;
    for (let i = 0; i < 200; i++) await lint(text);
    expect(performance.getEntriesByType("mark").length).toBe(before);
    const [hit] = await lint(text);
    expect(hit && text.slice(hit.start, hit.end)).toBe("ghp_k8Qz2LmT4vR9xWc1NpB6yH3sJ7dF0gA5eU2i");
    expect(hit?.kind).toBe("GitHub");
  });
});
