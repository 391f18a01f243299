import { closeSync, constants, fstatSync, openSync, readSync, Stats } from "node:fs";
import { decodeUtf8, MAX_SOURCE_BYTES, megabytes } from "../core/sourceFile";
import { InputError } from "./errors";

/** A file read as text, with the path as the user gave it (shown in reports). */
export interface TextFile {
  path: string;
  text: string;
}

/** How reports name a draft read from standard input (`-`). */
export const STDIN_PATH = "<stdin>";

/** What a file is to the command line: named in every message about it. */
export type FileRole = "draft" | "source" | "config";

/**
 * How much of a file of each role is read at most. Only source articles have
 * a limit (the README's 2 MB): a draft is the user's own text, however long.
 */
const LIMITS: Record<FileRole, number> = {
  draft: Infinity,
  source: MAX_SOURCE_BYTES,
  config: MAX_SOURCE_BYTES,
};

const NOT_TEXT = {
  "utf-16": "is UTF-16 encoded; save it as UTF-8 and try again",
  binary: "looks like a binary file (it contains NUL bytes); Says Who reads UTF-8 text",
  "invalid-utf-8": "is not valid UTF-8; save it as UTF-8 and try again",
} as const;

/** Decodes a file's bytes as UTF-8 text (a leading BOM dropped), or throws an InputError that says why they are not. */
export function decodeText(bytes: Uint8Array, role: FileRole, path: string): string {
  const decoded = decodeUtf8(bytes);
  if ("notText" in decoded) throw new InputError(`${role} '${path}' ${NOT_TEXT[decoded.notText]}`);
  return decoded.text;
}

/** Why a file system call failed, in words for a one-line message. */
export function describeReadError(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
    case "ENOTDIR":
      return "no such file";
    case "EACCES":
    case "EPERM":
      return "permission denied";
    case "ELOOP":
      return "too many symbolic links (a link that points back at itself?)";
    default:
      return code ?? String(error);
  }
}

/** What a file that is neither a regular file nor a folder is, for the message that refuses it. */
function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return "a named pipe";
  if (stat.isSocket()) return "a socket";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  return "not a regular file";
}

// Opening a named pipe blocks until something writes to it, unless non-blocking;
// on a regular file the flag changes nothing. Windows has no such flag (nor pipes in the tree).
const OPEN_FLAGS = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0);
const CHUNK = 1 << 20;

export interface ReadOptions {
  /** The path opened, when it differs from the one shown (a source's resolved path). */
  open?: string;
  /** Refuse a symbolic link as the last part of the path (the path was resolved already: a link there now is a swap). */
  noFollow?: boolean;
}

/**
 * Reads a regular file's bytes, at most its role's limit: the limit is checked
 * on what is read, not on a size reported beforehand (a named pipe or
 * /dev/zero reports 0 bytes and never ends). The type is checked on the file
 * opened, so it cannot change in between.
 */
function readRegularFile(path: string, role: FileRole, options: ReadOptions): Buffer {
  let fd: number;
  try {
    fd = openSync(options.open ?? path, OPEN_FLAGS | (options.noFollow ? (constants.O_NOFOLLOW ?? 0) : 0));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EISDIR") {
      throw new InputError(`${role} '${path}' is a directory, not a file`);
    }
    throw new InputError(`cannot read ${role} '${path}': ${describeReadError(error)}`);
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) throw new InputError(`${role} '${path}' is a directory, not a file`);
    if (!stat.isFile())
      throw new InputError(`${role} '${path}' is ${specialKind(stat)}, not a file; Says Who reads only files`);
    const limit = LIMITS[role];
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK, limit + 1 - total));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      chunks.push(chunk.subarray(0, read));
      total += read;
      if (total > limit) {
        throw new InputError(`${role} '${path}' is over the ${megabytes(limit)} limit; it is not read`);
      }
    }
    return Buffer.concat(chunks, total);
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(`cannot read ${role} '${path}': ${describeReadError(error)}`);
  } finally {
    closeSync(fd);
  }
}

/** Reads a regular file as UTF-8 text, or throws an InputError that says why it cannot. */
export function readTextFile(path: string, role: FileRole, options: ReadOptions = {}): TextFile {
  return { path, text: decodeText(readRegularFile(path, role, options), role, path) };
}
