// @postlint/server is an optional peer of the CLI: linting posts never needs fastify or the
// review queue's database, so `npm install @postlint/cli` stays small. Commands that do need it
// say how to get it instead of failing with a module-resolution stack trace.
import type * as ServerModule from "@postlint/server";

export class MissingServerError extends Error {}

export async function loadServer(): Promise<typeof ServerModule> {
  try {
    return await import("@postlint/server");
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code !== "ERR_MODULE_NOT_FOUND" || !String((error as Error).message).includes("@postlint/server")) throw error;
    throw new MissingServerError("this command needs the @postlint/server package next to @postlint/cli: npm install @postlint/server");
  }
}
