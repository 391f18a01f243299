import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { Run } from "./run";

/** A fresh temporary folder and a writer of files into it (sub-folders made as needed). */
export function scratchFolder(prefix: string): {
  dir: string;
  write: (relative: string, content: string | Uint8Array) => string;
} {
  const dir = mkdtempSync(join(tmpdir(), `says-who-${prefix}-`));
  const write = (relative: string, content: string | Uint8Array): string => {
    const path = join(dir, relative);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, content);
    return path;
  };
  return { dir, write };
}

/** Exit 2, nothing on stdout, and exactly one line on stderr that starts with the tool's name. */
export function assertOneLineError(run: Run, message: RegExp): void {
  assert.equal(run.status, 2, run.stderr);
  assert.equal(run.stdout, "");
  assert.match(run.stderr, /^says-who: [^\n]+\n$/);
  assert.match(run.stderr, message);
}
