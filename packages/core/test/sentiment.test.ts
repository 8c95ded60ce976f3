import { describe, expect, it } from "vitest";
import { loadSentiment } from "../src/index.js";

describe("loadSentiment", () => {
  it("scores English words on AFINN's scale, inflections through their stems", async () => {
    const score = await loadSentiment("en");
    expect(score?.(["loved"])).toBeGreaterThan(0);
    expect(score?.(["hated"])).toBeLessThan(0);
  });

  it("does not read a short stem as a word of its own (\"has\" is not \"ha\", laughter)", async () => {
    const score = await loadSentiment("en");
    expect(score?.(["has"])).toBe(0);
    expect(score?.(["ha"])).toBeGreaterThan(0);
  });

  it("has no lexicon for Danish, so callers fall back to their own cues", async () => {
    expect(await loadSentiment("da")).toBeUndefined();
  });
});
