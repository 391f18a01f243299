import { ReportRow, STATUS_ORDER, statusCounts } from "./reportRows";

const COLUMNS: [header: string, cell: (row: ReportRow) => string][] = [
  ["Line", (row) => String(row.line)],
  ["Kind", (row) => row.kind],
  ["Status", (row) => row.statusText],
  ["Claim", (row) => row.text],
  ["Credit in draft", (row) => row.credit],
  ["Speaker", (row) => row.speaker],
  ["Source", (row) => row.sourceId],
  ["Source passage", (row) => row.passage],
];

export type ExportFormat = "markdown" | "csv" | "json";

/** The counts line every view of the report shares: "2 unattributed · 0 weak · 5 attributed · 1 ignored". */
export function countsLine(rows: readonly ReportRow[]): string {
  const counts = statusCounts(rows);
  return STATUS_ORDER.map((status) => `${counts[status]} ${status}`).join(" · ");
}

/** The report as a Markdown table, for pasting into a ticket or an editor's note. */
export function reportMarkdown(title: string, rows: readonly ReportRow[]): string {
  const header = `| ${COLUMNS.map(([name]) => name).join(" | ")} |`;
  const rule = `| ${COLUMNS.map(() => "---").join(" | ")} |`;
  const body = rows.map((row) => `| ${COLUMNS.map(([, cell]) => markdownCell(cell(row))).join(" | ")} |`);
  return [`# Sourcing report: ${title}`, "", countsLine(rows), "", header, rule, ...body, ""].join("\n");
}

/** The report as RFC 4180 CSV, for a spreadsheet. */
export function reportCsv(rows: readonly ReportRow[]): string {
  const lines = [
    COLUMNS.map(([name]) => csvCell(name)),
    ...rows.map((row) => COLUMNS.map(([, cell]) => csvCell(cell(row)))),
  ];
  return lines.map((cells) => cells.join(",")).join("\r\n") + "\r\n";
}

/** The report as JSON, for tools: the same rows and counts, with offsets into the draft. */
export function reportJson(title: string, rows: readonly ReportRow[]): string {
  return (
    JSON.stringify(
      {
        draft: title,
        counts: statusCounts(rows),
        claims: rows.map((row) => ({
          line: row.line,
          start: row.start,
          end: row.end,
          kind: row.kind,
          status: row.status,
          statusText: row.statusText,
          claim: row.text,
          credit: row.credit,
          speaker: row.speaker,
          source: row.sourceId,
          passage: row.passage,
        })),
      },
      null,
      2,
    ) + "\n"
  );
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
