import { countsLine } from "./reportExport";
import { ReportRow, STATUS_LABELS, STATUS_ORDER, statusCounts } from "./reportRows";

export interface ReportPage {
  title: string;
  rows: readonly ReportRow[];
  /** The webview's cspSource: the only origin styles and scripts may come from. */
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
}

/**
 * The sourcing report page. All draft and source text goes through
 * escapeHtml; the policy forbids inline handlers, remote content and any
 * script without the nonce. Its table wraps rather than scrolls sideways;
 * report.js sorts it by column and filters it by status.
 */
export function reportHtml(page: ReportPage): string {
  const csp = ["default-src 'none'", `style-src ${page.cspSource}`, `script-src 'nonce-${page.nonce}'`].join("; ");
  const counts = statusCounts(page.rows);
  const filters = STATUS_ORDER.map(
    (status) =>
      `<label class="filter status-${status}"><input type="checkbox" data-filter="${status}" checked> ${STATUS_LABELS[status]} <span class="count">${counts[status]}</span></label>`,
  ).join("");
  const body =
    page.rows.length === 0
      ? `<p class="empty">No quotes or numbers in this draft.</p>`
      : `<div class="filters" role="group" aria-label="Show claims by status">${filters}</div>
<table>
<colgroup><col class="line"><col class="claim"><col class="status"><col class="speaker"><col class="source"></colgroup>
<thead><tr>${sortHeader("line", "Line")}${sortHeader("claim", "Claim")}${sortHeader("status", "Status")}${sortHeader("speaker", "Speaker")}<th scope="col">Source passage</th></tr></thead>
<tbody>
${page.rows.map(rowHtml).join("\n")}
</tbody>
</table>`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${escapeHtml(page.styleUri)}">
<title>Sourcing report</title>
</head>
<body>
<header>
<h1>Sourcing report: ${escapeHtml(page.title)}</h1>
<p class="counts">${escapeHtml(countsLine(page.rows))}</p>
<div class="actions"><button type="button" data-export="markdown">Export Markdown</button><button type="button" data-export="csv">Export CSV</button><button type="button" data-export="json">Export JSON</button></div>
</header>
${body}
<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}

function sortHeader(key: string, label: string): string {
  return `<th scope="col" aria-sort="${key === "line" ? "ascending" : "none"}"><button type="button" class="sort" data-sort="${key}">${label}</button></th>`;
}

function rowHtml(row: ReportRow, index: number): string {
  const source = row.passage
    ? `<blockquote>${escapeHtml(row.passage)}</blockquote><cite>${escapeHtml(row.sourceId)}</cite>`
    : `<span class="none">${row.sourceId ? "" : "Not in the source article"}</span>`;
  const credit = row.credit ? `<span class="credit">${escapeHtml(row.credit)}</span>` : "";
  return (
    `<tr class="status-${row.status}" data-index="${index}" data-line="${row.line}" data-status="${STATUS_ORDER.indexOf(row.status)}" ` +
    `data-speaker="${escapeHtml(row.speaker.toLowerCase())}" data-claim="${escapeHtml(row.text.toLowerCase())}" tabindex="0" title="Go to line ${row.line}">` +
    `<td class="line">${row.line}</td>` +
    `<td class="claim"><span class="kind">${row.kind}</span> ${escapeHtml(row.text)}</td>` +
    `<td class="status"><span class="label">${escapeHtml(row.statusText)}</span>${credit}</td>` +
    `<td class="speaker">${escapeHtml(row.speaker)}</td>` +
    `<td class="source">${source}</td></tr>`
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
