// Packages the CommonJS script leaves to the ES module build's chunks.
//
// The script inlines every lazy import (CommonJS has no chunks), so each run read and decoded
// @zxing/library (QR codes, 769 KB) and exifr (image metadata, 79 KB) though only a post with
// images loads them: a quarter of the script's 3.3 MB. The ES module build has each in a chunk of
// its own that imports nothing but esbuild's helpers (checked below), so the script imports that
// chunk instead, as the ES module bundle does.
import path from "node:path";

/** Imported only when a post's images are read; leaves of the module graph. */
const PACKAGES = /^(?:@zxing\/library|exifr)$/;

/**
 * The chunk of each dynamically imported file of the ES module build (from its esbuild metafile),
 * keyed by the file's absolute path, with the chunks it imports that hold more than esbuild's
 * helpers (chunks of no input files).
 * @param {import("esbuild").Metafile} metafile
 * @returns {Map<string, { file: string; shared: string[] }>}
 */
export function chunksOf(metafile) {
  const { outputs } = metafile;
  const chunks = new Map();
  for (const [out, meta] of Object.entries(outputs)) {
    if (meta.entryPoint === undefined) continue;
    const shared = meta.imports.filter((i) => !i.external && Object.keys(outputs[i.path]?.inputs ?? { unknown: 1 }).length > 0).map((i) => i.path);
    chunks.set(path.resolve(meta.entryPoint), { file: path.basename(out), shared });
  }
  return chunks;
}

/**
 * An esbuild plugin for the CommonJS build: `import()` of a package above becomes an import of
 * its chunk beside the script (bin/code-cache.js resolves it from the script's URL).
 * @param {ReturnType<typeof chunksOf>} chunks
 * @returns {import("esbuild").Plugin}
 */
export function esmChunks(chunks) {
  return {
    name: "esm-chunks",
    setup(b) {
      b.onResolve({ filter: PACKAGES }, async (args) => {
        if (args.kind !== "dynamic-import" || args.pluginData?.resolving) return undefined;
        const resolved = await b.resolve(args.path, { kind: args.kind, importer: args.importer, resolveDir: args.resolveDir, pluginData: { resolving: true } });
        const chunk = chunks.get(resolved.path);
        if (chunk === undefined) throw new Error(`${args.path}: no chunk of its own in the ES module build`);
        // A chunk sharing modules with others would load a second copy of their state.
        if (chunk.shared.length > 0) throw new Error(`${args.path}: its chunk imports ${chunk.shared.join(", ")}`);
        return { path: `./${chunk.file}`, external: true };
      });
    },
  };
}
