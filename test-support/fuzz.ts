// Settings shared by the fuzz suites (fast-check). `pnpm test` runs a few cases of each property,
// enough to keep the suites honest in seconds; POSTLINT_FUZZ_RUNS=10000 runs many more, and
// POSTLINT_FUZZ_SEED (with POSTLINT_FUZZ_PATH) replays a failure, whose seed and path fast-check
// prints in its error message.
import type { Parameters } from "fast-check";

export function fuzzParameters<T>(defaultRuns: number): Parameters<T> {
  const runs = Number(process.env["POSTLINT_FUZZ_RUNS"] ?? "");
  const seed = Number(process.env["POSTLINT_FUZZ_SEED"] ?? "");
  const replayPath = process.env["POSTLINT_FUZZ_PATH"];
  return {
    numRuns: Number.isInteger(runs) && runs > 0 ? runs : defaultRuns,
    ...(process.env["POSTLINT_FUZZ_SEED"] && Number.isInteger(seed) ? { seed, ...(replayPath ? { path: replayPath } : {}) } : {}),
  };
}

/** How long a test of `runs` cases may take: the default timeout, plus time for more runs. */
export function fuzzTimeout(defaultRuns: number, msPerRun: number): number {
  const runs = Number(process.env["POSTLINT_FUZZ_RUNS"] ?? "") || defaultRuns;
  return Math.max(60_000, runs * msPerRun * 2);
}
