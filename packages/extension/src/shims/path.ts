// The one piece of node:path the bundled secret rules use (file names of images), for the browser.
export function basename(p: string, ext?: string): string {
  const base = p.replace(/[\\/]+$/, "").split(/[\\/]/).pop() ?? "";
  return ext && base.endsWith(ext) ? base.slice(0, -ext.length) : base;
}
export default { basename };
