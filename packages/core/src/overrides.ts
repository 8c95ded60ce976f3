import { parseFrontMatter } from "./front-matter.js";
import type { ConfigOverride } from "./policy-config.js";
import type { ResolvedConfig } from "./types.js";

/** The fields overrides match on, for one post. */
export interface OverrideTarget {
  /** The post's path relative to the config's folder, `/`-separated. */
  path?: string;
  account: string;
  platform?: string;
}

/** Indexes of the overrides that apply to a post, in config order. */
export function matchingOverrides(overrides: readonly ConfigOverride[], target: OverrideTarget): number[] {
  const out: number[] = [];
  overrides.forEach((o, i) => {
    if (o.files && (!target.path || !o.files.some((g) => globToRegExp(g).test(target.path as string)))) return;
    if (o.account && !o.account.includes(target.account as never)) return;
    if (o.platform && (!target.platform || !o.platform.includes(target.platform as never))) return;
    out.push(i);
  });
  return out;
}

/** The config with the matching overrides' rule settings laid over it, later wins. */
export function applyOverrides(config: ResolvedConfig, indexes: readonly number[]): ResolvedConfig {
  const rules = { ...config.rules };
  for (const i of indexes) Object.assign(rules, config.overrides?.[i]?.rules);
  return { ...config, rules, overrides: [] };
}

/** A post's account and platform as the linter will see them (front matter, flags, config). */
export function overrideTarget(text: string, filePath: string | undefined, meta: { account?: string; platform?: string }, fromRequest: boolean, config: ResolvedConfig): OverrideTarget {
  let fm: Record<string, unknown> = {};
  if (!fromRequest) {
    try {
      fm = parseFrontMatter(text).data;
    } catch {
      // The linter reports bad front matter itself.
    }
  }
  const str = (v: unknown) => (typeof v === "string" ? v : undefined);
  const account = str(fm.account) ?? meta.account ?? config.account ?? "personal";
  const platform = str(fm.platform) ?? meta.platform ?? config.platform;
  return { account, ...(platform ? { platform } : {}), ...(filePath ? { path: relativePath(filePath, config.baseDir) } : {}) };
}

function relativePath(file: string, base: string | undefined): string {
  const f = file.replace(/\\/g, "/");
  if (!base) return f.replace(/^\.\//, "");
  const b = base.replace(/\\/g, "/").replace(/\/$/, "") + "/";
  return f.startsWith(b) ? f.slice(b.length) : f.replace(/^\.\//, "");
}

const cache = new Map<string, RegExp>();

/** `**`, `*`, `?` and `{a,b}` globs, as ESLint's `files`; a pattern without `/` matches at any depth. */
export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let g = glob.replace(/^\.\//, "");
  if (g.endsWith("/")) g += "**";
  let out = "";
  for (let i = 0; i < g.length; i++) {
    const c = g[i] as string;
    if (c === "*" && g[i + 1] === "*") {
      const slash = g[i + 2] === "/";
      out += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") out += "[^/]*";
    else if (c === "?") out += "[^/]";
    else if (c === "{") {
      const end = g.indexOf("}", i);
      if (end === -1) out += "\\{";
      else {
        out += `(?:${g.slice(i + 1, end).split(",").map((p) => p.replace(/[.+^$()|[\]\\]/g, "\\$&").replace(/\*/g, "[^/]*")).join("|")})`;
        i = end;
      }
    } else out += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  const anyDepth = !g.includes("/");
  re = new RegExp(`^${anyDepth ? "(?:.*/)?" : ""}${out}$`);
  cache.set(glob, re);
  return re;
}
