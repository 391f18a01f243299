import * as vscode from "vscode";
import type { CheckedDraft } from "../checkedDraft";
import type { DraftChecker } from "../draftChecker";
import { loadEngine } from "../engine";
import { ExportFormat, reportCsv, reportJson, reportMarkdown } from "./reportExport";
import { reportHtml } from "./reportHtml";
import { parseReportMessage } from "./reportMessages";
import { ReportRow, reportRows } from "./reportRows";

export const REPORT_VIEW_TYPE = "saysWho.sourcingReport";

/**
 * The sourcing report of one draft in a webview: every claim with its
 * status, speaker and source passage. It follows the draft as it is
 * re-checked; a row jumps to its claim; the report exports as Markdown or CSV.
 */
export class ReportPanel implements vscode.Disposable {
  private static readonly open = new Map<string, ReportPanel>();
  private rows: ReportRow[] = [];
  private readonly subscriptions: vscode.Disposable[] = [];

  static async show(checker: DraftChecker, extensionUri: vscode.Uri, checked: CheckedDraft): Promise<ReportPanel> {
    const existing = ReportPanel.open.get(checked.uri.toString());
    if (existing) {
      await existing.render(checked);
      existing.panel.reveal(vscode.ViewColumn.Beside);
      return existing;
    }
    const media = vscode.Uri.joinPath(extensionUri, "media");
    const panel = vscode.window.createWebviewPanel(
      REPORT_VIEW_TYPE,
      `Sourcing: ${fileName(checked.uri)}`,
      vscode.ViewColumn.Beside,
      {
        enableScripts: true,
        localResourceRoots: [media],
      },
    );
    const report = new ReportPanel(panel, checker, media, checked);
    ReportPanel.open.set(checked.uri.toString(), report);
    await report.render(checked);
    return report;
  }

  private constructor(
    private readonly panel: vscode.WebviewPanel,
    checker: DraftChecker,
    private readonly media: vscode.Uri,
    private checked: CheckedDraft,
  ) {
    this.subscriptions.push(
      panel.onDidDispose(() => this.dispose()),
      panel.webview.onDidReceiveMessage((message: unknown) => this.receive(message)),
      checker.onDidUpdate((uri) => {
        if (uri.toString() !== this.checked.uri.toString()) return;
        const document = vscode.workspace.textDocuments.find(
          (candidate) => candidate.uri.toString() === uri.toString(),
        );
        const latest = document && checker.latest(document);
        if (latest) void this.render(latest);
      }),
    );
  }

  dispose(): void {
    ReportPanel.open.delete(this.checked.uri.toString());
    this.subscriptions.splice(0).forEach((subscription) => subscription.dispose());
    this.panel.dispose();
  }

  /** Shows the draft's rows, with the source passage of every claim the source articles have, attributed or not. */
  private async render(checked: CheckedDraft): Promise<void> {
    const engine = await loadEngine();
    const evidence = engine.claimEvidence(
      checked.text,
      checked.result.verdicts.map((verdict) => verdict.claim),
      checked.sources.articles,
    );
    if (this.checked.version > checked.version && this.checked.uri.toString() === checked.uri.toString()) return;
    this.checked = checked;
    this.rows = reportRows(checked.text, checked.result, evidence);
    const webview = this.panel.webview;
    webview.html = reportHtml({
      title: fileName(checked.uri),
      rows: this.rows,
      cspSource: webview.cspSource,
      nonce: nonce(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, "report.css")).toString(),
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(this.media, "report.js")).toString(),
    });
  }

  private async receive(raw: unknown): Promise<void> {
    const message = parseReportMessage(raw, this.rows.length);
    if (!message) return;
    if (message.type === "reveal") {
      await this.reveal(this.rows[message.index]);
    } else {
      await this.export(message.format);
    }
  }

  /** The report in an export format: the same rows, statuses and counts as the page. */
  exported(format: ExportFormat): string {
    const title = fileName(this.checked.uri);
    if (format === "markdown") return reportMarkdown(title, this.rows);
    return format === "csv" ? reportCsv(this.rows) : reportJson(title, this.rows);
  }

  private async reveal(row: ReportRow): Promise<void> {
    const document = await vscode.workspace.openTextDocument(this.checked.uri);
    if (document.version !== this.checked.version) {
      void vscode.window.showInformationMessage(
        "The draft changed since this report was made; it updates after the next check.",
      );
    }
    const selection = new vscode.Range(document.positionAt(row.start), document.positionAt(row.end));
    await vscode.window.showTextDocument(document, { selection, viewColumn: vscode.ViewColumn.One });
  }

  private async export(format: ExportFormat): Promise<void> {
    const name = fileName(this.checked.uri).replace(/\.[^.]*$/, "");
    const extension = { markdown: "md", csv: "csv", json: "json" }[format];
    const folder =
      this.checked.uri.scheme === "untitled"
        ? vscode.workspace.workspaceFolders?.[0]?.uri
        : vscode.Uri.joinPath(this.checked.uri, "..");
    const target = await vscode.window.showSaveDialog({
      defaultUri: folder && vscode.Uri.joinPath(folder, `${name}-sourcing.${extension}`),
      filters: { markdown: { Markdown: ["md"] }, csv: { CSV: ["csv"] }, json: { JSON: ["json"] } }[format],
      saveLabel: "Export report",
    });
    if (!target) return;
    const content = this.exported(format);
    await vscode.workspace.fs.writeFile(target, new TextEncoder().encode(content));
    void vscode.window.showInformationMessage(
      `Sourcing report exported to ${vscode.workspace.asRelativePath(target)}.`,
    );
  }
}

function fileName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf("/") + 1) || uri.toString();
}

function nonce(): string {
  const bytes = new Uint8Array(18);
  globalThis.crypto.getRandomValues(bytes);
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, "0")).join("");
}
