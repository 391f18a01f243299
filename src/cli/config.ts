import { existsSync, statSync } from "node:fs";
import { dirname, isAbsolute, join, resolve } from "node:path";
import { CONFIG_FILE_NAME, ConfigError, DeskConfig, parseDeskConfig } from "../core/deskConfig";
import { InputError } from "./errors";
import { readTextFile, STDIN_PATH } from "./files";

/** A config file read, with its sources resolved against the file's own folder. */
export interface LoadedConfig extends DeskConfig {
  path: string;
}

/** Reads a config file's JSON; a problem is an InputError that names the file. */
export function parseConfig(text: string, path: string): DeskConfig {
  try {
    return parseDeskConfig(text);
  } catch (error) {
    if (error instanceof ConfigError) throw new InputError(`config '${path}': ${error.message}`);
    throw error;
  }
}

export function readConfig(path: string): LoadedConfig {
  const config = parseConfig(readTextFile(path, "config").text, path);
  const base = dirname(path);
  const sources = config.sources?.map((source) => (isAbsolute(source) ? source : join(base, source)));
  return { ...config, path, ...(sources ? { sources } : {}) };
}

const isFile = (path: string): boolean => existsSync(path) && statSync(path).isFile();

/**
 * The `.sayswho.json` that governs a draft: the nearest one in the draft's
 * folder or a folder above it (the working directory's for standard input).
 * Each folder is looked at once per run, however many drafts it holds.
 */
export function configFinder(cwd: string): (draftPath: string) => LoadedConfig | undefined {
  const found = new Map<string, LoadedConfig | undefined>();
  const lookIn = (folder: string): LoadedConfig | undefined => {
    if (found.has(folder)) return found.get(folder);
    const candidate = join(folder, CONFIG_FILE_NAME);
    const parent = dirname(folder);
    const config = isFile(candidate) ? readConfig(candidate) : parent !== folder ? lookIn(parent) : undefined;
    found.set(folder, config);
    return config;
  };
  return (draftPath) => lookIn(draftPath === STDIN_PATH ? resolve(cwd) : dirname(resolve(cwd, draftPath)));
}
