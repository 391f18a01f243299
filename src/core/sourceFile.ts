/**
 * What makes a file usable as a source article, shared by the command line
 * and the extension so that CI and the editor refuse the same files. Pure:
 * each side reads the bytes its own way (Node's fs, vscode.workspace.fs).
 */

/**
 * The largest source article read, in bytes. A wire story or transcript is a
 * few dozen kilobytes; a file a thousand times that is a mistake (a log, a
 * dump, a PDF), and reading it would hold up every check of the draft.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

/** Why a file's bytes are not UTF-8 text. */
export type NotText = "utf-16" | "binary" | "invalid-utf-8";

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/**
 * Decodes bytes as UTF-8 and drops a leading BOM, so that offsets are UTF-16
 * code units into the same text an editor shows. Refuses anything that is not
 * UTF-8 text rather than guessing: a checker that silently replaced bytes
 * would report offsets that point at the wrong words.
 */
export function decodeUtf8(bytes: Uint8Array): { text: string } | { notText: NotText } {
  if (UTF16_BOMS.some(([first, second]) => bytes[0] === first && bytes[1] === second)) return { notText: "utf-16" };
  if (bytes.includes(0)) return { notText: "binary" };
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(bytes) };
  } catch {
    return { notText: "invalid-utf-8" };
  }
}

/**
 * Whether a source's name is a URL ("https://…", "file:///…") rather than a
 * path: Says Who reads no network, and joined to a folder such a name would
 * only give a confusing "not found".
 */
export function isUrl(name: string): boolean {
  return /^[a-z][a-z0-9+.-]*:\/\//i.test(name.trim());
}

/** A size in megabytes, rounded up to a tenth, so a file just over a limit never reads as equal to it. */
export function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} MB`;
}
