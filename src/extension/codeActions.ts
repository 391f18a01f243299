import * as vscode from "vscode";
import type { Finding } from "../core/types";
import type { CheckedDraft } from "./checkedDraft";
import { rangeOf, DIAGNOSTIC_SOURCE } from "./diagnostics";
import type { DraftChecker } from "./draftChecker";
import { documentFor, EditPlan, STALE_EDIT_MESSAGE, workspaceEditFor } from "./editPlan";
import { fixAllEdits, nothingToFixReason } from "./fixAll";
import { ignoreClaimEdit } from "./ignoreComment";
import { LINK_COMMANDS } from "./linkCommands";
import { FIX_APPLIED_COMMAND } from "./walkthroughProgress";

const FIX_ALL_KIND = vscode.CodeActionKind.SourceFixAll.append("saysWho");
/** Run by VS Code after a fix's edit is applied: the walkthrough's step ticks then. */
/** Shows why fix-all has nothing to apply. */
export const EXPLAIN_COMMAND = "saysWho.explainNothingToFix";
const FIX_APPLIED: vscode.Command = { title: "Fix applied", command: FIX_APPLIED_COMMAND };

/** A code action whose edit is computed when it is chosen, against the version it was offered for. */
class PlannedAction extends vscode.CodeAction {
  constructor(
    title: string,
    kind: vscode.CodeActionKind,
    readonly plan: EditPlan,
  ) {
    super(title, kind);
  }
}

/**
 * Quick fixes for flagged claims: the engine's fixes (its preferred one
 * first), "Ignore this claim" and "Learn more"; and source.fixAll.saysWho,
 * which attributes every claim the source article matched. Edits are filled
 * in by resolveCodeAction, which refuses them if the draft changed since
 * they were offered.
 */
export class SaysWhoCodeActions implements vscode.CodeActionProvider<vscode.CodeAction> {
  static readonly metadata: vscode.CodeActionProviderMetadata = {
    providedCodeActionKinds: [vscode.CodeActionKind.QuickFix, FIX_ALL_KIND],
  };

  constructor(private readonly checker: DraftChecker) {}

  async provideCodeActions(
    document: vscode.TextDocument,
    range: vscode.Range | vscode.Selection,
    context: vscode.CodeActionContext,
    token: vscode.CancellationToken,
  ): Promise<vscode.CodeAction[]> {
    const checked = await this.checker.current(document, token);
    if (!checked || token.isCancellationRequested) return [];
    const actions: vscode.CodeAction[] = [];
    if (wants(context, vscode.CodeActionKind.QuickFix)) {
      for (const finding of checked.result.findings) {
        const findingRange = rangeOf(document, finding);
        if (!findingRange.intersection(range)) continue;
        const diagnostic = context.diagnostics.find((candidate) => isDiagnosticOf(candidate, finding, findingRange));
        actions.push(...this.quickFixes(document, checked, finding, diagnostic));
      }
    }
    if (wants(context, FIX_ALL_KIND)) {
      const fixAll = this.fixAll(checked) ?? nothingToFix(checked, context);
      if (fixAll) actions.push(fixAll);
    }
    return actions;
  }

  resolveCodeAction(action: vscode.CodeAction): vscode.CodeAction {
    if (!(action instanceof PlannedAction)) return action;
    const document = documentFor(action.plan);
    if (!document) {
      void vscode.window.showWarningMessage(STALE_EDIT_MESSAGE);
      return action;
    }
    action.edit = workspaceEditFor(document, action.plan);
    return action;
  }

  private quickFixes(
    document: vscode.TextDocument,
    checked: CheckedDraft,
    finding: Finding,
    diagnostic: vscode.Diagnostic | undefined,
  ): vscode.CodeAction[] {
    const plan = (edits: EditPlan["edits"], placeholder?: EditPlan["placeholder"]): EditPlan => ({
      uri: document.uri.toString(),
      version: checked.version,
      edits,
      placeholder,
    });
    const actions: vscode.CodeAction[] = finding.fixes.map((fix) => {
      const action = new PlannedAction(fix.title, vscode.CodeActionKind.QuickFix, plan(fix.edits, fix.placeholder));
      action.isPreferred = fix.isPreferred;
      action.command = FIX_APPLIED;
      return action;
    });
    const ignore = ignoreClaimEdit(checked.text, finding);
    if (ignore)
      actions.push(
        new PlannedAction(`Ignore this claim (${finding.code})`, vscode.CodeActionKind.QuickFix, plan([ignore])),
      );
    const learnMore = new vscode.CodeAction(`Learn more about ${finding.code}`, vscode.CodeActionKind.QuickFix);
    learnMore.command = { title: "Learn more", command: LINK_COMMANDS.learnMore, arguments: [finding.code] };
    actions.push(learnMore);
    if (diagnostic) for (const action of actions) action.diagnostics = [diagnostic];
    return actions;
  }

  private fixAll(checked: CheckedDraft): vscode.CodeAction | undefined {
    const edits = fixAllEdits(checked.result.findings);
    if (edits.length === 0) return undefined;
    return new PlannedAction("Attribute every claim found in the source article", FIX_ALL_KIND, {
      uri: checked.uri.toString(),
      version: checked.version,
      edits,
    });
  }
}

/**
 * Asked for fix-all by hand (Fix All, Source Action…) with nothing to fix:
 * an action that says why. Never on save, where it would speak on every save.
 */
function nothingToFix(checked: CheckedDraft, context: vscode.CodeActionContext): vscode.CodeAction | undefined {
  if (context.triggerKind !== vscode.CodeActionTriggerKind.Invoke || !context.only?.contains(FIX_ALL_KIND)) {
    return undefined;
  }
  const reason = nothingToFixReason(checked.result.findings, checked.sources.articles.length);
  const action = new vscode.CodeAction("Says Who: nothing to fix automatically", FIX_ALL_KIND);
  action.command = { title: action.title, command: EXPLAIN_COMMAND, arguments: [reason] };
  return action;
}

function wants(context: vscode.CodeActionContext, kind: vscode.CodeActionKind): boolean {
  return !context.only || context.only.contains(kind);
}

function isDiagnosticOf(diagnostic: vscode.Diagnostic, finding: Finding, range: vscode.Range): boolean {
  const code = typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code;
  return diagnostic.source === DIAGNOSTIC_SOURCE && code === finding.code && diagnostic.range.isEqual(range);
}
