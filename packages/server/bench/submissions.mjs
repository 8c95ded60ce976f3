// Submissions per second (POST /v1/submissions: lint, then one transaction) on PGlite and on a
// throwaway PostgreSQL server (Debian's postgresql package; the row is left out without it).
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import os from "node:os";
import path from "node:path";

export function startPostgres() {
  const root = "/usr/lib/postgresql";
  const version = existsSync(root) ? readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin/initdb"))).sort((a, b) => b - a)[0] : undefined;
  if (!version) return undefined;
  const bin = path.join(root, version, "bin");
  const dir = mkdtempSync(path.join(os.tmpdir(), "postlint-bench-pg-"));
  const asRoot = process.getuid?.() === 0;
  const run = (cmd, args) => {
    const [c, a] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, cmd), ...args]] : [path.join(bin, cmd), args];
    const r = spawnSync(c, a, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd}: ${r.stderr}`);
  };
  if (asRoot) chownSync(dir, Number(spawnSync("id", ["-u", "postgres"], { encoding: "utf8" }).stdout), Number(spawnSync("id", ["-g", "postgres"], { encoding: "utf8" }).stdout));
  return freePort().then((port) => {
    run("initdb", ["-D", path.join(dir, "data"), "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
    run("pg_ctl", ["-D", path.join(dir, "data"), "-l", path.join(dir, "log"), "-w", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, "start"]);
    return {
      url: `postgres://postgres@127.0.0.1:${port}/postgres`,
      stop() {
        run("pg_ctl", ["-D", path.join(dir, "data"), "-m", "fast", "-w", "stop"]);
        rmSync(dir, { recursive: true, force: true });
      },
    };
  });
}

function freePort() {
  return new Promise((resolve) => {
    const s = createServer().listen(0, "127.0.0.1", () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

/** autocannon requests that submit the bench posts under fresh ids (each a first revision). */
export function submissionRequests(posts) {
  let n = 0;
  return posts.map((p) => ({
    method: "POST",
    path: "/v1/submissions",
    headers: { "content-type": "application/json" },
    setupRequest: (request) => ({ ...request, body: JSON.stringify({ id: `bench-${process.pid}-${n++}`, text: p.text, platform: p.platform, scheduledAt: p.date }) }),
  }));
}
