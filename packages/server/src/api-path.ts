/**
 * Which requests are API requests, and so need a token.
 *
 * The router decides which handler runs, so the route it resolved decides too: a check on a
 * string prefix of the raw URL is skipped by any spelling the router reads differently
 * (`/%761/gate`, an absolute-form target `http://x/v1/rules`). For a URL that resolves to no
 * route, the path is read the way a lenient router or proxy might (decoded, dot segments and
 * repeated slashes folded, any case), so an unknown `/v1` path answers 401 and does not tell an
 * anonymous caller which endpoints exist.
 */
export function isApiRequest(routeUrl: string | undefined, rawUrl: string): boolean {
  if (routeUrl !== undefined) return isApiPath(routeUrl);
  return isApiPath(lenientPath(rawUrl));
}

function isApiPath(path: string): boolean {
  return path === "/v1" || path.startsWith("/v1/");
}

/** The path of a request target, decoded and folded as generously as any reader might. */
function lenientPath(target: string): string {
  let path = target.replace(/^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i, "");
  path = path.split(/[?#]/, 1)[0] ?? "";
  // Decode repeatedly, so `%2576` (an encoded `%76`) is read as `v` too.
  for (let i = 0; i < 3 && path.includes("%"); i++) path = decodeSafely(path);
  const segments: string[] = [];
  for (const segment of path.replace(/\\/g, "/").split("/")) {
    if (segment === "" || segment === ".") continue;
    if (segment === "..") segments.pop();
    else segments.push(segment);
  }
  return `/${segments.join("/")}`.toLowerCase();
}

function decodeSafely(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    // A stray `%` (not an escape): decode the escapes that are well formed.
    return path.replace(/%[0-9a-f]{2}/gi, (escape) => String.fromCharCode(parseInt(escape.slice(1), 16)));
  }
}
