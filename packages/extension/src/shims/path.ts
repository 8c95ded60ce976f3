// The one piece of node:path the bundled secret rules use (file names of images), for the browser.
export function basename(p: string, ext?: string): string {
  // Trailing separators trimmed by a loop, not /[\\/]+$/ (quadratic on a long run of them).
  let end = p.length;
  while (end > 0 && (p[end - 1] === "/" || p[end - 1] === "\\")) end--;
  const base = p.slice(0, end).split(/[\\/]/).pop() ?? "";
  return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
}
export default { basename };
