import * as vscode from "vscode";
import type { Finding } from "../core/types";
import type { CheckedDraft } from "./checkedDraft";
import { rangeOf, evidenceLocation } from "./diagnostics";
import type { DraftChecker } from "./draftChecker";
import type { EditPlan } from "./editPlan";
import { hoverMarkdown } from "./hoverContent";
import { commandUri, LINK_COMMANDS, PassageLink } from "./linkCommands";

/** Explains a flagged claim where the reporter points at it. */
export class SaysWhoHover implements vscode.HoverProvider {
  constructor(private readonly checker: DraftChecker) {}

  async provideHover(
    document: vscode.TextDocument,
    position: vscode.Position,
    token: vscode.CancellationToken,
  ): Promise<vscode.Hover | undefined> {
    const checked = await this.checker.current(document, token);
    if (!checked || token.isCancellationRequested) return undefined;
    const hovered = checked.result.findings
      .map((finding) => ({ finding, range: rangeOf(document, finding) }))
      .filter(({ range }) => range.contains(position));
    if (hovered.length === 0) return undefined;
    const contents = hovered.map(({ finding }) => hoverFor(checked, finding));
    const range = hovered.map(({ range }) => range).reduce((union, range) => union.union(range));
    return new vscode.Hover(contents, range);
  }
}

function hoverFor(checked: CheckedDraft, finding: Finding): vscode.MarkdownString {
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
    hoverMarkdown(finding, {
      applyFix: plan && commandUri(LINK_COMMANDS.applyFix, plan),
      openPassage: passage && commandUri(LINK_COMMANDS.openPassage, passage),
      learnMore: commandUri(LINK_COMMANDS.learnMore, finding.code),
    }),
  );
  markdown.isTrusted = { enabledCommands: Object.values(LINK_COMMANDS) };
  return markdown;
}
