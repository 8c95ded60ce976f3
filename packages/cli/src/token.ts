// `postlint token create|list|revoke`: personal API tokens for the review queue, stored (as
// SHA-256 digests) in the server's database. @postlint/server is imported only here and in serve.
import path from "node:path";
import { parseArgs } from "node:util";
import type { CliIO } from "./io.js";
import { loadServer, MissingServerError } from "./load-server.js";

const USAGE = `Usage: postlint token create --name NAME --role writer|reviewer|admin [--data DIR]
       postlint token list [--data DIR]
       postlint token revoke --name NAME [--data DIR]

Personal API tokens for postlint serve's review queue. A new token is printed once; only its
hash is stored. Roles: writer (lint, gate, submit), reviewer (+ list and decide), admin
(+ override a block, audit export, tokens).

The database is the server's: DATABASE_URL=postgres://… or the PGlite folder given by --data
(default .postlint/data in the current folder). A PGlite folder is one process's at a time: while
postlint serve runs on it, create tokens with POST /v1/tokens instead.
`;

const ROLES = ["writer", "reviewer", "admin"] as const;

export async function token(argv: string[], io: CliIO): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: { name: { type: "string" }, role: { type: "string" }, data: { type: "string" }, help: { type: "boolean", short: "h" } },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    return fail(io, `${(error as Error).message}. See postlint token --help`);
  }
  const { values, positionals } = parsed;
  const command = positionals[0];
  if (values.help || !command) {
    io.stdout.write(USAGE);
    return values.help ? 0 : 2;
  }
  if (!["create", "list", "revoke"].includes(command)) return fail(io, `unknown command "${command}"; use create, list or revoke`);
  if (command !== "list" && !values.name) return fail(io, "--name is required (who holds the token, e.g. --name alice)");
  const role = values.role;
  if (command === "create" && !ROLES.includes(role as (typeof ROLES)[number])) {
    return fail(io, `--role expects writer, reviewer or admin, got ${role === undefined ? "nothing" : `"${role}"`}`);
  }
  if (values.name && !/^[\w.@-]{1,64}$/.test(values.name)) return fail(io, "--name: letters, digits, ., _, - or @, up to 64");

  let openStore;
  try {
    ({ openStore } = await loadServer());
  } catch (error) {
    if (error instanceof MissingServerError) return fail(io, error.message);
    throw error;
  }
  const databaseUrl = io.env["DATABASE_URL"] || undefined;
  let store;
  try {
    store = await openStore(databaseUrl ? { databaseUrl } : { dataDir: path.resolve(io.cwd, values.data ?? ".postlint/data") });
  } catch (error) {
    return fail(io, (error as Error).message);
  }
  try {
    if (command === "create") {
      const created = await store.createToken(values.name as string, role as (typeof ROLES)[number]);
      io.stdout.write(`${created}\n`);
      io.stderr.write(`postlint token: created a ${role as string} token for ${values.name as string}; it is shown only this once\n`);
    } else if (command === "revoke") {
      if (!(await store.revokeToken(values.name as string))) return fail(io, `no active token named "${values.name as string}"`);
      io.stderr.write(`postlint token: revoked ${values.name as string}\n`);
    } else {
      for (const t of await store.listTokens()) io.stdout.write(`${t.name}\t${t.role}\t${t.createdAt}${t.revoked ? "\trevoked" : ""}\n`);
    }
    return 0;
  } catch (error) {
    return fail(io, (error as Error).message);
  } finally {
    await store.db.close();
  }
}

function fail(io: CliIO, message: string): number {
  io.stderr.write(`postlint token: ${message}\n`);
  return 2;
}
