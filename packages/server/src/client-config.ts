import type { ResolvedConfig } from "@postlint/core";
import pack from "@postlint/rules";

/**
 * The organization's config as a client that lints on its own machine needs it (`GET /v1/config`,
 * read by the browser extension): the policy, never the server's own settings.
 *
 * Left out: `server` (bootstrap tokens, retention, webhook hosts), `plugins` and `rulesDir`
 * (module names and paths on the server; the YAML rules of a `rulesDir` are already in
 * `customRules`), `extends` (already merged in), `images` (the server's OCR budget) and
 * `filePath`/`baseDir` (where the config lives on the server). Rule settings that name a rule
 * the client cannot run (one from a plugin or an extra pack) are left out too, so the client's
 * linter accepts the config as it is.
 */
export function clientConfig(config: ResolvedConfig): Record<string, unknown> {
  const { server: _server, plugins: _plugins, rulesDir: _rulesDir, extends: _extends, images: _images, filePath: _file, baseDir: _base, ...policy } = config;
  const runnable = new Set([...pack.rules.map((r) => r.id), ...(config.customRules ?? []).map((r) => r.id)]);
  const only = <T>(record: Record<string, T>): Record<string, T> => Object.fromEntries(Object.entries(record).filter(([id]) => runnable.has(id)));
  return {
    ...policy,
    rules: only(config.rules),
    ...(config.overrides ? { overrides: config.overrides.map((o) => ({ ...o, rules: only(o.rules) })) } : {}),
    ...(config.policy ? { policy: { ...config.policy, map: only(config.policy.map) } } : {}),
  };
}
