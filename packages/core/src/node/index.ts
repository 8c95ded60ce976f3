/** Node-only helpers: config search (cosmiconfig), reading post files, globbing, linting files. */
export { clearConfigCache, findConfig, importPack, loadConfigFile, loadPlugins, type LoadedConfig } from "./config-loader.js";
export { createFileLinter, lintFiles, type FileLinter, type FileLinterOptions, type FileLintOutcome } from "./lint-files.js";
export { expandPaths, POST_EXTENSIONS, type ExpandOptions, type SkippedPath } from "./files.js";
export { DEFAULT_MAX_BYTES, decodePost, encodePost, encodingOf, formatBytes, parseBytes, readPostFile, type PostEncoding } from "./read-post.js";
export { configKeyOf, openCache, type LintCache } from "./cache.js";
export { lintNdjson, type ImageData, type NdjsonResult } from "./ndjson.js";
export { createImageReader, imagesStamp, readImageData, DEFAULT_IMAGE_MAX_BYTES, type ImageReader, type ImageReaderOptions } from "./images/read.js";
export { fileImageCache, memoryImageCache, type CachedImage, type ImageCache } from "./images/cache.js";
export { imageRefsOf } from "./images/refs.js";
export { loadRulesDir, resolveExtends } from "./extends.js";
