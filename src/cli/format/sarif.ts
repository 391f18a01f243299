import { relative, resolve, sep } from "node:path";
import { pathToFileURL } from "node:url";
import type { ArtifactLocation, Fix as SarifFix, Log, Region, Result } from "sarif";
import { Finding, Fix, Severity } from "../../core/types";
import { TOOL } from "../about";
import { LineColumn, positionsIn } from "../position";
import { CheckedFile, preferredFirst } from "../report";
import { helpUri, README_URL, RULES } from "../rules";

const SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";
/** The base all artifact URIs are relative to: the directory the check ran in. */
const ROOT = "SRCROOT";

const LEVEL: Record<Severity, Result.level> = {
  error: "error",
  warning: "warning",
  information: "note",
  hint: "note",
};

/**
 * A path as a URI reference relative to the working directory, each segment
 * percent-encoded; a path on another Windows drive becomes a file URI.
 */
export function artifactUri(path: string, cwd: string): string {
  const absolute = resolve(cwd, path);
  const rel = relative(cwd, absolute);
  if (/^[a-zA-Z]:/.test(rel)) return pathToFileURL(absolute).href;
  return rel.split(sep).map(encodeURIComponent).join("/");
}

/** SARIF requires a base URI to end with a slash. */
function directoryUri(dir: string): string {
  const href = pathToFileURL(dir).href;
  return href.endsWith("/") ? href : `${href}/`;
}

type PositionOf = (offset: number) => LineColumn;

function region(start: number, end: number, positionOf: PositionOf): Region {
  const from = positionOf(start);
  const to = positionOf(end);
  return {
    startLine: from.line,
    startColumn: from.column,
    endLine: to.line,
    endColumn: to.column,
    charOffset: start,
    charLength: end - start,
  };
}

function sarifFix(fix: Fix, location: ArtifactLocation, positionOf: PositionOf): SarifFix {
  return {
    description: { text: fix.title },
    artifactChanges: [
      {
        artifactLocation: location,
        replacements: fix.edits.map((edit) => ({
          deletedRegion: region(edit.start, edit.end, positionOf),
          insertedContent: { text: edit.newText },
        })),
      },
    ],
  };
}

function result(
  finding: Finding,
  file: CheckedFile,
  location: ArtifactLocation,
  positionOf: PositionOf,
  cwd: string,
): Result {
  const { start, end, evidence } = finding;
  const fixes = preferredFirst(finding.fixes).map((fix) => sarifFix(fix, location, positionOf));
  return {
    ruleId: finding.code,
    ruleIndex: RULES.findIndex((rule) => rule.code === finding.code),
    level: LEVEL[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: location,
          region: { ...region(start, end, positionOf), snippet: { text: file.text.slice(start, end) } },
        },
      },
    ],
    relatedLocations: evidence && [
      {
        id: 0,
        message: {
          text: evidence.speaker ? `Source article passage (speaker: ${evidence.speaker})` : "Source article passage",
        },
        physicalLocation: {
          artifactLocation: { uri: artifactUri(evidence.sourceId, cwd), uriBaseId: ROOT },
          region: { charOffset: evidence.start, charLength: evidence.end - evidence.start },
        },
      },
    ],
    fixes: fixes.length > 0 ? fixes : undefined,
  };
}

/** A SARIF 2.1.0 log of a check, for code-scanning dashboards. Paths are relative to `cwd`. */
export function sarifLog(files: readonly CheckedFile[], cwd: string): Log {
  return {
    $schema: SCHEMA,
    version: "2.1.0",
    runs: [
      {
        tool: {
          driver: {
            name: TOOL.name,
            version: TOOL.version,
            informationUri: README_URL,
            rules: RULES.map((rule) => ({
              id: rule.code,
              name: rule.name,
              shortDescription: { text: rule.summary },
              helpUri: helpUri(rule.code),
            })),
          },
        },
        originalUriBaseIds: { [ROOT]: { uri: directoryUri(cwd) } },
        columnKind: "utf16CodeUnits",
        results: files.flatMap((file) => {
          const location: ArtifactLocation = { uri: artifactUri(file.path, cwd), uriBaseId: ROOT };
          const positionOf = positionsIn(file.text);
          return file.findings.map((finding) => result(finding, file, location, positionOf, cwd));
        }),
      },
    ],
  };
}

export function formatSarif(files: readonly CheckedFile[], cwd: string): string {
  return `${JSON.stringify(sarifLog(files, cwd), null, 2)}\n`;
}
