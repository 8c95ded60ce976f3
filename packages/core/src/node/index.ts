/** Node-only helpers: config search (cosmiconfig), reading post files, globbing, linting files. */
export { clearConfigCache, findConfig, loadConfigFile, loadPlugins, type LoadedConfig } from "./config-loader.js";
export { createFileLinter, lintFiles, type FileLinter, type FileLinterOptions, type FileLintOutcome } from "./lint-files.js";
export { expandPaths, POST_EXTENSIONS, type ExpandOptions } from "./files.js";
export { DEFAULT_MAX_BYTES, decodePost, formatBytes, parseBytes, readPostFile } from "./read-post.js";
export { configKeyOf, openCache, type LintCache } from "./cache.js";
export { lintNdjson, type NdjsonResult } from "./ndjson.js";
