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
  checkOptions: Partial<CheckOptions>;
}

/**
 * Reads every draft, source and config before checking anything, so an
 * unreadable input stops the run with exit 2 and no half-written report.
 * `--config` names one file for every draft; without it each draft is checked
 * with the `.sayswho.json` nearest its folder. `--publication` wins over both.
 */
function prepare(
  args: readonly string[],
  options: CheckCommandOptions,
  readStdin: () => Uint8Array,
  cwd: string,
): Job[] {
  const given = options.config ? readConfig(options.config) : undefined;
  const configFor: (path: string) => LoadedConfig | undefined = given ? () => given : configFinder(cwd);
  const read = sourceReader();
  const publication = options.publication?.trim();
  return readDrafts(args, options.source, readStdin).map((draft) => {
    const config = configFor(draft.path);
    const sources = sourcesForDraft(draft, options.source, read, config?.sources ?? []);
    const checkOptions = overlay(config?.options ?? {}, publication ? { publication } : {});
    return { draft, sources, checkOptions };
  });
}

/** Checks the drafts that the DRAFT arguments name (files, directories, glob patterns, `-` for standard input). */
export function checkFiles(
  args: readonly string[],
  options: CheckCommandOptions,
  readStdin: () => Uint8Array,
  cwd = ".",
): CheckedFile[] {
  return prepare(args, options, readStdin, cwd).map(({ draft, sources, checkOptions }) => {
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
  const files = checkFiles(args, options, readStdin, out.cwd);
  out.write(format(files, options.format, out));
  return exitStatus(files);
}
