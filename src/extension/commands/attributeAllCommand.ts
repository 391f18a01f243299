import * as vscode from "vscode";
import type { DraftChecker } from "../draftChecker";
import { fixAllEdits, nothingToFixReason } from "../fixAll";
import type { DraftFinder } from "./draftFinder";

/**
 * 'Says Who: Attribute All Claims Found in the Source': checks the draft now
 * and applies the preferred fix of every claim its source articles hold, in
 * one edit (one undo). With nothing to apply it says why: no source article,
 * no publication named, or no claim in the source. Returns what it said.
 */
export async function attributeAll(checker: DraftChecker, drafts: DraftFinder): Promise<string | undefined> {
  const document = await drafts.find();
  if (!document) return undefined;
  const checked = await checker.checkNow(document, true);
  if (!checked) return undefined;
  const edits = fixAllEdits(checked.result.findings);
  if (edits.length === 0) {
    const reason = nothingToFixReason(checked.result.findings, checked.sources.articles.length);
    void vscode.window.showInformationMessage(reason);
    return reason;
  }
  // The draft may have changed while it was checked: edits for an older version would land in the wrong place.
  if (document.version !== checked.version) {
    const stale = "The draft changed while Says Who checked it; run the command again.";
    void vscode.window.showWarningMessage(stale);
    return stale;
  }
  const edit = new vscode.WorkspaceEdit();
  for (const e of edits) {
    edit.replace(document.uri, new vscode.Range(document.positionAt(e.start), document.positionAt(e.end)), e.newText);
  }
  const applied = await vscode.workspace.applyEdit(edit);
  const said = applied
    ? `Says Who attributed ${edits.length === 1 ? "1 claim" : `${edits.length} claims`} found in the source.`
    : "Says Who could not apply the attributions; the draft is unchanged.";
  void vscode.window.showInformationMessage(said);
  return said;
}
