import Fastify, { LogController, type FastifyInstance, type FastifyServerOptions } from "fastify";
import { isApiRequest } from "./api-path.js";
import { authenticate } from "./auth.js";
import { findDuplicateKey } from "./json-keys.js";
import { HttpError, toHttpError } from "./errors.js";
import type { PageAssets } from "./page-assets.js";
import { apiRoutes } from "./routes/api.js";
import { metaRoutes } from "./routes/meta.js";
import { pageRoutes } from "./routes/page.js";
import type { RuntimeHolder } from "./runtime.js";
import type { RequestSchemas } from "./schemas.js";
import { submissionRoutes } from "./routes/submissions.js";
import type { Storage } from "./store/storage.js";
import { hasRole, type Actor } from "./store/store.js";

declare module "fastify" {
  interface FastifyRequest {
    /** Extra fields for this request's one log line (a decision, counts); never post text. */
    logFields: Record<string, unknown> | null;
  }
}

export interface AppOptions {
  holder: RuntimeHolder;
  schemas: RequestSchemas;
  openapi: Record<string, unknown>;
  page: PageAssets | undefined;
  bodyLimit: number;
  requestTimeoutMs: number;
  logger: FastifyServerOptions["logger"];
  /** The review queue's storage; without it the submission routes are not registered. */
  storage?: Storage | undefined;
  version?: string;
}

const METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

export function buildApp(options: AppOptions): FastifyInstance {
  const { holder, bodyLimit } = options;
  const app = Fastify({
    logger: options.logger,
    // One line per request is written in onResponse instead of fastify's two.
    logController: new LogController({ disableRequestLogging: true }),
    bodyLimit,
    // Slow clients (slowloris) are cut off; lint time has its own budget in the engine.
    requestTimeout: options.requestTimeoutMs,
    connectionTimeout: options.requestTimeoutMs * 3,
    // Node checks those deadlines every 30 s by default; a slow client should not get 40.
    http: { headersTimeout: options.requestTimeoutMs, connectionsCheckingInterval: Math.min(1_000, options.requestTimeoutMs) },
    keepAliveTimeout: 5_000,
    return503OnClosing: true,
    forceCloseConnections: "idle",
  });
  // JSON only: anything else is a 415, not a string the routes would have to reject.
  app.removeContentTypeParser("text/plain");
  // JSON.parse keeps the last of two equal keys; a proxy or audit log may keep the first.
  const parseJson = app.getDefaultJsonParser("error", "error");
  app.removeContentTypeParser("application/json");
  app.addContentTypeParser("application/json", { parseAs: "string" }, (request, body, done) => {
    const duplicate = findDuplicateKey(body as string);
    if (!duplicate) return parseJson(request, body as string, done);
    const where = duplicate.at ? ` in ${duplicate.at}` : "";
    done(new HttpError(400, "duplicate_key", `the JSON body names "${duplicate.key}" twice${where}; send each field once`, duplicate.at || duplicate.key), undefined);
  });
  app.decorateRequest("logFields", null);
  // Set by the auth hook below before any /v1 handler runs.
  app.decorateRequest("actor", null as unknown as Actor);

  app.addHook("onRequest", async (request, reply) => {
    reply.header("x-content-type-options", "nosniff").header("referrer-policy", "no-referrer");
    // The router has already resolved the route here: authenticate what will run, not a spelling.
    if (!isApiRequest(request.routeOptions.url, request.url)) return;
    reply.header("cache-control", "no-store");
    const actor = await authenticate(request.headers.authorization, holder.current().tokens, options.storage);
    if (!actor) {
      throw new HttpError(401, "unauthorized", "missing or invalid API token; send Authorization: Bearer <token>", undefined, {
        "www-authenticate": 'Bearer realm="postlint"',
      });
    }
    request.actor = actor;
    const role = request.routeOptions.config.role ?? "writer";
    if (!hasRole(actor, role)) throw new HttpError(403, "forbidden", `this needs the ${role} role; the token "${actor.name}" has ${actor.role}`);
  });

  app.addHook("onResponse", async (request, reply) => {
    request.log.info(
      { method: request.method, path: request.url.split("?")[0], status: reply.statusCode, ms: Math.round(reply.elapsedTime * 10) / 10, ...request.logFields },
      "request",
    );
  });

  app.setErrorHandler(async (error, request, reply) => {
    const failure = toHttpError(error, bodyLimit);
    if (failure.status >= 500) request.logFields = { ...request.logFields, error: error instanceof Error ? error.message : String(error) };
    else request.logFields = { ...request.logFields, code: failure.code };
    return reply.code(failure.status).headers(failure.headers).send(failure.body());
  });

  app.setNotFoundHandler(async (request, reply) => {
    const failure = new HttpError(404, "not_found", `no such endpoint: ${request.method} ${request.url.split("?")[0] ?? ""}; the API is described at /openapi.json`);
    return reply.code(404).send(failure.body());
  });

  // HTTP says a known path with the wrong method is a 405 with an Allow header, not a 404.
  const allowed = new Map<string, Set<string>>();
  app.addHook("onRoute", (route) => {
    const set = allowed.get(route.url) ?? new Set<string>();
    for (const m of Array.isArray(route.method) ? route.method : [route.method]) set.add(m);
    allowed.set(route.url, set);
  });
  apiRoutes(app, holder, options.schemas, bodyLimit);
  if (options.storage) submissionRoutes(app, { holder, schemas: options.schemas, storage: options.storage, version: options.version ?? "0" });
  metaRoutes(app, holder, options.openapi);
  pageRoutes(app, options.page);
  for (const [url, set] of [...allowed]) {
    const others = METHODS.filter((m) => !set.has(m));
    if (!others.length) continue;
    const allow = METHODS.filter((m) => set.has(m)).join(", ");
    app.route({
      method: others,
      url,
      handler: async (request, reply) => {
        const failure = new HttpError(405, "method_not_allowed", `${request.method} is not allowed on ${url}; use ${allow}`);
        return reply.code(405).header("allow", allow).send(failure.body());
      },
    });
  }
  return app;
}
