import { readFileSync } from "node:fs";
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

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

/**
 * Decodes a file's bytes as UTF-8 and drops a leading BOM, so that offsets are
 * UTF-16 code units into the same text an editor shows. Refuses anything that
 * is not UTF-8 text rather than guessing: a checker that silently replaced
 * bytes would report offsets that point at the wrong words.
 */
export function decodeText(bytes: Uint8Array, role: FileRole, path: string): string {
  if (UTF16_BOMS.some((bom) => startsWith(bytes, bom))) {
    throw new InputError(`${role} '${path}' is UTF-16 encoded; save it as UTF-8 and try again`);
  }
  if (bytes.includes(0)) {
    throw new InputError(
      `${role} '${path}' looks like a binary file (it contains NUL bytes); Says Who reads UTF-8 text`,
    );
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new InputError(`${role} '${path}' is not valid UTF-8; save it as UTF-8 and try again`);
  }
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

/** Reads a file as UTF-8 text, or throws an InputError that says why it cannot. */
export function readTextFile(path: string, role: FileRole): TextFile {
  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "EISDIR") {
      throw new InputError(`${role} '${path}' is a directory, not a file`);
    }
    throw new InputError(`cannot read ${role} '${path}': ${describeReadError(error)}`);
  }
  return { path, text: decodeText(bytes, role, path) };
}
