import { createHash } from "node:crypto";
import type { FastifyInstance, FastifyReply } from "fastify";
import type { PageAssets } from "../page-assets.js";

/** Everything the page loads comes from this server: company networks often block CDNs. */
const CSP = "default-src 'none'; script-src 'self'; style-src 'self'; connect-src 'self'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

export function pageRoutes(app: FastifyInstance, assets: PageAssets | undefined): void {
  if (!assets) {
    app.get("/", (_request, reply) =>
      reply.code(503).type("text/plain; charset=utf-8").send("The draft checker page was not built. Run `pnpm build`; the API under /v1 works without it.\n"),
    );
    return;
  }
  const serve = (body: string | Buffer, type: string) => {
    const etag = `"${createHash("sha256").update(body).digest("base64url").slice(0, 22)}"`;
    return (request: { headers: Record<string, string | string[] | undefined> }, reply: FastifyReply) => {
      reply.header("content-security-policy", CSP).header("cache-control", "no-cache").header("etag", etag).type(type);
      if (request.headers["if-none-match"] === etag) return reply.code(304).send();
      return reply.send(body);
    };
  };
  app.get("/", serve(assets.html, "text/html; charset=utf-8"));
  app.get("/app.js", serve(assets.js, "text/javascript; charset=utf-8"));
  app.get("/app.css", serve(assets.css, "text/css; charset=utf-8"));
  app.get("/review", serve(assets.review.html, "text/html; charset=utf-8"));
  app.get("/review.js", serve(assets.review.js, "text/javascript; charset=utf-8"));
}
