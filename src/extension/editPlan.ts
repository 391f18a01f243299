import * as vscode from "vscode";
import type { Span, TextEdit } from "../core/types";

/** Edits computed for one version of a draft, applied to that version only. */
export interface EditPlan {
  uri: string;
  version: number;
  edits: TextEdit[];
  /** Where the source placeholder sits inside the first edit's newText: selected after the edit. */
  placeholder?: Span;
}

export const STALE_EDIT_MESSAGE =
  "Says Who did not apply the fix: the draft changed since it was suggested. Try again on the current text.";

/** The open document a plan was made for, if it still has the version the plan was computed on. */
export function documentFor(plan: EditPlan): vscode.TextDocument | undefined {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === plan.uri);
  return document && document.version === plan.version ? document : undefined;
}

/**
 * The plan as a WorkspaceEdit. A fix with a placeholder becomes a snippet
 * edit, so the placeholder ("SOURCE") is selected and one keystroke replaces it.
 */
export function workspaceEditFor(document: vscode.TextDocument, plan: EditPlan): vscode.WorkspaceEdit {
  const edits = plan.edits.map((edit, index) => {
    const range = new vscode.Range(document.positionAt(edit.start), document.positionAt(edit.end));
    return index === 0 && plan.placeholder
      ? new vscode.SnippetTextEdit(range, snippetWithPlaceholder(edit.newText, plan.placeholder))
      : new vscode.TextEdit(range, edit.newText);
  });
  const workspaceEdit = new vscode.WorkspaceEdit();
  workspaceEdit.set(document.uri, edits);
  return workspaceEdit;
}

/** Applies a plan if its draft has not changed since; otherwise says so and leaves the text alone. */
export async function applyPlan(plan: EditPlan): Promise<boolean> {
  const document = documentFor(plan);
  if (!document) {
    void vscode.window.showWarningMessage(STALE_EDIT_MESSAGE);
    return false;
  }
  return vscode.workspace.applyEdit(workspaceEditFor(document, plan));
}

function snippetWithPlaceholder(newText: string, placeholder: Span): vscode.SnippetString {
  return new vscode.SnippetString()
    .appendText(newText.slice(0, placeholder.start))
    .appendPlaceholder(newText.slice(placeholder.start, placeholder.end), 1)
    .appendText(newText.slice(placeholder.end));
}
