import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { diagnosticsWhen, fixtureUri, openDraft, revertAndClose } from "./helpers";

const COUNCIL_ATTRIBUTED = [
  "---",
  "title: Council backs bike lanes",
  "sources: [wire.txt]",
  "---",
  "# Council backs bike lanes",
  "",
  "The Riverside City Council approved protected bike lanes downtown on Monday.",
  "",
  '"This is the safest street design we have ever voted on, and it pays for itself within a decade," council member Ruth Abebe said after the vote.',
  "",
  "The plan will cost $3.4 million over three years, according to the city's transportation department.",
  "",
  '"We will be watching every single parking space on Main Street."',
  "",
].join("\n");

// The council draft beside its wire, copied afresh for each test: code-server saves
// edited files after a second (files.autoSave is "afterDelay" in the web workbench),
// and the other suites need the council draft as it is.
const COUNCIL_COPY = "extension/council/attributed-by-command.md";

describe("'Attribute All Claims Found in the Source'", () => {
  beforeEach(() =>
    vscode.workspace.fs.copy(fixtureUri("extension/council/draft.md"), fixtureUri(COUNCIL_COPY), { overwrite: true }),
  );
  afterEach(async () => {
    await revertAndClose();
    await vscode.workspace.fs.delete(fixtureUri(COUNCIL_COPY));
  });

  it("attributes every claim the source article holds to its speakers, leaving every other word as it was", async () => {
    const draft = await openDraft(COUNCIL_COPY);
    await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    const said = await vscode.commands.executeCommand<string>("saysWho.attributeAll");
    assert.equal(said, "Says Who attributed 2 claims found in the source.");
    assert.equal(draft.getText(), COUNCIL_ATTRIBUTED);
    // The last quote is not in the wire; the paragraph before it now credits a figure, which puts no words in anyone's mouth.
    await diagnosticsWhen(draft, "only the quote outside the wire left", (found) => found.length === 1);
  });

  it("is undone in one step", async () => {
    const draft = await openDraft(COUNCIL_COPY);
    await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    const before = draft.getText();
    await vscode.commands.executeCommand("saysWho.attributeAll");
    assert.equal(draft.getText(), COUNCIL_ATTRIBUTED);
    await vscode.commands.executeCommand("undo");
    assert.equal(draft.getText(), before);
  });

  it("says the draft has no source article and changes nothing when none is set", async () => {
    const draft = await openDraft("extension/unsourced/draft.md");
    await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const before = draft.getText();
    const said = await vscode.commands.executeCommand<string>("saysWho.attributeAll");
    assert.equal(
      said,
      "Nothing to fix automatically: this draft has no source article, so Says Who cannot tell who said the 2 flagged claims. " +
        "Run 'Says Who: Set Source Article…', or press Ctrl+. on a claim to insert a placeholder.",
    );
    assert.equal(draft.getText(), before);
    assert.equal(draft.isDirty, false);
    await diagnosticsWhen(draft, "both claims still flagged", (found) => found.length === 2);
  });

  it("says the claims are not in the source article when it holds none of them", async () => {
    const draft = await openDraft("extension/offsource/draft.md");
    await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const said = await vscode.commands.executeCommand<string>("saysWho.attributeAll");
    assert.equal(
      said,
      "Nothing to fix automatically: none of the 2 flagged claims is in the source article. " +
        "Press Ctrl+. on a claim to insert a placeholder for its source.",
    );
    assert.equal(draft.isDirty, false);
  });
});
