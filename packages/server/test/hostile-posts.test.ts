// Issue #9 §4: a crafted post is answered for itself; the batch and the server go on.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { start, type Started } from "./helpers.js";

let api: Started;
beforeAll(async () => {
  api = await start({ workers: 1 });
});
afterAll(() => api.close());

const BOMB = ["---", "a: &a [x, x, x, x, x, x, x, x, x]", "b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]", "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]", "d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]", "e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]", "f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]", "---", "hello"].join("\n");
const DEEP = `${">".repeat(19_000)} hello`;
const PROFANE = "This launch was a fucking triumph, and I am proud of the team.";

describe("hostile posts at the gate", () => {
  it("answers a batch per post: the alias bomb and the deep nesting are errors, the others are gated", async () => {
    const answer = await api.post("/v1/gate/batch", { posts: [{ id: "bomb", text: BOMB }, { id: "deep", text: DEEP }, { id: "ok", text: PROFANE }] });
    expect(answer.status).toBe(200);
    const results = (answer.body as { results: { id: string; decision?: string; error?: { code: string; message: string } }[] }).results;
    expect(results.map((r) => [r.id, r.decision ?? r.error?.code])).toEqual([
      ["bomb", "invalid_post"],
      ["deep", "invalid_post"],
      ["ok", "block"],
    ]);
    expect(results[0]?.error?.message).toContain("YAML aliases expand to more than 100 nodes");
    expect(results[1]?.error?.message).toContain("nests 19000 levels deep");
  });

  it("answers a single gate request with a 400 naming the limit, not a 500", async () => {
    const answer = await api.post("/v1/gate", { text: DEEP });
    expect(answer.status).toBe(400);
    expect(JSON.stringify(answer.body)).toContain("postlint checks up to 100 levels");
    expect((await api.post("/v1/gate", { text: PROFANE })).status).toBe(200);
  });
});
