import { decodeUtf8, MAX_SOURCE_BYTES, megabytes, NotText } from "../core/sourceFile";

/**
 * Why a source article a draft names cannot be used. Pure (no vscode), so the
 * rules are unit-tested; sourceArticles.ts gathers the facts (bytes, size,
 * errors, workspace trust) and diagnostics.ts reports them.
 */
export type SourceProblem =
  | { kind: "not-found" }
  | { kind: "url" }
  | { kind: "not-a-file" }
  | { kind: "unreadable"; reason: string }
  | { kind: "not-text"; reason: string }
  | { kind: "too-large"; bytes: number; limit: number }
  | { kind: "outside-untrusted" }
  | { kind: "link-untrusted" };

const NOT_TEXT: Record<NotText, string> = {
  "utf-16": "it is UTF-16 encoded; save it as UTF-8",
  binary: "it contains NUL bytes, as binary files do",
  "invalid-utf-8": "it is not valid UTF-8",
};

/**
 * What is wrong with a file's bytes as a source article, if anything: too
 * large, or not UTF-8 text. The limit is checked on the bytes read, whatever
 * the file's size said beforehand.
 */
export function sourceProblem(bytes: Uint8Array, limit = MAX_SOURCE_BYTES): SourceProblem | undefined {
  const decoded = decodeSource(bytes, limit);
  return "problem" in decoded ? decoded.problem : undefined;
}

/** A source article's text, or why it cannot be used. A leading BOM is dropped, as the editor does. */
export function decodeSource(
  bytes: Uint8Array,
  limit = MAX_SOURCE_BYTES,
): { text: string } | { problem: SourceProblem } {
  if (bytes.length > limit) return { problem: { kind: "too-large", bytes: bytes.length, limit } };
  const decoded = decodeUtf8(bytes);
  return "notText" in decoded ? { problem: { kind: "not-text", reason: NOT_TEXT[decoded.notText] } } : decoded;
}

/**
 * Whether a file lies inside one of the workspace folders. Both are URI paths
 * ("/home/ana/news/wire.txt") already normalized (vscode.Uri.joinPath resolves
 * `..`); a folder is inside itself, and "/news2" is not inside "/news".
 */
export function isInsideFolders(filePath: string, folderPaths: readonly string[]): boolean {
  // A path that still holds "." or ".." segments was not normalized: it proves nothing about where it leads.
  if (filePath.split("/").some((segment) => segment === "." || segment === "..")) return false;
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
    case "url":
      return `Source article '${name}' is a URL; Says Who reads only files, so it is not used. Save the article as text and name the file.`;
    case "not-a-file":
      return `Source article '${name}' is not a regular file (a named pipe, a device or a socket), so it is not used.`;
    case "unreadable":
      return `Source article '${name}' could not be read (${problem.reason}), so it is not used.`;
    case "not-text":
      return `Source article '${name}' is not text (${problem.reason}), so it is not used.`;
    case "too-large":
      return `Source article '${name}' is ${megabytes(problem.bytes)}, over the ${megabytes(problem.limit)} limit for a source article, so it is not used.`;
    case "outside-untrusted":
      return `Source article '${name}' not read: outside the workspace in an untrusted workspace. Trust the workspace to use it.`;
    case "link-untrusted":
      return `Source article '${name}' not read: its path goes through a symbolic link, which could lead outside the workspace, in an untrusted workspace. Trust the workspace to use it.`;
  }
}
