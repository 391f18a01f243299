import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { openDraft } from "./helpers";

const COUNCIL_SUMMARY = "2 unattributed quotes, 1 unattributed number";

describe("Commands run away from the draft", () => {
  afterEach(() => vscode.commands.executeCommand("workbench.action.closeAllEditors"));

  it("'Check Attribution' checks the draft open beside the walkthrough, the Welcome page in front", async () => {
    await openDraft("extension/council/draft.md");
    await vscode.commands.executeCommand(
      "workbench.action.openWalkthrough",
      "says-who.says-who#saysWho.gettingStarted",
      false,
    );
    assert.equal(vscode.window.activeTextEditor, undefined, "the walkthrough is not in front");
    assert.equal(await vscode.commands.executeCommand<string>("saysWho.checkDraft"), COUNCIL_SUMMARY);
  });

  it("'Check Attribution' checks the draft last written in, though a settings file hides its tab", async () => {
    await openDraft("extension/council/draft.md");
    const json = await vscode.workspace.openTextDocument({ language: "json", content: '{ "saysWho.enable": true }\n' });
    await vscode.window.showTextDocument(json, vscode.ViewColumn.Active);
    assert.equal(vscode.window.activeTextEditor?.document, json);
    assert.ok(
      !vscode.window.visibleTextEditors.some((editor) => editor.document.uri.path.endsWith("council/draft.md")),
      "the draft's tab is still visible",
    );
    assert.equal(await vscode.commands.executeCommand<string>("saysWho.checkDraft"), COUNCIL_SUMMARY);
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  });

  it("'Open Sourcing Report' opens the report of the draft behind the walkthrough", async () => {
    await openDraft("extension/council/draft.md");
    await vscode.commands.executeCommand(
      "workbench.action.openWalkthrough",
      "says-who.says-who#saysWho.gettingStarted",
      false,
    );
    assert.equal(await vscode.commands.executeCommand<boolean>("saysWho.openReport"), true);
  });
});

describe("Fix All with nothing to fix", () => {
  afterEach(() => vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor"));

  it("says the draft has no source article, instead of VS Code's 'No fix all action available'", async () => {
    const draft = await vscode.workspace.openTextDocument({
      language: "markdown",
      content: "“The lines went down faster than we could count them.”\n\nCrews restored power to 40,000 homes.\n",
    });
    await vscode.window.showTextDocument(draft);
    assert.equal(
      await vscode.commands.executeCommand<string>("saysWho.checkDraft"),
      "1 unattributed quote, 1 unattributed number",
    );
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>(
      "vscode.executeCodeActionProvider",
      draft.uri,
      new vscode.Range(0, 0, 0, 0),
      vscode.CodeActionKind.SourceFixAll.value,
    );
    const ours = actions.filter((action) => action.kind?.value === "source.fixAll.saysWho");
    assert.deepEqual(
      ours.map((action) => action.title),
      ["Says Who: nothing to fix automatically"],
    );
    const { command, arguments: args = [] } = ours[0].command!;
    const said = await vscode.commands.executeCommand<string>(command, ...args);
    assert.match(said, /^Nothing to fix automatically: this draft has no source article/);
    assert.match(said, /the 2 flagged claims\. Run 'Says Who: Set Source Article…'/);
  });
});
