import { readFileSync, renameSync, unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { Script } from "node:vm";

/**
 * dist/cli.js: the command line (src/cli/main.ts, bundled), held in a comment
 * at the end of this file and compiled with V8's code cache, so that a run
 * starts from the bytecode the last check compiled instead of compiling it
 * again, the largest part of a short check's start-up. In a comment, the
 * code costs Node only a scan for its end when it loads this file; esbuild.mjs
 * puts it there, each "*" + "/" in it written with CLOSE_MARK between the two
 * characters, and fills in its hash.
 *
 * The cache lies beside this file, named for the code, Node's version and the
 * machine, so an upgrade or another Node never reads one made for other code
 * (V8 checks only the length of the source); V8 rejects one that does not fit
 * and the run compiles as if there were none. Only a check that ran to its
 * report writes it (a cache from `--help` would hold none of the checker),
 * when there is none or V8 rejected it, through a temporary file renamed into
 * place so that runs side by side never read half of one. Where the folder is
 * not writable (a global install), no cache is kept and nothing else changes.
 */
declare const CODE_START: string;
declare const CLOSE_MARK: string;
declare const CLI_HASH: string;

const cacheFile = join(__dirname, `cli-${CLI_HASH}-${process.version}-${process.arch}.v8cache`);

function readCache(): Buffer | undefined {
  try {
    return readFileSync(cacheFile);
  } catch {
    return undefined;
  }
}

function writeCache(script: Script): void {
  const temporary = `${cacheFile}.${process.pid}.tmp`;
  try {
    writeFileSync(temporary, script.createCachedData());
    renameSync(temporary, cacheFile);
  } catch {
    try {
      unlinkSync(temporary);
    } catch {
      // Nothing was written.
    }
  }
}

/** A check that reported (exit 0 or 1) ran the checker, whose code is what the cache is for. */
const ranACheck = (): boolean => process.argv.includes("check") && (process.exitCode === 0 || process.exitCode === 1);

/** The command line's code, from the comment that ends this file. */
function code(): string {
  const file = readFileSync(__filename, "utf8");
  const start = file.lastIndexOf(CODE_START) + CODE_START.length;
  return file.slice(start, file.lastIndexOf("*/")).replaceAll(`*${CLOSE_MARK}/`, "*/");
}

const cachedData = readCache();
const script = new Script(`(function (exports, require, module, __filename, __dirname) {${code()}\n})`, {
  filename: __filename,
  cachedData,
});
if (cachedData === undefined || script.cachedDataRejected)
  process.once("exit", () => {
    if (ranACheck()) writeCache(script);
  });
(script.runInThisContext() as (...args: unknown[]) => void)(exports, require, module, __filename, __dirname);
