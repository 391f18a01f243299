import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";

export const SOURCE = "Says Who";

/**
 * A file of the fixture workspace: the open folder, or SAYS_WHO_FIXTURES when
 * the suite runs in a window without a folder (the launcher runs it both ways).
 */
export function fixtureUri(relativePath: string): vscode.Uri {
  const root = process.env.SAYS_WHO_FIXTURES ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(root, "the fixture workspace is neither open nor named in SAYS_WHO_FIXTURES");
  return vscode.Uri.file(path.join(root, relativePath));
}

/** Polls until `probe` gives a truthy value: the extension host and the workbench react asynchronously. */
export async function waitFor<T>(
  what: string,
  probe: () => T | undefined | false | Promise<T | undefined | false>,
  timeoutMs = 15_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export function ours(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((diagnostic) => diagnostic.source === SOURCE);
}

export function codeOf(diagnostic: vscode.Diagnostic): string | number | undefined {
  return typeof diagnostic.code === "object" ? diagnostic.code.value : diagnostic.code;
}

/** Waits until the draft's diagnostics satisfy `done` (e.g. a count), and returns them. */
export async function diagnosticsWhen(
  document: vscode.TextDocument,
  what: string,
  done: (diagnostics: vscode.Diagnostic[]) => boolean,
): Promise<vscode.Diagnostic[]> {
  let last: vscode.Diagnostic[] = [];
  try {
    return await waitFor(what, () => {
      last = ours(document.uri);
      return done(last) && last;
    });
  } catch (error) {
    const seen = last.map((d) => `${span(d.range).join(",")} ${codeOf(d)} ${document.getText(d.range).slice(0, 40)}`);
    throw new Error(`${(error as Error).message}; the draft has: ${JSON.stringify(seen)}`);
  }
}

export async function openDraft(relativePath: string): Promise<vscode.TextDocument> {
  const document = await vscode.workspace.openTextDocument(fixtureUri(relativePath));
  await vscode.window.showTextDocument(document);
  return document;
}

/** Throws away the active editor's unsaved edits and closes it, so the next test sees the fixture as it is on disk. */
export async function revertAndClose(): Promise<void> {
  await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
}

/** A range as plain numbers, for readable assertions. */
export function span(range: vscode.Range): [number, number, number, number] {
  return [range.start.line, range.start.character, range.end.line, range.end.character];
}

/**
 * Code actions at a range, with their edits resolved. Retried until `wanted`
 * shows up: the workbench's marker service, which feeds the actions their
 * diagnostics, lags behind getDiagnostics.
 */
export function codeActionsAt(
  document: vscode.TextDocument,
  range: vscode.Range,
  wanted: (actions: vscode.CodeAction[]) => boolean,
  kind?: string,
): Promise<vscode.CodeAction[]> {
  return waitFor("the code actions", async () => {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      "vscode.executeCodeActionProvider",
      document.uri,
      range,
      kind,
      50,
    );
    return wanted(actions) && actions;
  });
}

export async function setSetting(key: string, value: unknown): Promise<void> {
  await vscode.workspace.getConfiguration("saysWho").update(key, value, vscode.ConfigurationTarget.Global);
}
