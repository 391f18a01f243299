import { FindingCode, Severity } from "../../core/types";
import { positionsIn } from "../position";
import { CheckedFile, preferredFirst } from "../report";

/** The `--format json` output, version 1 (see the README). Fields are only ever added. */
export interface JsonReport {
  version: 1;
  files: JsonFile[];
}

export interface JsonFile {
  path: string;
  findings: JsonFinding[];
}

export interface JsonFinding {
  code: FindingCode;
  severity: Severity;
  start: number;
  end: number;
  line: number;
  column: number;
  text: string;
  message: string;
  evidence?: { source: string; start: number; end: number; speaker?: string };
  /** The first fix is the preferred one. */
  fixes: { title: string; edits: { start: number; end: number; newText: string }[] }[];
  /** Why there is no fix, when there is none. */
  noFix?: string;
}

function jsonFile(file: CheckedFile): JsonFile {
  const positionOf = positionsIn(file.text);
  return {
    path: file.path,
    findings: file.findings.map((f): JsonFinding => {
      const { line, column } = positionOf(f.start);
      const evidence = f.evidence && {
        source: f.evidence.sourceId,
        start: f.evidence.start,
        end: f.evidence.end,
        speaker: f.evidence.speaker,
      };
      return {
        code: f.code,
        severity: f.severity,
        start: f.start,
        end: f.end,
        line,
        column,
        text: file.text.slice(f.start, f.end),
        message: f.message,
        evidence,
        fixes: preferredFirst(f.fixes).map((fix) => ({
          title: fix.title,
          edits: fix.edits.map(({ start, end, newText }) => ({ start, end, newText })),
        })),
        ...(f.noFix ? { noFix: f.noFix } : {}),
      };
    }),
  };
}

export function jsonReport(files: readonly CheckedFile[]): JsonReport {
  return { version: 1, files: files.map(jsonFile) };
}

export function formatJson(files: readonly CheckedFile[]): string {
  return `${JSON.stringify(jsonReport(files), null, 2)}\n`;
}
