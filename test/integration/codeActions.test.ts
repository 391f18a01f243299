import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { codeActionsAt, codeOf, diagnosticsWhen, openDraft, ours, revertAndClose, waitFor } from "./helpers";

describe("Quick fixes", () => {
  it("offers 'Ignore this claim' and 'Learn more' on a flagged claim, tied to its diagnostic", async () => {
    const draft = await openDraft("extension/storm.txt");
    const [quote] = await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const actions = await codeActionsAt(draft, quote.range, (found) =>
      found.some((a) => a.title === "Ignore this claim (unattributed-quote)" && a.diagnostics?.length),
    );
    const ignore = actions.find((a) => a.title === "Ignore this claim (unattributed-quote)")!;
    assert.equal(ignore.kind?.value, "quickfix");
    assert.equal(ignore.diagnostics?.[0]?.message, quote.message);
    const learnMore = actions.find((a) => a.title === "Learn more about unattributed-quote");
    assert.ok(learnMore?.command, "'Learn more' opens the README");
    assert.equal(learnMore.command.command, "vscode.open");
    assert.equal((learnMore.command.arguments?.[0] as vscode.Uri).fragment, "unattributed-quote");
    await revertAndClose();
  });

  it("ignores a claim with a says-who-disable-next-line comment the engine then honours", async () => {
    const draft = await openDraft("extension/storm.txt");
    const before = draft.getText();
    const [quote] = await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const actions = await codeActionsAt(draft, quote.range, (found) => found.some((a) => a.title === "Ignore this claim (unattributed-quote)" && a.edit));
    const ignore = actions.find((a) => a.title === "Ignore this claim (unattributed-quote)")!;
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    assert.equal(draft.getText(), before.replace('\n"The lines', '\n<!-- says-who-disable-next-line unattributed-quote -->\n"The lines'));
    const after = await diagnosticsWhen(draft, "the quote to be silenced", (found) => found.length === 1);
    assert.equal(codeOf(after[0]), "unattributed-number");
    await revertAndClose();
  });

  it("adds the code to a directive already above the claim instead of stacking another", async () => {
    const draft = await vscode.workspace.openTextDocument({
      language: "markdown",
      content: "<!-- says-who-disable-next-line unattributed-number -->\n“We are still counting the damage to the old pier.” Crews restored power to 40,000 homes.\n",
    });
    await vscode.window.showTextDocument(draft);
    const [quote] = await diagnosticsWhen(draft, "the quote's finding", (found) => found.length === 1);
    assert.equal(codeOf(quote), "unattributed-quote");
    const actions = await codeActionsAt(draft, quote.range, (found) => found.some((a) => a.title === "Ignore this claim (unattributed-quote)" && a.edit));
    assert.ok(await vscode.workspace.applyEdit(actions.find((a) => a.title === "Ignore this claim (unattributed-quote)")!.edit!));
    assert.equal(draft.lineAt(0).text, "<!-- says-who-disable-next-line unattributed-number unattributed-quote -->");
    await waitFor("every claim to be silenced", () => ours(draft.uri).length === 0);
    await revertAndClose();
  });

  it("refuses a fix computed for an older version of the draft and leaves the text alone", async () => {
    const draft = await openDraft("extension/storm.txt");
    await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const staleVersion = draft.version;
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((builder) => builder.insert(new vscode.Position(0, 0), "DRAFT "));
    const typed = draft.getText();
    const end = typed.indexOf("overnight.") + "overnight".length;
    const applied = await vscode.commands.executeCommand<boolean>("saysWho.applyFix", {
      uri: draft.uri.toString(),
      version: staleVersion,
      edits: [{ start: end, end, newText: ", the utility said" }],
    });
    assert.equal(applied, false);
    assert.equal(draft.getText(), typed);
    await revertAndClose();
  });

  it("applies a fix whose version is current", async () => {
    const draft = await openDraft("extension/storm.txt");
    await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const end = draft.getText().indexOf("overnight.") + "overnight".length;
    const applied = await vscode.commands.executeCommand<boolean>("saysWho.applyFix", {
      uri: draft.uri.toString(),
      version: draft.version,
      edits: [{ start: end, end, newText: ", the utility said" }],
    });
    assert.equal(applied, true);
    assert.equal(draft.lineAt(4).text, "Crews restored power to 40,000 homes overnight, the utility said.");
    await diagnosticsWhen(draft, "the number to count as attributed", (found) => found.length === 1);
    await revertAndClose();
  });
});
