import { Stats, statSync } from "node:fs";
import { join } from "node:path";
import type { GlobOptions } from "tinyglobby";
import { InputError } from "./errors";
import { describeReadError } from "./files";

type Tinyglobby = typeof import("tinyglobby");
let loaded: Tinyglobby | undefined;

/**
 * The glob engine, loaded the first time an argument is a directory or a
 * pattern: a check of plain file paths does not pay for loading it.
 * Required, not imported: esbuild then bundles the CommonJS builds of
 * tinyglobby and fdir, whereas their ES module builds read import.meta.url,
 * which a CommonJS bundle does not have.
 */
function tinyglobby(): Tinyglobby {
  loaded ??= require("tinyglobby") as Tinyglobby;
  return loaded;
}

/** The file names a directory argument checks: Markdown and plain-text drafts. */
export const DRAFT_PATTERN = "**/*.{md,markdown,txt}";

/**
 * What every search for drafts leaves out: dependencies, dot-folders (.git,
 * .vscode) and dot-files, and symbolic links, which could lead outside the
 * folder or round in a loop.
 */
const SEARCH: GlobOptions = {
  ignore: ["**/node_modules/**"],
  dot: false,
  followSymbolicLinks: false,
  onlyFiles: true,
  expandDirectories: false,
};

/** Plain code-unit order: the same on every machine and in every locale. */
const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function statOf(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "ENOENT" || code === "ENOTDIR") return undefined;
    throw new InputError(`cannot read draft '${path}': ${describeReadError(error)}`);
  }
}

/** The drafts under a directory, at any depth, as paths that start with the directory as given. */
export function draftsInDirectory(dir: string): string[] {
  const found = tinyglobby().globSync(DRAFT_PATTERN, { ...SEARCH, cwd: dir, caseSensitiveMatch: false });
  if (found.length === 0) throw new InputError(`directory '${dir}' holds no drafts (*.md, *.markdown, *.txt)`);
  return found.sort(byCodeUnits).map((file) => join(dir, file));
}

/** Characters that may make a path segment a pattern: a segment without any is a plain folder name. */
const GLOB_CHARS = /[*?[\]{}()!+@\\]/;

/**
 * A pattern split into the folder it searches from and the pattern below it
 * ("../wires/2024-*.txt" into "../wires" and "2024-*.txt"), so that what is
 * skipped (node_modules, dot-folders) is judged below that folder, wherever
 * it is, and the matches keep the pattern's own beginning.
 */
export function splitPattern(pattern: string): { base: string; rest: string } {
  const segments = pattern.split("/");
  const found = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  const firstGlob = found < 0 ? segments.length - 1 : found;
  const base = segments.slice(0, firstGlob).join("/") || (pattern.startsWith("/") ? "/" : "");
  return { base, rest: segments.slice(firstGlob).join("/") };
}

/**
 * The files a glob pattern matches. The CLI expands patterns itself, so a
 * quoted pattern means the same in bash, zsh, cmd.exe and a CI runner's shell.
 */
export function draftsMatching(pattern: string): string[] {
  const { base, rest } = splitPattern(pattern);
  const found = tinyglobby().globSync(rest, { ...SEARCH, cwd: base || "." });
  if (found.length === 0) throw new InputError(`no file matches the pattern '${pattern}'`);
  return found.sort(byCodeUnits).map((file) => join(base, file));
}

/**
 * The draft paths one DRAFT argument stands for: an existing file is itself
 * (even if its name has glob characters, as in "draft [final].md"), a
 * directory its drafts, anything else a glob pattern.
 */
export function expandDraftArgument(arg: string): string[] {
  const stat = statOf(arg);
  if (stat?.isDirectory()) return draftsInDirectory(arg);
  if (stat || !tinyglobby().isDynamicPattern(arg)) return [arg];
  return draftsMatching(arg);
}
