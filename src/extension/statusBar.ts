import * as vscode from "vscode";
import type { DraftChecker } from "./draftChecker";
import { isDraft } from "./drafts";
import { statusBarLabel } from "./statusBarLabel";
import { countUnattributed } from "./summary";

/** The count of unattributed claims in the active draft; hidden for anything that is not a draft. */
export class SaysWhoStatusBar implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("saysWho.status", vscode.StatusBarAlignment.Right, 100);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly checker: DraftChecker) {
    this.item.name = "Says Who";
    this.item.command = "workbench.actions.view.problems";
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
      checker.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) this.update();
      }),
    ];
    this.update();
  }

  update(): void {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isDraft(document)) {
      this.item.hide();
      return;
    }
    const unchecked = this.checker.unchecked(document);
    const checked = this.checker.lastChecked(document);
    const label = statusBarLabel(
      unchecked ?? (checked ? countUnattributed(checked.result.findings) : undefined),
      this.checker.notices(document),
    );
    if (!label) {
      this.item.hide();
      return;
    }
    this.item.text = label.text;
    this.item.tooltip = label.tooltip;
    this.item.show();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }
}
