import type { FastifyInstance } from "fastify";
import type { RuntimeHolder } from "../runtime.js";

export function metaRoutes(app: FastifyInstance, holder: RuntimeHolder, openapi: Record<string, unknown>): void {
  app.get("/healthz", () => ({ status: "ok" }));
  app.get("/readyz", (_request, reply) => {
    if (holder.phase() === "draining") return reply.code(503).send({ status: "draining" });
    return { status: "ok" };
  });
  // Serialized once: the document only changes with the server's options.
  const document = JSON.stringify(openapi);
  app.get("/openapi.json", (_request, reply) => reply.type("application/json; charset=utf-8").send(document));
}
