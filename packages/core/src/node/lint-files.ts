import path from "node:path";
import { ConfigError, InputError } from "../errors.js";
import type { PostMetaInput } from "../front-matter.js";
import { loadDefaultPack } from "../lint.js";
import { createLinter, failedResult, fatalResult, type LintInput, type Linter } from "../linter.js";
import type { LintResult, RulePack } from "../types.js";
import { findConfig, loadConfigFile, loadPlugins, withConfigLine, type LoadedConfig } from "./config-loader.js";
import { expandPaths } from "./files.js";
import { DEFAULT_MAX_BYTES, readPostFile } from "./read-post.js";
import { createImageReader, type ImageReader } from "./images/read.js";
import type { ImageCache } from "./images/cache.js";

export interface FileLinterOptions {
  cwd?: string;
  /** `--config FILE`: use this config for every post instead of searching. */
  configFile?: string;
  /** Post fields from flags; each post's front matter wins. */
  meta?: Partial<PostMetaInput>;
  /** Rule packs besides the ones the config's `plugins` name; default: the default pack. */
  packs?: readonly RulePack[];
  fix?: boolean;
  reportUnusedDisable?: boolean;
  /** `--no-inline-config`: `"ignore"` treats in-text suppressions as absent. */
  inlineConfig?: LintInput["inlineConfig"];
  maxFileSize?: number;
  /** `false` (`--no-images`): images are not read. Otherwise the config's `images` decides. */
  images?: boolean;
  /** Where image contents are cached by content hash (`--cache`); default in memory. */
  imageCache?: ImageCache;
  /** Notices about images (no OCR engine), once per run. Default: stderr. */
  onNotice?: (message: string) => void;
  /** `--lint-timeout`: each post's time budget in milliseconds (see `LintInput.timeBudgetMs`). */
  timeBudgetMs?: number;
}

export interface FileLintOutcome {
  result: LintResult;
  /** The text that was linted, for excerpts; absent when the file could not be read. */
  text?: string;
}

/** Lints posts one file at a time, with one cached linter per config file. */
export interface FileLinter {
  lintFile(file: string): Promise<FileLintOutcome>;
  lintText(text: string, filePath: string, configDir?: string): Promise<FileLintOutcome>;
  /** The linter that applies to posts in `dir` (config search, plugins): throws ConfigError. */
  linterFor(dir: string): Promise<Linter>;
  /** The config that applies to posts in `dir`, with where its keys came from. */
  configFor(dir: string): Promise<LoadedConfig>;
}

export function createFileLinter(options: FileLinterOptions = {}): FileLinter {
  const cwd = options.cwd ?? process.cwd();
  const byConfigFile = new Map<string, Promise<Linter>>();
  const byDir = new Map<string, Promise<LoadedConfig>>();
  let fixed: Promise<LoadedConfig> | undefined;

  const configFor = (dir: string): Promise<LoadedConfig> => {
    if (options.configFile) return (fixed ??= loadConfigFile(path.resolve(cwd, options.configFile)));
    let p = byDir.get(dir);
    if (!p) byDir.set(dir, (p = findConfig(dir)));
    return p;
  };

  const linterFor = async (dir: string): Promise<Linter> => {
    const loaded = await configFor(dir);
    const key = loaded.filePath ?? "";
    let p = byConfigFile.get(key);
    if (!p) {
      p = (async () => {
        const packs = [...(options.packs ?? [await loadDefaultPack()]), ...(await loadPlugins(loaded.config, loaded.filePath ? path.dirname(loaded.filePath) : cwd))];
        try {
          return createLinter({ packs, config: loaded.config, ...(options.reportUnusedDisable ? { reportUnusedDisable: true } : {}), ...(options.onNotice ? { onNotice: options.onNotice } : {}) });
        } catch (error) {
          throw error instanceof ConfigError ? withConfigLine(error, loaded.filePath) : error;
        }
      })();
      byConfigFile.set(key, p);
    }
    return p;
  };

  const readers = new Map<string, ImageReader>();
  /** Images are read only when the post names some, and neither `--no-images` nor `images: false` says no. */
  const readImages = async (linter: Linter, text: string, dir: string) => {
    const settings = linter.config.images;
    if (options.images === false || settings === false) return undefined;
    const key = `${settings.ocr}:${settings.timeoutMs}`;
    let reader = readers.get(key);
    if (!reader) {
      reader = createImageReader({ ocr: settings.ocr, timeoutMs: settings.timeoutMs, ...(options.imageCache ? { cache: options.imageCache } : {}), ...(options.onNotice ? { onNotice: options.onNotice } : {}) });
      readers.set(key, reader);
    }
    const images = await reader.readPostImages(text, dir);
    return images.length ? images : undefined;
  };

  const lintText = async (text: string, filePath: string, configDir = cwd): Promise<FileLintOutcome> => {
    const linter = await linterFor(configDir);
    const images = await readImages(linter, text, configDir);
    let result: LintResult;
    try {
      result = await linter.lint({
        text,
        filePath,
        ...(options.meta ? { meta: options.meta } : {}),
        ...(options.fix ? { fix: true } : {}),
        ...(options.inlineConfig ? { inlineConfig: options.inlineConfig } : {}),
        ...(images ? { images } : {}),
        ...(options.timeBudgetMs ? { timeBudgetMs: options.timeBudgetMs } : {}),
      });
    } catch (error) {
      // The linter answers for each post itself; should a plugin's linter throw, only this post fails.
      result = failedResult(filePath, error);
    }
    return { result, text: result.output ?? text };
  };

  return {
    linterFor,
    configFor,
    lintText,
    async lintFile(file) {
      const abs = path.resolve(cwd, file);
      let text: string;
      try {
        text = await readPostFile(abs, options.maxFileSize ?? DEFAULT_MAX_BYTES);
      } catch (error) {
        if (error instanceof InputError) return { result: fatalResult(abs, error.reason, error.line ?? 1) };
        throw error;
      }
      return lintText(text, abs, path.dirname(abs));
    },
  };
}

/**
 * Lints files, folders and globs; results come in input order, one per post.
 * Throws `ConfigError` for a broken config or a pattern that matches nothing.
 */
export async function lintFiles(patterns: readonly string[], options: FileLinterOptions & { ignorePatterns?: string[] } = {}): Promise<LintResult[]> {
  const cwd = options.cwd ?? process.cwd();
  const files = await expandPaths(patterns, { cwd, ...(options.ignorePatterns ? { ignorePatterns: options.ignorePatterns } : {}) });
  const linter = createFileLinter(options);
  const results: LintResult[] = [];
  for (const file of files) results.push((await linter.lintFile(file)).result);
  return results;
}
