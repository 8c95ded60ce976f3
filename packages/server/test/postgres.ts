// A throwaway PostgreSQL server from Debian's `postgresql` package: initdb in a temp folder, a
// random port on 127.0.0.1, trust auth for local test connections only. initdb refuses to run as
// root, so as root it runs as the `postgres` user.
import { spawnSync } from "node:child_process";
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";

export interface Postgres {
  url: string;
  stop(): void;
}

/** The folder with initdb and pg_ctl, or undefined when the package is not installed. */
function postgresBin(): string | undefined {
  const root = "/usr/lib/postgresql";
  if (!existsSync(root)) return undefined;
  const versions = readdirSync(root).filter((v) => existsSync(path.join(root, v, "bin", "initdb"))).sort((a, b) => Number(b) - Number(a));
  return versions[0] ? path.join(root, versions[0], "bin") : undefined;
}

/**
 * Whether the PostgreSQL tests run. Locally a missing server skips them with a message; in CI
 * (`CI=true`) a missing system dependency fails them, so a broken runner is never green.
 */
export function postgresAvailability(): { run: boolean; reason: string } {
  if (postgresBin()) return { run: true, reason: "" };
  const reason = "PostgreSQL binaries are missing (apt-get install -y postgresql)";
  if (process.env["CI"] === "true") return { run: true, reason };
  console.warn(`PostgreSQL tests skipped: ${reason}`);
  return { run: false, reason };
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const address = server.address();
      server.close(() => resolve(typeof address === "object" && address ? address.port : 0));
    });
  });
}

export async function startPostgres(): Promise<Postgres> {
  const bin = postgresBin();
  if (!bin) throw new Error("PostgreSQL binaries are missing (apt-get install -y postgresql): this test needs a real PostgreSQL server");
  const dir = mkdtempSync(path.join(tmpdir(), "postlint-pg-"));
  const data = path.join(dir, "data");
  const asRoot = process.getuid?.() === 0;
  const run = (command: string, args: string[]): void => {
    const [cmd, argv] = asRoot ? ["runuser", ["-u", "postgres", "--", path.join(bin, command), ...args]] : [path.join(bin, command), args];
    const result = spawnSync(cmd, argv, { encoding: "utf8", timeout: 60_000 });
    if (result.status !== 0) throw new Error(`${command} failed: ${result.stderr || result.stdout || String(result.error)}`);
  };
  if (asRoot) chownSync(dir, uid("postgres"), gid("postgres"));
  run("initdb", ["-D", data, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8", "--locale=C"]);
  const port = await freePort();
  run("pg_ctl", ["-D", data, "-l", path.join(dir, "log"), "-w", "-t", "60", "-o", `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=100`, "start"]);
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

function uid(user: string): number {
  return Number(spawnSync("id", ["-u", user], { encoding: "utf8" }).stdout.trim());
}
function gid(user: string): number {
  return Number(spawnSync("id", ["-g", user], { encoding: "utf8" }).stdout.trim());
}
