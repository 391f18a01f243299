import * as vscode from "vscode";
import type { DraftChecker } from "./draftChecker";
import { creditHint } from "./hoverContent";
import type { Settings } from "./settings";

/**
 * With saysWho.showCreditHints on, an inlay hint after each quote the draft
 * credits from outside its own sentence (continuing speaker, colon lead-in)
 * names whom the policy credited it to: the credit a reader infers, made
 * visible to the editor.
 */
export class SaysWhoCreditHints implements vscode.InlayHintsProvider, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeInlayHints = this.changed.event;
  private readonly subscription: vscode.Disposable;

  constructor(
    private readonly checker: DraftChecker,
    private readonly settingsFor: (document: vscode.TextDocument) => Settings,
  ) {
    this.subscription = checker.onDidUpdate(() => this.changed.fire());
  }

  /** Settings changed: the hints may come or go. */
  refresh(): void {
    this.changed.fire();
  }

  async provideInlayHints(
    document: vscode.TextDocument,
    range: vscode.Range,
    token: vscode.CancellationToken,
  ): Promise<vscode.InlayHint[]> {
    if (!this.settingsFor(document).showCreditHints) return [];
    const checked = await this.checker.current(document, token);
    if (!checked) return [];
    return checked.result.verdicts.flatMap((verdict) => {
      const label = verdict.attribution && !verdict.attribution.weak && creditHint(verdict.attribution);
      const at = document.positionAt(verdict.claim.end);
      if (!label || !range.contains(at)) return [];
      const hint = new vscode.InlayHint(at, label);
      hint.paddingLeft = true;
      hint.tooltip = "Credited by Says Who from the paragraph before or a colon lead-in";
      return [hint];
    });
  }

  dispose(): void {
    this.subscription.dispose();
    this.changed.dispose();
  }
}
