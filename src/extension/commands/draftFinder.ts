import * as vscode from "vscode";
import { isDraft } from "../drafts";

/**
 * Finds the draft a command is about. A command is often run from somewhere
 * that is not the draft: the walkthrough, the sourcing report, the Output
 * panel. So: the active editor's draft; else the draft last active in an
 * editor, while it is still open; else the only visible draft; else the
 * reporter picks one of the open drafts; else a message saying a draft is
 * needed.
 */
export class DraftFinder implements vscode.Disposable {
  private last?: vscode.TextDocument;
  private readonly subscription: vscode.Disposable;

  constructor() {
    this.remember(vscode.window.activeTextEditor);
    this.subscription = vscode.window.onDidChangeActiveTextEditor((editor) => this.remember(editor));
  }

  async find(): Promise<vscode.TextDocument | undefined> {
    const active = vscode.window.activeTextEditor?.document;
    if (active && isDraft(active)) return active;
    if (this.last && !this.last.isClosed) return this.last;
    const visible = unique(vscode.window.visibleTextEditors.map((editor) => editor.document).filter(isDraft));
    if (visible.length === 1) return visible[0];
    const open = unique(vscode.workspace.textDocuments.filter(isDraft));
    if (open.length === 1) return open[0];
    if (open.length > 1) return pickDraft(visible.length > 0 ? visible : open);
    const choice = await vscode.window.showInformationMessage(
      "Says Who works on Markdown and plain-text drafts: open one in the editor first.",
      "Open a Draft…",
    );
    if (choice) await vscode.commands.executeCommand("workbench.action.files.openFile");
    return undefined;
  }

  dispose(): void {
    this.subscription.dispose();
  }

  private remember(editor: vscode.TextEditor | undefined): void {
    if (editor && isDraft(editor.document)) this.last = editor.document;
  }
}

async function pickDraft(drafts: readonly vscode.TextDocument[]): Promise<vscode.TextDocument | undefined> {
  const picked = await vscode.window.showQuickPick(
    drafts.map((document) => ({
      label: document.uri.path.slice(document.uri.path.lastIndexOf("/") + 1) || document.uri.toString(),
      description: document.isUntitled ? "unsaved" : vscode.workspace.asRelativePath(document.uri, true),
      document,
    })),
    { title: "Which draft?", placeHolder: "Says Who works on one draft at a time" },
  );
  return picked?.document;
}

function unique(documents: readonly vscode.TextDocument[]): vscode.TextDocument[] {
  return [...new Set(documents)];
}
