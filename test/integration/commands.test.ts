import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { diagnosticsWhen, fixtureUri, openDraft, revertAndClose, waitFor } from "./helpers";

describe("Palette commands", () => {
  it("'Check Attribution in Current Draft' checks now and sums up what it found", async () => {
    const draft = await openDraft("extension/council/draft.md");
    const summary = await vscode.commands.executeCommand<string>("saysWho.checkDraft");
    assert.equal(summary, "2 unattributed quotes, 1 unattributed number");
    await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    await revertAndClose();
  });

  it("'Show Source Style' describes how the draft's source article attributes", async () => {
    await openDraft("extension/council/draft.md");
    const style = await vscode.commands.executeCommand<string>("saysWho.showSourceStyle");
    assert.match(style, /^# Source style\n/);
    assert.match(style, /^- wire\.txt$|extension\/council\/wire\.txt$/m);
    assert.match(style, /^- Verb: said \(past tense\); numbers: according to X\.$/m);
    const shown = vscode.window.activeTextEditor?.document;
    assert.equal(shown?.uri.scheme, "says-who-style");
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("'Set Source Article…' writes the choice into a Markdown draft's front matter", async () => {
    const draft = await openDraft("extension/scope.md");
    const wire = fixtureUri("extension/council/wire.txt");
    assert.equal(await vscode.commands.executeCommand<boolean>("saysWho.setSourceArticle", [wire]), true);
    assert.ok(
      draft.getText().startsWith("---\nsources: [ council/wire.txt ]\n---\n# Power restored\n"),
      draft.getText(),
    );
    await revertAndClose();
  });

  it("'Set Source Article…' remembers the choice for a plain-text draft", async () => {
    await openDraft("extension/storm.txt");
    const wire = fixtureUri("extension/council/wire.txt");
    assert.equal(await vscode.commands.executeCommand<boolean>("saysWho.setSourceArticle", [wire]), true);
    const style = await vscode.commands.executeCommand<string>("saysWho.showSourceStyle");
    assert.match(style, /wire\.txt$/m);
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("'Open Sourcing Report' opens the report beside the draft", async () => {
    await openDraft("extension/council/draft.md");
    assert.equal(await vscode.commands.executeCommand<boolean>("saysWho.openReport"), true);
    const tab = await waitFor("the report's tab", () =>
      vscode.window.tabGroups.all
        .flatMap((group) => group.tabs)
        .find(
          (candidate) =>
            candidate.input instanceof vscode.TabInputWebview &&
            candidate.input.viewType.endsWith("saysWho.sourcingReport"),
        ),
    );
    assert.equal(tab.label, "Sourcing: draft.md");
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });
});
