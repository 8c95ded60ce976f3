/** "linted 120/2000 posts" on a TTY's stderr for long runs; silent otherwise. */
export function createProgress(stderr: NodeJS.WritableStream & { isTTY?: boolean }, total: number): { tick(): void; done(): void } {
  const enabled = Boolean(stderr.isTTY) && total >= 50;
  let n = 0;
  let last = 0;
  return {
    tick() {
      n++;
      if (!enabled) return;
      const now = Date.now();
      if (now - last < 100 && n < total) return;
      last = now;
      stderr.write(`\rpostlint: ${n}/${total} posts`);
    },
    done() {
      if (enabled) stderr.write("\r\x1b[K");
    },
  };
}
