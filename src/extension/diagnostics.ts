import * as vscode from "vscode";
import { BoundedMap } from "../core/boundedMap";
import type { Finding, Severity } from "../core/types";
import type { CheckedDraft } from "./checkedDraft";
import { readmeUri } from "./docLinks";
import { capFindings, cappedMessage } from "./findingCap";
import type { UnusedSource } from "./sourceArticles";
import { describeSourceProblem, SourceProblem } from "./sourceProblem";
import { lineCharacterAt } from "./textPositions";

export const DIAGNOSTIC_SOURCE = "Says Who";
/** Not a finding of the policy: the draft names a source article that cannot be read. */
export const SOURCE_NOT_FOUND = "source-not-found";
/** Not a finding either: the draft has more findings than are shown (findingCap.ts). */
export const TOO_MANY_FINDINGS = "too-many-findings";

/** The diagnostic code on the `sources:` line for each reason a named source is not used. */
const SOURCE_CODES: Record<SourceProblem["kind"], string> = {
  "not-found": SOURCE_NOT_FOUND,
  url: "source-unreadable",
  "not-a-file": "source-unreadable",
  unreadable: "source-unreadable",
  "not-text": "source-not-text",
  "too-large": "source-too-large",
  "outside-untrusted": "source-outside-workspace",
  "link-untrusted": "source-outside-workspace",
};

const SEVERITIES: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * The Problems-panel view of a checked draft: one diagnostic per finding (up
 * to MAX_DIAGNOSTICS, with a note at the top of the draft when there are
 * more), and one on the `sources:` line per source article that is not used.
 */
export function draftDiagnostics(
  document: vscode.TextDocument,
  checked: CheckedDraft,
  extensionUri: vscode.Uri,
  made: MadeDiagnostics,
): vscode.Diagnostic[] {
  const { shown, hidden } = capFindings(checked.result.findings);
  const memo = made.for(checked);
  const diagnostics = shown.map((finding) => findingDiagnostic(document, checked, finding, extensionUri, memo));
  if (hidden > 0) {
    diagnostics.unshift(
      ourDiagnostic(
        document.lineAt(0).range,
        cappedMessage(shown.length, hidden),
        vscode.DiagnosticSeverity.Information,
        TOO_MANY_FINDINGS,
      ),
    );
  }
  const { declaredAt, unused } = checked.sources;
  if (declaredAt) {
    const range = new vscode.Range(document.positionAt(declaredAt.start), document.positionAt(declaredAt.end));
    diagnostics.push(...unusedSourceDiagnostics(range, unused));
  }
  return diagnostics;
}

/** Missing sources share one warning (they usually appear together, once copied in); each other problem gets its own. */
function unusedSourceDiagnostics(range: vscode.Range, unused: readonly UnusedSource[]): vscode.Diagnostic[] {
  const diagnostics: vscode.Diagnostic[] = [];
  const missing = unused.filter((source) => source.problem.kind === "not-found").map((source) => `'${source.name}'`);
  if (missing.length > 0) {
    const message = `Source article not found: ${missing.join(", ")}. Fixes cannot name the source's speakers until it can be read.`;
    diagnostics.push(ourDiagnostic(range, message, vscode.DiagnosticSeverity.Warning, SOURCE_NOT_FOUND));
  }
  for (const { name, problem } of unused) {
    if (problem.kind === "not-found") continue;
    diagnostics.push(
      ourDiagnostic(
        range,
        describeSourceProblem(name, problem),
        vscode.DiagnosticSeverity.Warning,
        SOURCE_CODES[problem.kind],
      ),
    );
  }
  return diagnostics;
}

function ourDiagnostic(
  range: vscode.Range,
  message: string,
  severity: vscode.DiagnosticSeverity,
  code: string,
): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, message, severity);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = code;
  return diagnostic;
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

/**
 * The diagnostics made for one draft's last checks' findings, by all a
 * diagnostic shows: a keystroke leaves most findings as they were (at most
 * moved along their line), and those keep their diagnostic instead of a new
 * one with its related information. One per open draft, so drafts checked
 * against different sources do not start each other's afresh; kept for one
 * set of source texts (evidence is placed in them), and bounded, as the
 * findings of a few long drafts.
 */
export class MadeDiagnostics {
  private sources: readonly string[] = [];
  private made = new BoundedMap<string, Made>(8000);

  /** The memo for a draft's check, started afresh when a source article's text is not the one its diagnostics were made for. */
  for(checked: CheckedDraft): BoundedMap<string, Made> {
    const sources = checked.sources.articles.map((article) => article.text);
    if (sources.length !== this.sources.length || sources.some((t, i) => t !== this.sources[i])) {
      this.sources = sources;
      this.made = new BoundedMap(8000);
    }
    return this.made;
  }
}

/**
 * A diagnostic made for a finding, kept by the finding's code and range
 * (a short key to build and hash), with the rest it shows, compared in place.
 */
interface Made {
  finding: Finding;
  diagnostic: vscode.Diagnostic;
}

/** Where a finding's diagnostic is kept: its code and range. */
function diagnosticKey(finding: Finding, range: vscode.Range): string {
  const { start, end } = range;
  return `${finding.code}\u0001${start.line}:${start.character}-${end.line}:${end.character}`;
}

/** Whether a diagnostic made for one finding shows another at the same range as it is: the same severity, message and evidence. */
function showsAs(made: Finding, finding: Finding): boolean {
  if (made === finding) return true;
  const [a, b] = [made.evidence, finding.evidence];
  const sameEvidence =
    a === b ||
    (a !== undefined &&
      b !== undefined &&
      a.sourceId === b.sourceId &&
      a.start === b.start &&
      a.end === b.end &&
      a.speaker === b.speaker);
  return made.severity === finding.severity && made.message === finding.message && sameEvidence;
}

function findingDiagnostic(
  document: vscode.TextDocument,
  checked: CheckedDraft,
  finding: Finding,
  extensionUri: vscode.Uri,
  memo: BoundedMap<string, Made>,
): vscode.Diagnostic {
  const range = rangeOf(document, finding);
  const key = diagnosticKey(finding, range);
  const kept = memo.get(key);
  if (kept && showsAs(kept.finding, finding)) return kept.diagnostic;
  const diagnostic = newDiagnostic(checked, finding, range, extensionUri);
  memo.set(key, { finding, diagnostic });
  return diagnostic;
}

function newDiagnostic(
  checked: CheckedDraft,
  finding: Finding,
  range: vscode.Range,
  extensionUri: vscode.Uri,
): vscode.Diagnostic {
  const diagnostic = new vscode.Diagnostic(range, finding.message, SEVERITIES[finding.severity]);
  diagnostic.source = DIAGNOSTIC_SOURCE;
  diagnostic.code = { value: finding.code, target: docTarget(extensionUri, finding.code) };
  const location = evidenceLocation(checked, finding);
  if (location && finding.evidence) {
    const speaker = finding.evidence.speaker ? `${finding.evidence.speaker}, ` : "";
    diagnostic.relatedInformation = [
      new vscode.DiagnosticRelatedInformation(
        location,
        `${speaker}in the source article: ${collapse(finding.evidence.passage)}`,
      ),
    ];
  }
  return diagnostic;
}

function collapse(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}
