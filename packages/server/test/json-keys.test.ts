// Regression (security issue, item 7): `{"text": "clean", "text": "bad"}` was accepted, and the
// server checked the last value while anything in front of it may read the first.
import { describe, expect, it } from "vitest";
import { findDuplicateKey } from "../src/json-keys.js";
import { start } from "./helpers.js";

describe("findDuplicateKey", () => {
  it("finds a repeated key at any depth, however it is spelled", () => {
    expect(findDuplicateKey('{"text":"a","text":"b"}')).toEqual({ key: "text", at: "" });
    expect(findDuplicateKey('{"text":"a","\\u0074ext":"b"}')).toEqual({ key: "text", at: "" });
    expect(findDuplicateKey('{"posts":[{"text":"a"},{"id":"x","id":"y"}]}')).toEqual({ key: "id", at: "posts[1]" });
    expect(findDuplicateKey('{"a":{"b":{"c":1,"c":2}}}')).toEqual({ key: "c", at: "a.b" });
  });

  it("leaves equal keys in different objects, and keys inside strings, alone", () => {
    expect(findDuplicateKey('{"posts":[{"text":"a"},{"text":"b"}]}')).toBeUndefined();
    expect(findDuplicateKey('{"text":"say \\"text\\": twice, {\\"text\\":1}","id":"text"}')).toBeUndefined();
    expect(findDuplicateKey('["text","text"]')).toBeUndefined();
  });

  it("survives broken input (JSON.parse judges it afterwards)", () => {
    for (const s of ['{"a', '}}}]]', '{"a":[1,2,{"b":', '"\\', "{,,,}"]) expect(() => findDuplicateKey(s)).not.toThrow();
  });
});

describe("the API", () => {
  it("answers 400 duplicate_key and names the field", async () => {
    const api = await start({ workers: 0 });
    try {
      const r = await api.post("/v1/gate", '{"text":"Lovely day at the beach.","text":"My boss is a fucking clown."}');
      expect(r.status).toBe(400);
      expect(r.body).toMatchObject({ error: { code: "duplicate_key", message: expect.stringContaining('"text" twice') } });
      const batch = await api.post("/v1/gate/batch", '{"posts":[{"text":"hi","author":"a","author":"jane.doe"}]}');
      expect(batch.body).toMatchObject({ error: { code: "duplicate_key", field: "posts[0]" } });
      expect((await api.post("/v1/gate", '{"text":"Lovely day at the beach."}')).status).toBe(200);
    } finally {
      await api.close();
    }
  });
});
