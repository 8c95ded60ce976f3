/** A path relative to `cwd` when inside it, with forward slashes; `<stdin>` and the like unchanged. */
export function relativePath(filePath: string, cwd: string): string {
  if (filePath.startsWith("<")) return filePath;
  const base = cwd.endsWith("/") ? cwd : `${cwd}/`;
  const p = filePath.startsWith(base) ? filePath.slice(base.length) : filePath;
  return p.replace(/\\/g, "/");
}
