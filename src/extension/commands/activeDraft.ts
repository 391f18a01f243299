import * as vscode from "vscode";
import { isDraft } from "../drafts";

/** The draft in the active editor, or a message saying a draft is needed. */
export function activeDraft(): vscode.TextDocument | undefined {
  const document = vscode.window.activeTextEditor?.document;
  if (document && isDraft(document)) return document;
  void vscode.window.showInformationMessage("Says Who works on Markdown and plain-text drafts: open one in the editor first.");
  return undefined;
}
