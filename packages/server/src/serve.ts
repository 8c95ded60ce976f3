import { createServer, type ListenOptions, type PostlintServer, type ServerOptions } from "./server.js";

export interface ServeOptions extends ServerOptions, ListenOptions {
  /** Process to attach SIGHUP/SIGTERM/SIGINT handlers to; default `process`. */
  signals?: NodeJS.EventEmitter;
}

export interface RunningServer {
  server: PostlintServer;
  url: string;
  /** Resolves when the server has shut down after SIGTERM or SIGINT. */
  closed: Promise<void>;
}

/**
 * `postlint serve`: starts the server, reloads the config on SIGHUP and, on SIGTERM or SIGINT,
 * finishes the requests in flight before resolving `closed`.
 */
export async function serve(options: ServeOptions = {}): Promise<RunningServer> {
  const { signals = process, port, host, insecure, ...serverOptions } = options;
  const server = await createServer(serverOptions);
  const url = await server.listen({ ...(port !== undefined ? { port } : {}), ...(host ? { host } : {}), ...(insecure ? { insecure } : {}) }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const onHup = (): void => void server.reload();
  let stopping: Promise<void> | undefined;
  const closed = new Promise<void>((resolve, reject) => {
    const stop = (signal: string): void => {
      if (stopping) return;
      server.app.log.info({ event: "draining", signal }, "shutting down: finishing requests in flight");
      stopping = server.close().then(() => {
        signals.off("SIGHUP", onHup);
        signals.off("SIGTERM", onTerm);
        signals.off("SIGINT", onInt);
        server.app.log.info({ event: "stopped" }, "postlint server stopped");
      });
      stopping.then(resolve, reject);
    };
    const onTerm = (): void => stop("SIGTERM");
    const onInt = (): void => stop("SIGINT");
    signals.on("SIGHUP", onHup);
    signals.on("SIGTERM", onTerm);
    signals.on("SIGINT", onInt);
  });
  return { server, url, closed };
}
