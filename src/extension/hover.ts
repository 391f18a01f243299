import * as vscode from "vscode";
import type { Attribution, Finding } from "../core/types";
import type { CheckedDraft } from "./checkedDraft";
import { rangeOf, evidenceLocation } from "./diagnostics";
import type { DraftChecker } from "./draftChecker";
import type { EditPlan } from "./editPlan";
import { creditMarkdown, HoverContext, hoverMarkdown } from "./hoverContent";
import { commandUri, LINK_COMMANDS, PassageLink } from "./linkCommands";
import type { Settings } from "./settings";

/**
 * Explains a flagged claim where the reporter points at it, and says whom a
 * claim credited from the paragraph before (or a colon lead-in) went to.
 */
export class SaysWhoHover implements vscode.HoverProvider {
  constructor(
    private readonly checker: DraftChecker,
    private readonly settingsFor: (document: vscode.TextDocument) => Settings,
  ) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const checked = await this.checker.current(document, token);
    if (!checked || token.isCancellationRequested) return undefined;
    const context: HoverContext = {
      numberScope: this.settingsFor(document).check.numberScope,
      hasSources: checked.sources.articles.length > 0,
    };
    const hovered = checked.result.findings
      .map((finding) => ({ finding, range: rangeOf(document, finding) }))
      .filter(({ range }) => range.contains(position));
    const contents = hovered.map(({ finding }) => hoverFor(checked, finding, context));
    const ranges = hovered.map(({ range }) => range);
    for (const verdict of checked.result.verdicts) {
      const range = new vscode.Range(document.positionAt(verdict.claim.start), document.positionAt(verdict.claim.end));
      const credit = verdict.attribution && !verdict.attribution.weak && creditFor(verdict.attribution);
      if (!credit || !range.contains(position)) continue;
      contents.push(credit);
      ranges.push(range);
    }
    if (contents.length === 0) return undefined;
    return new vscode.Hover(
      contents,
      ranges.reduce((union, range) => union.union(range)),
    );
  }
}

function creditFor(attribution: Attribution): vscode.MarkdownString | undefined {
  const text = creditMarkdown(attribution, commandUri(LINK_COMMANDS.learnMore, "unattributed-quote"));
  if (!text) return undefined;
  const markdown = new vscode.MarkdownString(text);
  markdown.isTrusted = { enabledCommands: [LINK_COMMANDS.learnMore] };
  return markdown;
}

function hoverFor(checked: CheckedDraft, finding: Finding, context: HoverContext): vscode.MarkdownString {
  const fix = finding.fixes.find((candidate) => candidate.isPreferred) ?? finding.fixes[0];
  const plan: EditPlan | undefined = fix && {
    uri: checked.uri.toString(),
    version: checked.version,
    edits: fix.edits,
    placeholder: fix.placeholder,
  };
  const location = evidenceLocation(checked, finding);
  const passage: PassageLink | undefined = location && {
    uri: location.uri.toString(),
    start: [location.range.start.line, location.range.start.character],
    end: [location.range.end.line, location.range.end.character],
  };
  const markdown = new vscode.MarkdownString(
    hoverMarkdown(
      finding,
      {
        applyFix: plan && commandUri(LINK_COMMANDS.applyFix, plan),
        openPassage: passage && commandUri(LINK_COMMANDS.openPassage, passage),
        learnMore: commandUri(LINK_COMMANDS.learnMore, finding.code),
      },
      context,
    ),
  );
  markdown.isTrusted = { enabledCommands: Object.values(LINK_COMMANDS) };
  return markdown;
}
