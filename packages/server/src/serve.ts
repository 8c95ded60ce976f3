import { createServer, type ListenOptions, type PostlintServer, type ServerOptions } from "./server.js";

export interface ServeOptions extends ServerOptions, ListenOptions {
  /** Process to attach SIGHUP/SIGTERM/SIGINT handlers to; default `process`. */
  signals?: NodeJS.EventEmitter;
  /**
   * After SIGTERM, how long `/readyz` answers 503 while requests are still served, before the
   * listener closes: a load balancer (a Kubernetes Service) needs that long to stop sending new
   * traffic. Default 0; a second signal stops waiting.
   */
  drainDelayMs?: number;
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
  const { signals = process, port, host, insecure, drainDelayMs = 0, ...serverOptions } = options;
  const server = await createServer(serverOptions);
  const url = await server.listen({ ...(port !== undefined ? { port } : {}), ...(host ? { host } : {}), ...(insecure ? { insecure } : {}) }).catch(async (error: unknown) => {
    await server.close();
    throw error;
  });
  const onHup = (): void => void server.reload();
  let stopping: Promise<void> | undefined;
  let skipDelay: () => void = () => undefined;
  const closed = new Promise<void>((resolve, reject) => {
    const stop = (signal: string): void => {
      if (stopping) return skipDelay();
      server.drain();
      server.app.log.info({ event: "draining", signal, delayMs: drainDelayMs }, "shutting down: finishing requests in flight");
      const delay = new Promise<void>((done) => {
        const timer = setTimeout(done, drainDelayMs);
        skipDelay = () => {
          clearTimeout(timer);
          done();
        };
      });
      stopping = delay.then(() => server.close()).then(() => {
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
