import * as vscode from "vscode";
import type { CheckedDraft } from "./checkedDraft";
import { describeSourceProblem } from "./sourceProblem";
import { summarizeFindings } from "./summary";

/**
 * The lines the "Says Who" log holds at info level: enough for a desk to see,
 * after the fact, what the extension checked and with which sources.
 */
export function activationLine(extensionVersion: string): string {
  const ui = vscode.env.uiKind === vscode.UIKind.Web ? "web" : "desktop";
  const node = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
  const host = node ? `Node ${node} extension host` : "web worker extension host";
  const remote = vscode.env.remoteName ? `, remote ${vscode.env.remoteName}` : "";
  return `Says Who ${extensionVersion} activated in ${vscode.env.appName} ${vscode.version} (${ui}, ${host}${remote})`;
}

/** One check: which draft, the sources used and skipped, what was found, and how long it took. */
export function checkLine(checked: CheckedDraft, milliseconds: number): string {
  const draft = vscode.workspace.asRelativePath(checked.uri);
  const used = checked.sources.articles.map((article) => article.id);
  const skipped = checked.sources.unused.map(({ name, problem }) => describeSourceProblem(name, problem));
  const sources = [
    used.length > 0 ? `sources ${used.join(", ")}` : "no source article",
    ...(skipped.length > 0 ? [`skipped: ${skipped.join("; ")}`] : []),
  ].join("; ");
  const findings = checked.result.findings.length;
  return (
    `checked ${draft} v${checked.version} in ${milliseconds} ms: ${checked.result.verdicts.length} claims, ` +
    `${findings} ${findings === 1 ? "finding" : "findings"} (${summarizeFindings(checked.result.findings)}); ${sources}`
  );
}
