# postlint serve: the HTTP API, the draft checker and the review queue.
#   docker build -t postlint .
#   docker run -p 8787:8787 -e POSTLINT_API_TOKEN=… -v postlint-data:/data postlint
# With DATABASE_URL=postgres://… the replicas share a PostgreSQL server (see compose.yaml, deploy/k8s).

# --- build: the whole workspace, dev dependencies included -------------------------------------
FROM node:20-bookworm-slim AS build
ENV PNPM_HOME=/pnpm PATH=/pnpm:$PATH CI=true
RUN npm install -g pnpm@10 && pnpm --version
WORKDIR /src
COPY . .
# The root `postinstall` runs `pnpm build` (lexicons, tsc, bundles) during the install.
RUN pnpm install --frozen-lockfile
# The CLI and what it needs at run time only: no dev dependencies, workspace packages as built.
# @postlint/server is an optional peer of the CLI (linting needs none of it): `serve` needs it beside.
RUN pnpm --filter @postlint/cli deploy --prod --legacy --ignore-scripts /out \
 && pnpm --filter @postlint/server deploy --prod --legacy --ignore-scripts /out/node_modules/@postlint/server \
 && rm -rf /out/src /out/scripts

# --- run: node, the deployed CLI, a non-root user ----------------------------------------------
FROM node:20-bookworm-slim
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build --chown=root:root /out /app
# The embedded database (PGlite) lives here when DATABASE_URL is not set.
RUN mkdir -p /data /config && chown node:node /data
USER node
EXPOSE 8787
VOLUME ["/data"]
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:8787/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"]
# A non-loopback address needs POSTLINT_API_TOKEN (the server refuses to start without one).
ENTRYPOINT ["node", "/app/bin/postlint.js", "serve", "--host", "0.0.0.0", "--port", "8787", "--data", "/data"]
# Mount the policy at /config/.postlintrc.yaml, or pass --config yourself.
CMD ["--config", "/config/.postlintrc.yaml", "--drain-delay", "5000"]
