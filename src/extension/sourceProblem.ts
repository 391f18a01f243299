/**
 * Why a source article a draft names cannot be used. Pure (no vscode), so the
 * rules are unit-tested; sourceArticles.ts gathers the facts (bytes, size,
 * errors, workspace trust) and diagnostics.ts reports them.
 */
export type SourceProblem =
  | { kind: "not-found" }
  | { kind: "unreadable"; reason: string }
  | { kind: "not-text"; reason: string }
  | { kind: "too-large"; bytes: number; limit: number }
  | { kind: "outside-untrusted" }
  | { kind: "link-untrusted" };

/**
 * The largest source article read, in bytes. A wire story or transcript is a
 * few dozen kilobytes; a file a thousand times that is a mistake (a log, a
 * dump, a PDF), and reading it would hold up every check of the draft.
 */
export const MAX_SOURCE_BYTES = 2 * 1024 * 1024;

const UTF16_BOMS = [
  [0xff, 0xfe],
  [0xfe, 0xff],
];

/**
 * What is wrong with a file's bytes as a source article, if anything: too
 * large, or not UTF-8 text. The same rules as the command line's decodeText,
 * so the editor and CI refuse the same files.
 */
export function sourceProblem(bytes: Uint8Array, limit = MAX_SOURCE_BYTES): SourceProblem | undefined {
  if (bytes.length > limit) return { kind: "too-large", bytes: bytes.length, limit };
  if (UTF16_BOMS.some(([first, second]) => bytes[0] === first && bytes[1] === second)) {
    return { kind: "not-text", reason: "it is UTF-16 encoded; save it as UTF-8" };
  }
  if (bytes.includes(0)) return { kind: "not-text", reason: "it contains NUL bytes, as binary files do" };
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return { kind: "not-text", reason: "it is not valid UTF-8" };
  }
  return undefined;
}

/** A source article's text, or why it cannot be used. A leading BOM is dropped, as the editor does. */
export function decodeSource(
  bytes: Uint8Array,
  limit = MAX_SOURCE_BYTES,
): { text: string } | { problem: SourceProblem } {
  const problem = sourceProblem(bytes, limit);
  if (problem) return { problem };
  return { text: new TextDecoder("utf-8").decode(bytes) };
}

/**
 * Whether a file lies inside one of the workspace folders. Both are URI paths
 * ("/home/ana/news/wire.txt") already normalized (vscode.Uri.joinPath resolves
 * `..`); a folder is inside itself, and "/news2" is not inside "/news".
 */
export function isInsideFolders(filePath: string, folderPaths: readonly string[]): boolean {
  return folderPaths.some((folder) => {
    const prefix = folder.endsWith("/") ? folder : `${folder}/`;
    return filePath === folder || filePath.startsWith(prefix);
  });
}

/** One sentence on why a named source is not used: a diagnostic's message, a log line, a tooltip line. */
export function describeSourceProblem(name: string, problem: SourceProblem): string {
  switch (problem.kind) {
    case "not-found":
      return `Source article not found: '${name}'.`;
    case "unreadable":
      return `Source article '${name}' could not be read (${problem.reason}), so it is not used.`;
    case "not-text":
      return `Source article '${name}' is not text (${problem.reason}), so it is not used.`;
    case "too-large":
      return `Source article '${name}' is ${megabytes(problem.bytes)}, over the ${megabytes(problem.limit)} limit for a source article, so it is not used.`;
    case "outside-untrusted":
      return `Source article '${name}' not read: outside the workspace in an untrusted workspace. Trust the workspace to use it.`;
    case "link-untrusted":
      return `Source article '${name}' not read: a symbolic link, which could lead outside the workspace, in an untrusted workspace. Trust the workspace to use it.`;
  }
}

/** Rounded up to a tenth, so a file just over the limit never reads as equal to it. */
function megabytes(bytes: number): string {
  const tenths = Math.ceil((bytes / (1024 * 1024)) * 10) / 10;
  return `${Number.isInteger(tenths) ? tenths : tenths.toFixed(1)} MB`;
}
