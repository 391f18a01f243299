import { checkDraft } from "../core/check";
import { CheckOptions, SourceArticle } from "../core/types";
import { readConfig } from "./config";
import { readDrafts } from "./drafts";
import { TextFile } from "./files";
import { formatJson } from "./format/json";
import { formatSarif } from "./format/sarif";
import { formatText } from "./format/text";
import { CheckedFile, exitStatus } from "./report";
import { sourceReader, sourcesForDraft } from "./sources";

export const FORMATS = ["text", "json", "sarif"] as const;
export type Format = (typeof FORMATS)[number];

export interface CheckCommandOptions {
  source: string[];
  format: Format;
  config?: string;
  /** The source articles' publication, for numbers they state in their own voice. */
  publication?: string;
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
}

/**
 * Reads every draft, source and the config before checking anything, so an
 * unreadable input stops the run with exit 2 and no half-written report.
 */
function prepare(
  args: readonly string[],
  options: CheckCommandOptions,
  readStdin: () => Uint8Array,
): { jobs: Job[]; checkOptions: Partial<CheckOptions> } {
  const checkOptions = options.config ? readConfig(options.config) : {};
  const read = sourceReader();
  const publication = options.publication?.trim();
  const jobs = readDrafts(args, options.source, readStdin).map((draft) => {
    const sources = sourcesForDraft(draft, options.source, read);
    return { draft, sources: publication ? sources.map((s) => ({ ...s, publication })) : sources };
  });
  return { jobs, checkOptions };
}

/** Checks the drafts that the DRAFT arguments name (files, directories, glob patterns, `-` for standard input). */
export function checkFiles(
  args: readonly string[],
  options: CheckCommandOptions,
  readStdin: () => Uint8Array,
): CheckedFile[] {
  const { jobs, checkOptions } = prepare(args, options, readStdin);
  return jobs.map(({ draft, sources }) => {
    try {
      return { path: draft.path, text: draft.text, findings: checkDraft(draft.text, sources, checkOptions).findings };
    } catch (error) {
      throw new Error(`checking '${draft.path}' failed: ${error instanceof Error ? error.message : String(error)}`);
    }
  });
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

/** `says-who check`: writes the report and returns the exit status (0 clean, 1 unattributed claims). */
export function runCheck(
  args: readonly string[],
  options: CheckCommandOptions,
  out: Output,
  readStdin: () => Uint8Array,
): number {
  const files = checkFiles(args, options, readStdin);
  out.write(format(files, options.format, out));
  return exitStatus(files);
}
