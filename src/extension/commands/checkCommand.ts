import * as vscode from "vscode";
import type { DraftChecker } from "../draftChecker";
import { summarizeFindings } from "../summary";
import type { DraftFinder } from "./draftFinder";

/**
 * 'Says Who: Check Attribution in Current Draft': checks now, whatever the
 * settings say about checking as you type, and shows the Problems panel.
 * Returns the summary line (also what executeCommand gives a caller).
 */
export async function checkCurrentDraft(checker: DraftChecker, drafts: DraftFinder): Promise<string | undefined> {
  const document = await drafts.find();
  if (!document) return undefined;
  const checked = await checker.checkNow(document, true);
  if (!checked) return undefined;
  const summary = summarizeFindings(checked.result.findings);
  await vscode.commands.executeCommand("workbench.actions.view.problems");
  void vscode.window.showInformationMessage(`Says Who: ${summary}.`);
  return summary;
}
