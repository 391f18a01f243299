import * as vscode from "vscode";
import type { Settings } from "../settings";
import type { SourceArticles } from "../sourceArticles";
import type { DraftFinder } from "./draftFinder";

/** Read-only documents for the style view: not drafts, so never checked themselves. */
export const STYLE_SCHEME = "says-who-style";

export class StyleDocuments implements vscode.TextDocumentContentProvider {
  private readonly contents = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

  set(uri: vscode.Uri, content: string): void {
    this.contents.set(uri.toString(), content);
    this.changed.fire(uri);
  }

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? "";
  }
}

/**
 * 'Says Who: Show Source Style': how the draft's source articles attribute
 * (verb, tense, order, first and later references…), which is how the quick
 * fixes will write. Returns the text shown.
 */
export async function showSourceStyle(
  sources: SourceArticles,
  settingsFor: (document: vscode.TextDocument) => Settings,
  styles: StyleDocuments,
  drafts: DraftFinder,
): Promise<string | undefined> {
  const document = await drafts.find();
  if (!document) return undefined;
  const draftSources = await sources.forDraft(document, settingsFor(document));
  if (draftSources.articles.length === 0) {
    void vscode.window
      .showInformationMessage(
        "This draft has no source article yet, so fixes use the house default style.",
        "Set Source Article…",
      )
      .then((choice) => choice && vscode.commands.executeCommand("saysWho.setSourceArticle"));
    return undefined;
  }
  const { learnStyle, describeStyle } = await import("../../core/source");
  const names = draftSources.articles.map((article) => `- ${article.id}`).join("\n");
  const content = [
    "# Source style",
    "",
    `How the source articles of ${vscode.workspace.asRelativePath(document.uri)} attribute, and so how Says Who's fixes write:`,
    "",
    names,
    "",
    ...describeStyle(learnStyle(draftSources.articles))
      .split("\n")
      .map((line) => `- ${line}`),
    "",
  ].join("\n");
  const uri = vscode.Uri.from({
    scheme: STYLE_SCHEME,
    path: `/${document.uri.path.slice(document.uri.path.lastIndexOf("/") + 1)} source style.md`,
  });
  styles.set(uri, content);
  const styleDocument = await vscode.workspace.openTextDocument(uri);
  await vscode.window.showTextDocument(styleDocument, { viewColumn: vscode.ViewColumn.Beside, preview: true });
  return content;
}
