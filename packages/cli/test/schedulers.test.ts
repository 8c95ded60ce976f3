// Scheduler exports: `postlint import-csv` (Hootsuite's bulk composer, Buffer), platform names
// schedulers use in --ndjson, and `postlint token` on the review queue's database.
import { describe, expect, it } from "vitest";
import { postlint, project } from "./run.js";

const HOOTSUITE = "05/12/2026 09:30,Great coffee with the team this morning.,https://northwind.example\n06/12/2026 14:00,\"Quoted, with a comma\",\n";
const BUFFER = [
  "Text,Posted At,Service,Id",
  '"Multi-line\npost text",2026-12-07T10:00:00Z,twitter,buf-1',
  "Another post,2026-12-08 08:15,LinkedIn Page,buf-2",
  "Third one,2026-12-09,ig,",
].join("\n");

describe("postlint import-csv", () => {
  it("reads Hootsuite's header-less bulk CSV (date, message, link), dd/mm/yyyy", () => {
    const dir = project({ "bulk.csv": HOOTSUITE });
    const run = postlint(["import-csv", "bulk.csv", "--platform", "twitter", "--utc-offset", "+01:00"], { cwd: dir });
    expect(run.stderr).toContain("2 posts");
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n").map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: "row-1", text: "Great coffee with the team this morning.", platform: "x", date: "2026-12-05", scheduledAt: "2026-12-05T09:30:00+01:00" },
      { id: "row-2", text: "Quoted, with a comma", platform: "x", date: "2026-12-06", scheduledAt: "2026-12-06T14:00:00+01:00" },
    ]);
  });

  it("reads a Buffer export by its headers and maps the platform names schedulers use", () => {
    const dir = project({ "buffer.csv": BUFFER });
    const run = postlint(["import-csv", "buffer.csv"], { cwd: dir });
    expect(run.code).toBe(0);
    expect(run.stdout.trim().split("\n").map((l) => JSON.parse(l) as unknown)).toEqual([
      { id: "buf-1", text: "Multi-line\npost text", platform: "x", date: "2026-12-07", scheduledAt: "2026-12-07T10:00:00Z" },
      { id: "buf-2", text: "Another post", platform: "linkedin", date: "2026-12-08", scheduledAt: "2026-12-08T08:15:00+00:00" },
      { id: "row-4", text: "Third one", platform: "instagram", date: "2026-12-09" },
    ]);
  });

  it("joins a separate time column to the date", () => {
    const dir = project({ "t.csv": "Date,Time,Message,Link\n07/12/2026,09:05,Hello from the team,\n" });
    const run = postlint(["import-csv", "t.csv"], { cwd: dir });
    expect(JSON.parse(run.stdout)).toEqual({ id: "row-2", text: "Hello from the team", date: "2026-12-07", scheduledAt: "2026-12-07T09:05:00+00:00" });
  });

  it("pipes into postlint --ndjson", () => {
    const dir = project({ "buffer.csv": BUFFER });
    const ndjson = postlint(["import-csv", "buffer.csv"], { cwd: dir }).stdout;
    const run = postlint(["--ndjson"], { cwd: dir, input: ndjson });
    expect(run.stdout.trim().split("\n").map((l) => (JSON.parse(l) as { id: string }).id)).toEqual(["buf-1", "buf-2", "row-4"]);
  });

  it("names the row of a date it cannot read, and a CSV without a text column", () => {
    const bad = project({ "a.csv": "Text,Date\nHello,31/02/2026\n", "b.csv": "Title,When\nx,y\n" });
    expect(postlint(["import-csv", "a.csv"], { cwd: bad })).toMatchObject({ code: 2, stderr: expect.stringContaining('row 2: cannot read the date "31/02/2026"') as unknown });
    expect(postlint(["import-csv", "b.csv"], { cwd: bad })).toMatchObject({ code: 2, stderr: expect.stringContaining("no text column") as unknown });
  });
});

describe("platform names from schedulers", () => {
  it("--ndjson accepts twitter, fb, ig and friends", () => {
    const dir = project();
    const input = ['{"id":"a","text":"' + "x".repeat(290) + '","platform":"twitter"}', '{"id":"b","text":"hello","platform":"Facebook Page"}'].join("\n");
    const lines = postlint(["--ndjson"], { cwd: dir, input }).stdout.trim().split("\n").map((l) => JSON.parse(l) as { id: string; messages: { ruleId: string; fatal?: boolean }[] });
    expect(lines[0]?.messages.map((m) => m.ruleId)).toContain("platform-limits");
    expect(lines[1]?.messages.filter((m) => m.fatal)).toEqual([]);
  });
});

describe("postlint token", { timeout: 180_000 }, () => {
  it("creates a token once, stores only its hash, lists and revokes it (PGlite in --data)", () => {
    const dir = project();
    const created = postlint(["token", "create", "--role", "reviewer", "--name", "alice", "--data", "db"], { cwd: dir });
    expect(created.code).toBe(0);
    const token = created.stdout.trim();
    expect(token).toMatch(/^plt_[\w-]{32}$/);
    const list = postlint(["token", "list", "--data", "db"], { cwd: dir });
    expect(list.stdout).toMatch(/^alice\treviewer\t/);
    expect(list.stdout).not.toContain(token);
    expect(postlint(["token", "create", "--role", "boss", "--name", "bob", "--data", "db"], { cwd: dir })).toMatchObject({ code: 2, stderr: expect.stringContaining("--role expects writer, reviewer or admin") as unknown });
    expect(postlint(["token", "revoke", "--name", "alice", "--data", "db"], { cwd: dir }).code).toBe(0);
    expect(postlint(["token", "list", "--data", "db"], { cwd: dir }).stdout).toMatch(/revoked/);
  });
});
