import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { codeOf, openDraft, ours, revertAndClose, waitFor } from "./helpers";

const EXTENSION_ID = "says-who.says-who";

describe("Says Who in a real VS Code extension host", () => {
  let draft: vscode.TextDocument;

  before(async () => {
    draft = await openDraft("kursk/draft.md");
  });

  after(revertAndClose);

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
      const found = ours(draft.uri);
      return found.length > 0 && found;
    });
    const flagged = diagnostics.map((d) => draft.getText(d.range));
    const isFlagged = (words: string) => flagged.some((text) => text.includes(words));
    assert.ok(
      isFlagged("Russia had to pull almost 60,000 troops"),
      `Zelensky's quote is not flagged; flagged: ${JSON.stringify(flagged)}`,
    );
    assert.ok(isFlagged("about 40 percent"), `'about 40 percent' is not flagged; flagged: ${JSON.stringify(flagged)}`);
    assert.ok(!isFlagged("The main idea of this"), "Grabsky's quote is flagged although 'he said' attributes it");
  });

  it("finds nothing in fully attributed and exempt drafts when checked from the command palette", async () => {
    for (const name of ["attributed.md", "exempt.md"]) {
      const document = await openDraft(name);
      const summary = await vscode.commands.executeCommand<string | undefined>("saysWho.checkDraft");
      assert.ok(summary, `Check Attribution in Current Draft gave no result for ${name}`);
      assert.deepEqual(
        ours(document.uri).map((d) => document.getText(d.range)),
        [],
        `${name} has findings`,
      );
      await revertAndClose();
    }
  });

  it("reports anonymous and weasel sources as weak attribution, never as unattributed", async () => {
    const document = await openDraft("weak.md");
    const diagnostics = await waitFor("diagnostics on weak.md", () => {
      const found = ours(document.uri);
      return found.length > 0 && found;
    });
    assert.deepEqual(diagnostics.map(codeOf), ["weak-attribution", "weak-attribution"]);
    await revertAndClose();
  });
});
