import type { FastifyInstance } from "fastify";
import { parseRequest, toHttpError, type HttpError } from "../errors.js";
import type { RuntimeHolder } from "../runtime.js";
import type { RequestSchemas } from "../schemas.js";
import { gatePost, lintPost, type GateAnswer } from "./post.js";

type BatchEntry = (GateAnswer & { index: number }) | { index: number; id: string | null; error: ReturnType<HttpError["body"]>["error"] };

export function apiRoutes(app: FastifyInstance, holder: RuntimeHolder, schemas: RequestSchemas, bodyLimit: number): void {
  app.post("/v1/lint", async (request) => {
    const post = parseRequest(schemas.lint, request.body);
    const { engine, images } = holder.current();
    const result = await lintPost(engine, post, "<text>", {}, images);
    request.logFields = { errors: result.errorCount, warnings: result.warningCount };
    return result;
  });

  app.post("/v1/gate", async (request) => {
    const post = parseRequest(schemas.gate, request.body);
    const { engine, gate, images } = holder.current();
    const answer = await gatePost(engine, gate, post, images);
    request.logFields = { decision: answer.decision };
    return answer;
  });

  app.post("/v1/gate/batch", async (request) => {
    const { posts } = parseRequest(schemas.batchEnvelope, request.body);
    // One runtime for the whole batch, so a reload halfway cannot mix two configs.
    const { engine, gate, images } = holder.current();
    const results = await Promise.all(
      posts.map(async (raw, index): Promise<BatchEntry> => {
        try {
          return { index, ...(await gatePost(engine, gate, parseRequest(schemas.gate, raw, ["posts", index]), images)) };
        } catch (error) {
          const failure = toHttpError(error, bodyLimit);
          if (failure.status >= 500) throw error;
          return { index, id: idOf(raw), error: failure.body().error };
        }
      }),
    );
    const summary = { allow: 0, review: 0, block: 0, error: 0 };
    for (const entry of results) summary["error" in entry ? "error" : entry.decision]++;
    request.logFields = { posts: posts.length, ...summary };
    return { results, summary };
  });

  app.get("/v1/rules", () => ({ rules: holder.current().engine.rules }));

  // Any token may read the policy it is checked against: the browser extension lints with it offline.
  app.get("/v1/config", (_request, reply) => reply.type("application/json; charset=utf-8").send(holder.current().clientConfig));
}

/** The id of a post that failed validation, when it has a usable one, so the caller can match it up. */
function idOf(raw: unknown): string | null {
  const id = typeof raw === "object" && raw !== null ? (raw as { id?: unknown }).id : undefined;
  return typeof id === "string" && id.length <= 200 ? id : null;
}
