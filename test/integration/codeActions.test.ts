import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { codeActionsAt, codeOf, diagnosticsWhen, openDraft, ours, revertAndClose, span, waitFor } from "./helpers";

describe("Quick fixes", () => {
  it("offers 'Ignore this claim' and 'Learn more' on a flagged claim", async () => {
    const draft = await openDraft("extension/storm.txt");
    const [quote] = await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const actions = await codeActionsAt(draft, quote.range, (found) =>
      found.some((a) => a.title === "Ignore this claim (unattributed-quote)"),
    );
    const ignore = actions.find((a) => a.title === "Ignore this claim (unattributed-quote)")!;
    assert.equal(ignore.kind?.value, "quickfix");
    const learnMore = actions.find((a) => a.title === "Learn more about unattributed-quote");
    assert.ok(learnMore?.command, "'Learn more' opens the README");
    assert.equal(learnMore.command.command, "saysWho.learnMore");
    assert.deepEqual(learnMore.command.arguments, ["unattributed-quote"]);
    await vscode.commands.executeCommand(learnMore.command.command, ...learnMore.command.arguments);
    await waitFor("the README to open", () => vscode.window.activeTextEditor?.document.uri.path.endsWith("/README.md"));
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");
    await vscode.window.showTextDocument(draft);
    await revertAndClose();
  });

  it("ignores a claim with a says-who-disable-next-line comment the engine then honours", async () => {
    const draft = await openDraft("extension/storm.txt");
    const before = draft.getText();
    const [quote] = await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const actions = await codeActionsAt(draft, quote.range, (found) =>
      found.some((a) => a.title === "Ignore this claim (unattributed-quote)" && a.edit),
    );
    const ignore = actions.find((a) => a.title === "Ignore this claim (unattributed-quote)")!;
    assert.ok(await vscode.workspace.applyEdit(ignore.edit!));
    assert.equal(
      draft.getText(),
      before.replace('\n"The lines', '\n<!-- says-who-disable-next-line unattributed-quote -->\n"The lines'),
    );
    const after = await diagnosticsWhen(draft, "the quote to be silenced", (found) => found.length === 1);
    assert.equal(codeOf(after[0]), "unattributed-number");
    await revertAndClose();
  });

  it("adds the code to a directive already above the claim instead of stacking another", async () => {
    const draft = await vscode.workspace.openTextDocument({
      language: "markdown",
      content:
        "<!-- says-who-disable-next-line unattributed-number -->\n“We are still counting the damage to the old pier.” Crews restored power to 40,000 homes.\n",
    });
    await vscode.window.showTextDocument(draft);
    const [quote] = await diagnosticsWhen(draft, "the quote's finding", (found) => found.length === 1);
    assert.equal(codeOf(quote), "unattributed-quote");
    const actions = await codeActionsAt(draft, quote.range, (found) =>
      found.some((a) => a.title === "Ignore this claim (unattributed-quote)" && a.edit),
    );
    assert.ok(
      await vscode.workspace.applyEdit(
        actions.find((a) => a.title === "Ignore this claim (unattributed-quote)")!.edit!,
      ),
    );
    assert.equal(draft.lineAt(0).text, "<!-- says-who-disable-next-line unattributed-number unattributed-quote -->");
    await waitFor("every claim to be silenced", () => ours(draft.uri).length === 0);
    await revertAndClose();
  });

  it("offers the source article's attribution as the preferred fix, naming the speaker", async () => {
    const draft = await openDraft("extension/council/draft.md");
    const [quote] = await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    const actions = await codeActionsAt(draft, quote.range, (found) =>
      found.some((a) => a.title === "Attribute to Abebe (source article)" && a.edit),
    );
    const preferred = actions.filter((a) => a.isPreferred);
    assert.deepEqual(
      preferred.map((a) => a.title),
      ["Attribute to Abebe (source article)"],
    );
    assert.ok(await vscode.workspace.applyEdit(preferred[0].edit!));
    assert.equal(
      draft.lineAt(8).text,
      '"This is the safest street design we have ever voted on, and it pays for itself within a decade," council member Ruth Abebe said after the vote.',
    );
    const after = await diagnosticsWhen(draft, "the quote to count as attributed", (found) => found.length === 2);
    assert.deepEqual(
      after.map((d) => codeOf(d)),
      ["unattributed-number", "unattributed-quote"],
    );
    await revertAndClose();
  });

  it("inserts a placeholder fix as a snippet with the source name selected, its title saying why it is one", async () => {
    const draft = await openDraft("extension/council/draft.md");
    const diagnostics = await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    const unmatched = diagnostics[2];
    const title = "Add attribution (name the source: not in the source article)";
    const actions = await codeActionsAt(draft, unmatched.range, (found) =>
      found.some((a) => a.title === title && a.edit),
    );
    const placeholder = actions.find((a) => a.title === title)!;
    assert.ok(await vscode.workspace.applyEdit(placeholder.edit!));
    assert.equal(
      draft.lineAt(12).text,
      '"We will be watching every single parking space on Main Street," SOURCE said.',
    );
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document, draft);
    assert.deepEqual(span(editor.selection), [12, 65, 12, 71]);
    assert.equal(draft.getText(editor.selection), "SOURCE");
    await revertAndClose();
  });

  it("attributes every claim the source article matched with source.fixAll.saysWho", async () => {
    const draft = await openDraft("extension/council/draft.md");
    await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    const whole = new vscode.Range(0, 0, draft.lineCount, 0);
    const [fixAll] = await codeActionsAt(
      draft,
      whole,
      (found) => found.some((a) => a.kind?.value === "source.fixAll.saysWho" && a.edit),
      "source.fixAll.saysWho",
    );
    assert.equal(fixAll.title, "Attribute every claim found in the source article");
    assert.ok(await vscode.workspace.applyEdit(fixAll.edit!));
    assert.equal(
      draft.lineAt(8).text,
      '"This is the safest street design we have ever voted on, and it pays for itself within a decade," council member Ruth Abebe said after the vote.',
    );
    assert.equal(
      draft.lineAt(10).text,
      "The plan will cost $3.4 million over three years, according to the city's transportation department.",
    );
    assert.equal(draft.lineAt(12).text, '"We will be watching every single parking space on Main Street."');
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
