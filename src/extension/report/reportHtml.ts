import type { ReportRow } from "./reportRows";

export interface ReportPage {
  title: string;
  rows: readonly ReportRow[];
  /** The webview's cspSource: the only origin styles and scripts may come from. */
  cspSource: string;
  nonce: string;
  styleUri: string;
  scriptUri: string;
}

const STATUS_LABELS: Record<ReportRow["status"], string> = {
  attributed: "Attributed",
  unattributed: "Unattributed",
  weak: "Weak",
};

/**
 * The sourcing report page. All draft and source text goes through
 * escapeHtml; the policy forbids inline handlers, remote content and any
 * script without the nonce.
 */
export function reportHtml(page: ReportPage): string {
  const csp = ["default-src 'none'", `style-src ${page.cspSource}`, `script-src 'nonce-${page.nonce}'`].join("; ");
  const counts = (["unattributed", "weak", "attributed"] as const)
    .map(
      (status) => `${page.rows.filter((row) => row.status === status).length} ${STATUS_LABELS[status].toLowerCase()}`,
    )
    .join(" · ");
  const body =
    page.rows.length === 0
      ? `<p class="empty">No quotes or numbers in this draft.</p>`
      : `<table>
<thead><tr><th>Line</th><th>Claim</th><th>Status</th><th>Speaker</th><th>Source passage</th></tr></thead>
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
<p class="counts">${escapeHtml(counts)}</p>
<div class="actions"><button type="button" data-export="markdown">Export Markdown</button><button type="button" data-export="csv">Export CSV</button></div>
</header>
${body}
<script nonce="${escapeHtml(page.nonce)}" src="${escapeHtml(page.scriptUri)}"></script>
</body>
</html>`;
}

function rowHtml(row: ReportRow, index: number): string {
  const source = row.passage
    ? `<blockquote>${escapeHtml(row.passage)}</blockquote><cite>${escapeHtml(row.sourceId)}</cite>`
    : "";
  return (
    `<tr class="status-${row.status}" data-index="${index}" tabindex="0" title="Go to line ${row.line}">` +
    `<td class="line">${row.line}</td>` +
    `<td class="claim"><span class="kind">${row.kind}</span> ${escapeHtml(row.text)}</td>` +
    `<td class="status">${STATUS_LABELS[row.status]}</td>` +
    `<td class="speaker">${escapeHtml(row.speaker)}</td>` +
    `<td class="source">${source}</td></tr>`
  );
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
