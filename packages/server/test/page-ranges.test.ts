import { describe, expect, it } from "vitest";
import { diffEdit, lineStarts, mapSpan, spanOf } from "../src/page/ranges.js";

describe("draft checker: finding positions", () => {
  it("turns 1-based line/column findings into offsets", () => {
    const text = "Hello there\nteh new Aurora Pro\n";
    const span = spanOf(text, lineStarts(text), { line: 2, column: 9, endLine: 2, endColumn: 19 });
    expect(text.slice(span.start, span.end)).toBe("Aurora Pro");
  });

  it("keeps findings before an edit and shifts those after it", () => {
    const before = "damn it, Aurora Pro is here";
    const after = "Oh damn it, Aurora Pro is here";
    const edit = diffEdit(before, after);
    expect(mapSpan({ start: 9, end: 19 }, edit)).toEqual({ start: 12, end: 22 });
    expect(after.slice(12, 22)).toBe("Aurora Pro");
    const appended = diffEdit(before, `${before}!`);
    expect(mapSpan({ start: 0, end: 4 }, appended)).toEqual({ start: 0, end: 4 });
  });

  it("drops a finding whose words were edited", () => {
    const edit = diffEdit("so damn good", "so darn good");
    expect(mapSpan({ start: 3, end: 7 }, edit)).toBeNull();
    expect(mapSpan({ start: 8, end: 12 }, edit)).toEqual({ start: 8, end: 12 });
  });

  it("needs no edit for the same text", () => {
    expect(diffEdit("same", "same")).toBeNull();
    expect(mapSpan({ start: 1, end: 2 }, null)).toEqual({ start: 1, end: 2 });
  });
});
