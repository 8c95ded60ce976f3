import { STATUS_CODES } from "node:http";
import type { Duplex } from "node:stream";
import Fastify, { LogController, type FastifyInstance, type FastifyReply, type FastifyServerOptions } from "fastify";
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
    // A request Node's HTTP parser refuses (a target without a leading "/", broken headers, a
    // client too slow to send its headers) gets the API's error shape too, then the connection closes.
    clientErrorHandler: answerClientError,
    // A path the router cannot decode ("/v1/lint%") gets the API's error shape, not Fastify's own.
    frameworkErrors: (error, _request, reply) => {
      const failure = new HttpError(400, "invalid_request", `the request path cannot be decoded (${error.code}); percent-encode it as a URL`);
      // Fastify types this reply by the route it could not find: it is a plain reply here.
      void (reply as FastifyReply).code(failure.status).send(failure.body());
    },
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

function answerClientError(error: Error & { code?: string }, socket: Duplex): void {
  if (error.code === "ECONNRESET" || !socket.writable) {
    socket.destroy();
    return;
  }
  const status = error.code === "ERR_HTTP_REQUEST_TIMEOUT" ? 408 : error.code === "HPE_HEADER_OVERFLOW" ? 431 : 400;
  const failure =
    status === 408
      ? new HttpError(408, "request_timeout", "the request was not sent in time")
      : status === 431
        ? new HttpError(431, "headers_too_large", "the request headers are too large")
        : new HttpError(400, "invalid_request", "the request is not valid HTTP/1.1 (its request line or headers)");
  const body = JSON.stringify(failure.body());
  socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status] ?? ""}\r\nContent-Type: application/json; charset=utf-8\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`);
}
