// expandWordClasses (core) turns `{class}` placeholders in lexicon terms into one term per member;
// workplace-conflict's threat patterns depend on it.
import { compileLexicon, expandWordClasses, type LexiconEntry } from "@postlint/core";
import { describe, expect, it } from "vitest";

const entry = (terms: string[], tags: string[]): LexiconEntry => ({ terms, tags, confidence: "high" });

describe("expandWordClasses", () => {
  it("expands every class in a term, drops the class entries and keeps unknown placeholders", () => {
    const out = expandWordClasses([
      entry(["he", "that guy"], ["class:person"]),
      entry(["lives", "parks"], ["class:lives"]),
      entry(["know where {person} {lives}", "on behalf of {org}"], ["threat"]),
    ]);
    expect(out).toHaveLength(1);
    expect(out[0]?.terms).toEqual(["know where he lives", "know where he parks", "know where that guy lives", "know where that guy parks", "on behalf of {org}"]);
  });

  it("lets a member use another class, and leaves lexicons without classes alone", () => {
    const out = expandWordClasses([entry(["my {boss}"], ["class:person"]), entry(["boss", "manager"], ["class:boss"]), entry(["{person} is an idiot"], [])]);
    expect(out[0]?.terms).toEqual(["my boss is an idiot", "my manager is an idiot"]);
    const plain = [entry(["idiot"], ["negative"])];
    expect(expandWordClasses(plain)).toEqual(plain);
  });

  it("compiles into a matcher that finds each combination", () => {
    const matcher = compileLexicon(expandWordClasses([entry(["he", "she"], ["class:p"]), entry(["{p} will regret it"], ["threat"])]));
    expect(matcher.size).toBe(2);
  });
});
