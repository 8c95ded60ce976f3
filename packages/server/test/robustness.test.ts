// Malformed bodies, hostile posts and floods must never take the process down.
import { connect } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BEFORE_LAUNCH, start, WITH_TEST_PACK, type Started } from "./helpers.js";

let api: Started;
beforeAll(async () => {
  api = await start({ workers: 2 });
});
afterAll(() => api.close());

const CLEAN = "Had a lovely day at the team offsite. Thanks everyone for the great ideas!";
const PROFANE = "This launch was a fucking triumph, and I am proud of the team.";

describe("load", () => {
  it("answers 200 concurrent requests, each with its own post's decision", async () => {
    const answers = await Promise.all(
      Array.from({ length: 200 }, (_, i) => api.post("/v1/gate", { id: `post-${i}`, text: i % 2 ? PROFANE : CLEAN, date: BEFORE_LAUNCH })),
    );
    expect(answers.map((a) => a.status)).toEqual(Array.from({ length: 200 }, () => 200));
    for (const [i, a] of answers.entries()) {
      expect(a.body).toMatchObject({ id: `post-${i}`, decision: i % 2 ? "block" : "allow" });
    }
  });

  it("survives a flood of malformed requests, then serves a normal one", async () => {
    const bad = [
      () => api.post("/v1/lint", "{not json"),
      () => api.post("/v1/lint", "null"),
      () => api.post("/v1/gate", { text: ["not", "a", "string"] }),
      () => api.post("/v1/gate/batch", { posts: "nope" }),
      () => api.request("/v1/lint", { method: "POST", headers: { "content-type": "application/xml" }, body: "<post/>" }),
      () => api.post("/v1/lint", { text: "y".repeat(300 * 1024) }),
      () => api.request("/v1/lint", { method: "PUT" }),
    ];
    const answers = await Promise.all(Array.from({ length: 210 }, (_, i) => (bad[i % bad.length] as () => Promise<{ status: number }>)()));
    expect(answers.every((a) => a.status >= 400 && a.status < 500)).toBe(true);
    const ok = await api.post("/v1/lint", { text: CLEAN });
    expect(ok.status).toBe(200);
    expect((await api.get("/healthz")).status).toBe(200);
  });
});

describe("hostile posts", { timeout: 120_000 }, () => {
  // Long unbroken runs make the Markdown and sentence parsers work hard (superlinear in length).
  const BAIT = [
    "a@" + "a.".repeat(9_990),
    "a".repeat(19_999) + "!",
    "*_".repeat(9_999),
    "[".repeat(19_999),
    "http://" + "a.".repeat(9_990),
    "fuck ".repeat(3_999),
  ];

  it("checks regex bait or stops it at the time budget, and carries on", async () => {
    const answers = await Promise.all(BAIT.map((text) => api.post("/v1/lint", { text })));
    // Each is either checked or stopped at its time budget (422); none takes the process down.
    for (const a of answers) expect([200, 422]).toContain(a.status);
    expect((await api.get("/healthz")).status).toBe(200);
    const after = await api.post("/v1/gate", { text: PROFANE });
    expect(after.body).toMatchObject({ decision: "block" });
  });

  it("answers probes while every worker is busy with a slow post", async () => {
    const busy = await start({ packs: WITH_TEST_PACK, workers: 1, lintTimeoutMs: 10_000 });
    try {
      const order: string[] = [];
      const slow = busy.post("/v1/lint", { text: "Slow [[stall 3000]] post" }).then((a) => (order.push("slow"), a));
      const health = await busy.get("/healthz");
      order.push("health");
      expect(health.status).toBe(200);
      expect((await slow).status).toBe(200);
      expect(order).toEqual(["health", "slow"]);
    } finally {
      await busy.close();
    }
  });

  it("handles odd but valid text: control characters, lone surrogates, RTL marks, emoji", async () => {
    const texts = ["\u0000\u0001\u0007 hello there", "\ud800 broken surrogate here", "\u202eevil\u202c text here", "🚀".repeat(2_000), "---\n---\n"];
    for (const text of texts) {
      const a = await api.post("/v1/lint", { text });
      expect([200, 400]).toContain(a.status);
    }
    expect((await api.get("/healthz")).status).toBe(200);
  });
});

describe("slow clients", () => {
  it("cuts off a client that never finishes its request, and keeps serving others", async () => {
    const slow = await start({ requestTimeoutMs: 500 });
    try {
      const { hostname, port } = new URL(slow.url);
      const socket = connect(Number(port), hostname);
      const closed = new Promise<string>((resolve) => {
        let received = "";
        socket.on("data", (d: Buffer) => (received += d.toString()));
        socket.on("close", () => resolve(received));
      });
      // Headers trickle in and the body never comes, as in a slowloris attack.
      socket.write("POST /v1/lint HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 100\r\n\r\n{\"te");
      expect((await slow.post("/v1/lint", { text: CLEAN })).status).toBe(200);
      expect(await closed).toMatch(/^HTTP\/1\.1 408|^$/);
    } finally {
      await slow.close();
    }
  });
});
