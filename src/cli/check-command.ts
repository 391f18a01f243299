import { checkDraft } from "../core/check";
import { overlay } from "../core/deskConfig";
import { CheckOptions } from "../core/options";
import { SourceArticle } from "../core/types";
import { configFinder, LoadedConfig, readConfig } from "./config";
import { readDrafts } from "./drafts";
import { TextFile } from "./files";
import { formatJson } from "./format/json";
import { formatSarif } from "./format/sarif";
import { formatText } from "./format/text";
import { CheckedFile, exitStatus } from "./report";
import { sourceReader, sourcesForDraft, sourcesRoot, SourceWarning } from "./sources";

export const FORMATS = ["text", "json", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckCommandOptions {
  source: string[];
  format: Format;
  config?: string;
  /** The source articles' publication, for numbers they state in their own voice. */
  publication?: string;
  /** How many consecutive source words make a run of uncredited copy; wins over the config file. */
  copyWords?: number;
  /** The folder a draft's front-matter sources must lie in; the working directory unless given. */
  sourcesRoot?: string;
}

/** Where a command's report goes, and what it needs to know about it. */
export interface Output {
  write(text: string): void;
  color: boolean;
  cwd: string;
}

interface Job {
  draft: TextFile;
  sources: SourceArticle[];
  checkOptions: Partial<CheckOptions>;
}

/**
 * Reads every draft, source and config before checking anything, so an
 * unreadable input named on the command line stops the run with exit 2 and
 * no half-written report; a front-matter source that cannot be used is only
 * a warning. `--config` names one file for every draft; without it each draft
 * is checked with the `.sayswho.json` nearest its folder. `--publication`
 * and `--copy-words` win over both.
 */
function prepare(
  args: readonly string[],
  options: CheckCommandOptions,
  readStdin: () => Uint8Array,
  cwd: string,
): { jobs: Job[]; warnings: SourceWarning[] } {
  const given = options.config ? readConfig(options.config) : undefined;
  const configFor: (path: string) => LoadedConfig | undefined = given ? () => given : configFinder(cwd);
  const reading = sourceReader(sourcesRoot(options.sourcesRoot ?? cwd));
  const publication = options.publication?.trim();
  const warnings: SourceWarning[] = [];
  const jobs = readDrafts(args, options.source, readStdin, (path) => configFor(path)?.sources ?? []).map((draft) => {
    const config = configFor(draft.path);
    const found = sourcesForDraft(draft, options.source, reading, config?.sources ?? []);
    warnings.push(...found.warnings);
    const checkOptions = overlay(config?.options ?? {}, {
      ...(publication ? { publication } : {}),
      ...(options.copyWords === undefined ? {} : { copyWords: options.copyWords }),
    });
    return { draft, sources: found.articles, checkOptions };
  });
  return { jobs, warnings };
}

/** Checks the drafts that the DRAFT arguments name (files, directories, glob patterns, `-` for standard input). */
export function checkFiles(
  args: readonly string[],
  options: CheckCommandOptions,
  readStdin: () => Uint8Array,
  cwd: string,
): { files: CheckedFile[]; warnings: SourceWarning[] } {
  const { jobs, warnings } = prepare(args, options, readStdin, cwd);
  const files = jobs.map(({ draft, sources, checkOptions }) => {
    try {
      return { path: draft.path, text: draft.text, findings: checkDraft(draft.text, sources, checkOptions).findings };
    } catch (error) {
      throw new Error(`checking '${draft.path}' failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
  return { files, warnings };
}

function format(files: readonly CheckedFile[], as: Format, out: Output): string {
  switch (as) {
    case "json":
      return formatJson(files);
    case "sarif":
      return formatSarif(files, out.cwd);
    case "text":
      return formatText(files, { color: out.color });
  }
}

/** A warning as the line stderr shows, led by the draft's path and line as compilers do. */
export function describeWarning(warning: SourceWarning): string {
  return `warning: ${warning.draft}:${warning.line}: ${warning.message}; the draft is checked without it`;
}

/**
 * `says-who check`: writes the report and returns the exit status (0 clean,
 * 1 unattributed claims); each warning goes to `warn`, before the report.
 */
export function runCheck(
  args: readonly string[],
  options: CheckCommandOptions,
  out: Output,
  readStdin: () => Uint8Array,
  warn: (line: string) => void,
): number {
  const { files, warnings } = checkFiles(args, options, readStdin, out.cwd);
  warnings.forEach((warning) => warn(describeWarning(warning)));
  out.write(format(files, options.format, out));
  return exitStatus(files);
}
