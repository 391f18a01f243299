import * as vscode from "vscode";
import type { Finding, Severity } from "../core/types";
import type { CheckedDraft } from "./checkedDraft";
import { readmeUri } from "./docLinks";
import { lineCharacterAt } from "./textPositions";

export const DIAGNOSTIC_SOURCE = "Says Who";
/** Not a finding of the policy: the draft names a source article that cannot be read. */
export const SOURCE_NOT_FOUND = "source-not-found";

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/** The Problems-panel view of a checked draft: one diagnostic per finding. */
export function draftDiagnostics(document: vscode.TextDocument, checked: CheckedDraft, extensionUri: vscode.Uri): vscode.Diagnostic[] {
  const diagnostics = checked.result.findings.map((finding) => findingDiagnostic(document, checked, finding, extensionUri));
  const { declaredAt, missing } = checked.sources;
  if (declaredAt && missing.length > 0) {
    const range = new vscode.Range(document.positionAt(declaredAt.start), document.positionAt(declaredAt.end));
    const names = missing.map((name) => `'${name}'`).join(", ");
    const diagnostic = new vscode.Diagnostic(
      range,
      `Source article not found: ${names}. Fixes cannot name the source's speakers until it can be read.`,
      vscode.DiagnosticSeverity.Warning,
    );
    diagnostic.source = DIAGNOSTIC_SOURCE;
    diagnostic.code = SOURCE_NOT_FOUND;
    diagnostics.push(diagnostic);
  }
  return diagnostics;
}

/** The span a finding marks: its claim, or a malformed directive. */
export function rangeOf(document: vscode.TextDocument, finding: Finding): vscode.Range {
  return new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
}

export function docTarget(extensionUri: vscode.Uri, code: string): vscode.Uri {
  return readmeUri(extensionUri, code);
}

/** The passage of a source article that a finding's evidence points at. */
export function evidenceLocation(checked: CheckedDraft, finding: Finding): vscode.Location | undefined {
  const evidence = finding.evidence;
  if (!evidence) return undefined;
  const uri = checked.sources.uris.get(evidence.sourceId);
  const text = checked.sources.articles.find((article) => article.id === evidence.sourceId)?.text;
  if (!uri || text === undefined) return undefined;
  const start = lineCharacterAt(text, evidence.start);
  const end = lineCharacterAt(text, evidence.end);
  return new vscode.Location(uri, new vscode.Range(start.line, start.character, end.line, end.character));
}

function findingDiagnostic(
  document: vscode.TextDocument,
  checked: CheckedDraft,
  finding: Finding,
  extensionUri: vscode.Uri,
): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(rangeOf(document, finding), finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.code, target: docTarget(extensionUri, finding.code) };
  const location = evidenceLocation(checked, finding);
  if (location && finding.evidence) {
    const speaker = finding.evidence.speaker ? `${finding.evidence.speaker}, ` : "";
    diagnostic.relatedInformation = [
      new vscode.DiagnosticRelatedInformation(location, `${speaker}in the source article: ${collapse(finding.evidence.passage)}`),
    ];
  }
  return diagnostic;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
