import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { diagnosticsWhen, openDraft, revertAndClose, span, waitFor } from "./helpers";

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === "string" ? content : "value" in content ? content.value : ""))
    .join("\n");
}

/** A command link of the hover, as the workbench would run it when clicked. */
function commandLink(markdown: string, command: string): { command: string; args: unknown[] } {
  const link = new RegExp(`\\]\\(command:(${command.replace(".", "\\.")})\\?([^)]*)\\)`).exec(markdown);
  assert.ok(link, `no ${command} link in the hover`);
  return { command: link[1], args: JSON.parse(decodeURIComponent(link[2])) as unknown[] };
}

describe("Hover", () => {
  it("explains a flagged quote: what it is, which rule it fails, and where to learn more", async () => {
    const draft = await openDraft("extension/storm.txt");
    const [quote] = await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      "vscode.executeHoverProvider",
      draft.uri,
      quote.range.start.translate(0, 10),
    );
    const ours = hovers.filter((hover) => hoverText([hover]).includes("Unattributed quote"));
    assert.equal(ours.length, 1);
    assert.deepEqual(span(ours[0].range!), [2, 0, 2, 81]);
    const text = hoverText(ours);
    assert.match(text, /^\*\*Unattributed quote\*\*: a direct quote that does not say who said it\./);
    assert.match(text, /\*Why:\* Policy 2\\\.1: a quote is attributed by a cue/);
    assert.match(text, /\[Learn more\]\(command:saysWho\.learnMore\?%5B%22unattributed-quote%22%5D\)/);
    await revertAndClose();
  });

  it("shows the source evidence and the fix, with links that apply it and open the passage", async () => {
    const draft = await openDraft("extension/council/draft.md");
    const [quote] = await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      "vscode.executeHoverProvider",
      draft.uri,
      quote.range.start.translate(0, 5),
    );
    const text = hoverText(hovers);
    assert.match(text, /\*Source:\* Ruth Abebe, in \S*wire\\\.txt/);
    assert.match(
      text,
      /^> This is the safest street design we have ever voted on, and it pays for itself within a decade$/m,
    );
    assert.match(text, /\*Fix inserts:\* `," council member Ruth Abebe said after the vote\.`/);

    const openPassage = commandLink(text, "saysWho.openPassage");
    await vscode.commands.executeCommand(openPassage.command, ...openPassage.args);
    const source = await waitFor("the source article to open", () => {
      const editor = vscode.window.activeTextEditor;
      return editor?.document.uri.path.endsWith("/extension/council/wire.txt") && editor;
    });
    assert.deepEqual(span(source.selection), [4, 1, 4, 95]);
    await vscode.commands.executeCommand("workbench.action.closeActiveEditor");

    const applyFix = commandLink(text, "saysWho.applyFix");
    assert.equal(await vscode.commands.executeCommand(applyFix.command, ...applyFix.args), true);
    assert.equal(
      draft.lineAt(8).text,
      '"This is the safest street design we have ever voted on, and it pays for itself within a decade," council member Ruth Abebe said after the vote.',
    );
    assert.equal(
      await vscode.commands.executeCommand(applyFix.command, ...applyFix.args),
      false,
      "the same link applied twice",
    );
    await vscode.window.showTextDocument(draft);
    await revertAndClose();
  });

  it("says nothing over attributed text", async () => {
    const draft = await openDraft("extension/storm.txt");
    await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const position = draft.positionAt(draft.getText().indexOf("1,200 workers"));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      "vscode.executeHoverProvider",
      draft.uri,
      position,
    );
    assert.doesNotMatch(hoverText(hovers), /Unattributed|Policy/);
    await revertAndClose();
  });
});
