import * as assert from "node:assert/strict";
import * as path from "node:path";
import * as vscode from "vscode";

const EXTENSION_ID = "says-who.says-who";
const DIAGNOSTIC_SOURCE = "Says Who";

/**
 * The fixture workspace: the open folder, or SAYS_WHO_FIXTURES when the suite
 * runs in a window without a folder (the launchers run it both ways).
 */
function fixtureUri(relativePath: string): vscode.Uri {
  const root = process.env.SAYS_WHO_FIXTURES ?? vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  assert.ok(root, "the fixture workspace is neither open nor named in SAYS_WHO_FIXTURES");
  return vscode.Uri.file(path.join(root, relativePath));
}

/** Polls until `probe` returns a truthy value; the extension host reacts asynchronously. */
async function waitFor<T>(what: string, probe: () => T | undefined | false, timeoutMs = 20_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value) return value;
    if (Date.now() > deadline) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

describe("Says Who in a real VS Code extension host", () => {
  let draft: vscode.TextDocument;

  before(async () => {
    draft = await vscode.workspace.openTextDocument(fixtureUri("kursk/draft.md"));
    await vscode.window.showTextDocument(draft);
  });

  it("is installed under the id says-who.says-who", () => {
    assert.ok(vscode.extensions.getExtension(EXTENSION_ID), `${EXTENSION_ID} is not among the installed extensions`);
  });

  it("activates when a Markdown draft is opened", async () => {
    assert.equal(draft.languageId, "markdown");
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension);
    await waitFor("the extension to activate", () => extension.isActive);
    // isActive is also true when activate() threw; activate() rethrows that error.
    await extension.activate();
  });

  it("flags the seed draft's unattributed quote and numbers as 'Says Who' diagnostics", async () => {
    const diagnostics = await waitFor("diagnostics on kursk/draft.md", () => {
      const ours = vscode.languages.getDiagnostics(draft.uri).filter((d) => d.source === DIAGNOSTIC_SOURCE);
      return ours.length > 0 && ours;
    });
    const flagged = diagnostics.map((d) => draft.getText(d.range));
    const isFlagged = (words: string) => flagged.some((text) => text.includes(words));
    assert.ok(isFlagged("Russia had to pull almost 60,000 troops"), `Zelensky's quote is not flagged; flagged: ${JSON.stringify(flagged)}`);
    assert.ok(isFlagged("about 40 percent"), `'about 40 percent' is not flagged; flagged: ${JSON.stringify(flagged)}`);
    assert.ok(!isFlagged("The main idea of this"), "Grabsky's quote is flagged although 'he said' attributes it");
  });
});
