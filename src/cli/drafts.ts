import { resolve } from "node:path";
import { InputError } from "./errors";
import { expandDraftArgument } from "./expand";
import { decodeText, describeReadError, readTextFile, STDIN_PATH, TextFile } from "./files";
import { frontMatterSources } from "./sources";

/** The DRAFT argument that stands for standard input. */
export const STDIN_ARG = "-";

/** A draft the command line names, read or with the reason it could not be. */
type Candidate = { path: string; file: TextFile } | { path: string; error: InputError };

function readStdinDraft(readStdin: () => Uint8Array): TextFile {
  let bytes: Uint8Array;
  try {
    bytes = readStdin();
  } catch (error) {
    throw new InputError(`cannot read standard input: ${describeReadError(error)}`);
  }
  return { path: STDIN_PATH, text: decodeText(bytes, "draft", STDIN_PATH) };
}

/** Every file the arguments stand for, in argument order, each file once. */
function draftPaths(args: readonly string[]): string[] {
  const seen = new Set<string>();
  const paths: string[] = [];
  for (const arg of args) {
    for (const path of arg === STDIN_ARG ? [STDIN_PATH] : expandDraftArgument(arg)) {
      const key = path === STDIN_PATH ? path : resolve(path);
      if (seen.has(key)) continue;
      seen.add(key);
      paths.push(path);
    }
  }
  return paths;
}

/**
 * A file that fails to read may yet turn out to be a source article (a binary
 * wire.pdf named in front matter), which is reported as a source: so the
 * error waits until it is known whether the file is a draft.
 */
function readCandidate(path: string, readStdin: () => Uint8Array): Candidate {
  if (path === STDIN_PATH) return { path, file: readStdinDraft(readStdin) };
  try {
    return { path, file: readTextFile(path, "draft") };
  } catch (error) {
    if (error instanceof InputError) return { path, error };
    throw error;
  }
}

/**
 * Absolute paths of every source article: those given with --source, those
 * any draft's front matter names and those the `.sayswho.json` governing a
 * candidate lists for its folder.
 */
function sourcePaths(
  candidates: readonly Candidate[],
  given: readonly string[],
  configSources: (path: string) => readonly string[],
): Set<string> {
  const named = candidates.flatMap((c) => ("file" in c ? frontMatterSources(c.file).map((s) => s.path) : []));
  const desk = candidates.flatMap((c) => (c.path === STDIN_PATH ? [] : configSources(c.path)));
  return new Set([...given, ...named, ...desk].map((path) => resolve(path)));
}

/**
 * Reads the drafts that DRAFT arguments name: files, directories (their
 * *.md, *.markdown and *.txt at any depth), glob patterns, and `-` for
 * standard input. A file that is a source article (named by --source or by
 * any named draft's front matter) is not checked as a draft, however it was
 * named, so `drafts/*` finds the same drafts whether the shell or the CLI
 * expands it.
 */
export function readDrafts(
  args: readonly string[],
  given: readonly string[],
  readStdin: () => Uint8Array,
  configSources: (path: string) => readonly string[] = () => [],
): TextFile[] {
  if (args.filter((arg) => arg === STDIN_ARG).length > 1) {
    throw new InputError(`standard input ('${STDIN_ARG}') can be named only once`);
  }
  const candidates = draftPaths(args).map((path) => readCandidate(path, readStdin));
  const sources = sourcePaths(candidates, given, configSources);
  const drafts = candidates.filter((c) => c.path === STDIN_PATH || !sources.has(resolve(c.path)));
  if (drafts.length === 0) {
    const named = candidates.map((c) => `'${c.path}'`).join(", ");
    throw new InputError(
      `no draft to check: ${named} ${candidates.length === 1 ? "is a source article" : "are source articles"} (named by --source, front matter or .sayswho.json)`,
    );
  }
  return drafts.map((c) => {
    if ("error" in c) throw c.error;
    return c.file;
  });
}
