import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { gzipSync } from "node:zlib";

export interface FileSize {
  file: string;
  bytes: number;
  gzipBytes: number;
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((f) => {
      const path = join(dir, f);
      return statSync(path).isDirectory() ? jsFiles(path) : f.endsWith(".js") ? [path] : [];
    });
}

/** The bundles in dist/ and its folders (source maps apart: they are not loaded). */
export function bundleSizes(root: string): FileSize[] {
  const dist = join(root, "dist");
  if (!existsSync(dist)) return [];
  return jsFiles(dist).map((path) => {
    const bytes = readFileSync(path);
    return { file: relative(root, path), bytes: bytes.length, gzipBytes: gzipSync(bytes).length };
  });
}

export interface VsixSize {
  file?: string;
  bytes?: number;
  note: string;
}

/** Packages the extension with the project's own `npm run package` when it has one, and sizes the newest .vsix. */
export function vsixSize(root: string, allowPackaging: boolean): VsixSize {
  const scripts =
    (JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { scripts?: Record<string, string> }).scripts ??
    {};
  if (!scripts.package) return { note: "no `npm run package` script yet: .vsix not measured" };
  if (allowPackaging) {
    try {
      execFileSync("npm", ["run", "--silent", "package"], { cwd: root, stdio: "pipe", timeout: 300_000 });
    } catch (error) {
      return { note: `npm run package failed: ${(error as Error).message.split("\n")[0]}` };
    }
  }
  const newest = readdirSync(root)
    .filter((f) => f.endsWith(".vsix"))
    .map((f) => ({ f, s: statSync(join(root, f)) }))
    .sort((a, b) => b.s.mtimeMs - a.s.mtimeMs)[0];
  if (!newest) return { note: "npm run package left no .vsix in the repository root" };
  const when = allowPackaging ? "packaged by this run" : `packaged ${newest.s.mtime.toISOString()} (--no-package)`;
  return { file: newest.f, bytes: newest.s.size, note: when };
}
