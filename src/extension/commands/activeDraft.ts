import * as vscode from "vscode";
import { isDraft } from "../drafts";

/**
 * The draft a command is about: the active editor's, else a draft visible
 * beside the sourcing report or the walkthrough that ran the command; or a
 * message saying a draft is needed.
 */
export function activeDraft(): vscode.TextDocument | undefined {
  const active = vscode.window.activeTextEditor?.document;
  const document =
    active && isDraft(active)
      ? active
      : vscode.window.visibleTextEditors.map((editor) => editor.document).find(isDraft);
  if (document) return document;
  void vscode.window.showInformationMessage(
    "Says Who works on Markdown and plain-text drafts: open one in the editor first.",
  );
  return undefined;
}
