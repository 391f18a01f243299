import { Finding, FindingCode, Severity } from "../../core/types";
import { FINDING_NOUNS } from "../../core/policy/findingNouns";
import { positionsIn } from "../position";
import { CheckedFile } from "../report";
import { failsCheck } from "../rules";

export interface TextOptions {
  /** ANSI colours, for a terminal that wants them (not NO_COLOR, not a pipe). */
  color: boolean;
}

type Paint = (code: string, text: string) => string;

const ANSI = { bold: "1", dim: "2", underline: "4", red: "31", yellow: "33", blue: "34", green: "32" };

function painter(color: boolean): Paint {
  return color ? (code, text) => `\u001b[${code}m${text}\u001b[0m` : (_code, text) => text;
}

const SEVERITY_COLOR: Record<Severity, string> = {
  error: ANSI.red,
  warning: ANSI.yellow,
  information: ANSI.blue,
  hint: ANSI.dim,
};

const plural = (n: number, [one, many]: readonly [string, string]): string => `${n} ${n === 1 ? one : many}`;

interface Row {
  line: string;
  column: string;
  severity: Severity;
  message: string;
  code: string;
}

function rowsOf(file: CheckedFile): Row[] {
  const positionOf = positionsIn(file.text);
  return file.findings.map((f: Finding) => {
    const { line, column } = positionOf(f.start);
    return { line: String(line), column: String(column), severity: f.severity, message: f.message, code: f.code };
  });
}

/** The widest cell of a column; a loop, not Math.max(...), so a draft with 100,000 findings does not overflow the stack. */
const widest = (rows: Row[], cell: (row: Row) => string): number =>
  rows.reduce((w, r) => Math.max(w, cell(r).length), 0);

function formatFile(file: CheckedFile, paint: Paint): string {
  const rows = rowsOf(file);
  const widths = {
    line: widest(rows, (r) => r.line),
    column: widest(rows, (r) => r.column),
    severity: widest(rows, (r) => r.severity),
    message: widest(rows, (r) => r.message),
  };
  const lines = rows.map((r) => {
    const at = `${r.line.padStart(widths.line)}:${r.column.padEnd(widths.column)}`;
    const severity = paint(SEVERITY_COLOR[r.severity], r.severity.padEnd(widths.severity));
    return `  ${paint(ANSI.dim, at)}  ${severity}  ${r.message.padEnd(widths.message)}  ${paint(ANSI.dim, r.code)}`;
  });
  return `${paint(ANSI.underline, file.path)}\n${lines.join("\n")}\n`;
}

function summary(files: readonly CheckedFile[], paint: Paint): string {
  const counts = new Map<FindingCode, number>();
  for (const f of files.flatMap((file) => file.findings)) counts.set(f.code, (counts.get(f.code) ?? 0) + 1);
  const total = [...counts.values()].reduce((a, b) => a + b, 0);
  if (total === 0) return paint(ANSI.green, `✔ No problems (${plural(files.length, ["draft", "drafts"])} checked)`);
  const parts = (Object.keys(FINDING_NOUNS) as FindingCode[])
    .filter((code) => counts.has(code))
    .map((code) => plural(counts.get(code) ?? 0, FINDING_NOUNS[code]));
  const failing = files.some((file) => file.findings.some(failsCheck));
  return paint(
    `${ANSI.bold};${failing ? ANSI.red : ANSI.yellow}`,
    `✖ ${plural(total, ["problem", "problems"])} (${parts.join(", ")})`,
  );
}

/** A human-readable report in the manner of ESLint's "stylish": a block per draft with findings, then a summary. */
export function formatText(files: readonly CheckedFile[], options: TextOptions): string {
  const paint = painter(options.color);
  const blocks = files.filter((file) => file.findings.length > 0).map((file) => formatFile(file, paint));
  return `${[...blocks, summary(files, paint)].join("\n")}\n`;
}
