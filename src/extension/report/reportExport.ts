import type { ReportRow } from "./reportRows";

const COLUMNS: [header: string, cell: (row: ReportRow) => string][] = [
  ["Line", (row) => String(row.line)],
  ["Kind", (row) => row.kind],
  ["Status", (row) => row.status],
  ["Claim", (row) => row.text],
  ["Speaker", (row) => row.speaker],
  ["Source", (row) => row.sourceId],
  ["Source passage", (row) => row.passage],
];

/** The report as a Markdown table, for pasting into a ticket or an editor's note. */
export function reportMarkdown(title: string, rows: readonly ReportRow[]): string {
  const header = `| ${COLUMNS.map(([name]) => name).join(" | ")} |`;
  const rule = `| ${COLUMNS.map(() => "---").join(" | ")} |`;
  const body = rows.map((row) => `| ${COLUMNS.map(([, cell]) => markdownCell(cell(row))).join(" | ")} |`);
  return [`# Sourcing report: ${title}`, "", header, rule, ...body, ""].join("\n");
}

/** The report as RFC 4180 CSV, for a spreadsheet. */
export function reportCsv(rows: readonly ReportRow[]): string {
  const lines = [
    COLUMNS.map(([name]) => csvCell(name)),
    ...rows.map((row) => COLUMNS.map(([, cell]) => csvCell(cell(row)))),
  ];
  return lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

function markdownCell(text: string): string {
  return text.replace(/\s+/g, " ").replace(/\\/g, "\\\\").replace(/\|/g, "\\|").trim();
}

/**
 * Quotes every cell, and defuses cells a spreadsheet would run as a formula
 * (a claim such as "-40%" or "=SUM(...)" must stay text).
 */
function csvCell(text: string): string {
  const safe = /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
  return `"${safe.replace(/"/g, '""')}"`;
}
