import type { ExportFormat } from "./reportExport";

/** What the report webview may ask of the extension. Anything else is ignored. */
export type ReportMessage = { type: "reveal"; index: number } | { type: "export"; format: ExportFormat };

const FORMATS: readonly string[] = ["markdown", "csv", "json"] satisfies ExportFormat[];

/**
 * Validates a message from the webview. The page is ours, but its messages
 * cross a trust boundary: a row index must name an existing row, a format
 * one we export.
 */
export function parseReportMessage(message: unknown, rowCount: number): ReportMessage | undefined {
  if (typeof message !== "object" || message === null) return undefined;
  const { type, index, format } = message as Record<string, unknown>;
  if (type === "reveal" && Number.isInteger(index) && (index as number) >= 0 && (index as number) < rowCount) {
    return { type, index: index as number };
  }
  if (type === "export" && typeof format === "string" && FORMATS.includes(format)) {
    return { type, format: format as ExportFormat };
  }
  return undefined;
}
