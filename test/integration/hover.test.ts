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
  it("explains a flagged quote in plain words first, and ends with the rule and a link to the policy", async () => {
    const draft = await openDraft("extension/storm.txt");
    const [quote] = await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      "vscode.executeHoverProvider",
      draft.uri,
      quote.range.start.translate(0, 10),
    );
    const ours = hovers.filter((hover) => hoverText([hover]).includes("No one is credited"));
    assert.equal(ours.length, 1);
    assert.deepEqual(span(ours[0].range!), [2, 0, 2, 81]);
    const text = hoverText(ours);
    assert.match(text, /^No one is credited for this quote in its sentence or paragraph\\\./);
    const last = text.trim().split("\n").at(-1);
    assert.equal(
      last,
      "*Policy 2\\.1: a quote needs a cue and a source in its sentence or paragraph\\.* [Policy](command:saysWho.learnMore?%5B%22unattributed-quote%22%5D)",
    );
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
    const lines = text.split("\n").filter(Boolean);
    assert.equal(
      lines[0],
      "No one is credited for this quote in its sentence or paragraph\\. The source article has it from Ruth Abebe\\.",
    );
    assert.match(lines[1], /^\*\*\[Attribute to Abebe \\\(source article\\\)\]\(command:saysWho\.applyFix\?/);
    assert.match(text, /^— Ruth Abebe, \S*wire\\\.txt · \[Open source passage\]/m);
    assert.match(
      text,
      /^> This is the safest street design we have ever voted on, and it pays for itself within a decade$/m,
    );
    assert.match(lines[1], /\*\*: `," council member Ruth Abebe said after the vote\.`$/);

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

  it("says whom a quote-only paragraph was credited to, by the paragraph before or a colon lead-in", async () => {
    const draft = await vscode.workspace.openTextDocument({
      language: "markdown",
      content:
        "Serhiy Grabsky, a reserve colonel, said the push was about strategy.\n\n“The main idea is to keep Russian forces busy all winter.”\n\nThe mayor gave one warning:\n\n“Nobody should drive on the coast road tonight.”\n",
    });
    await vscode.window.showTextDocument(draft);
    await vscode.commands.executeCommand("saysWho.checkDraft");
    const at = (words: string) => draft.positionAt(draft.getText().indexOf(words));
    const continued = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>(
        "vscode.executeHoverProvider",
        draft.uri,
        at("Russian forces"),
      ),
    );
    assert.match(
      continued,
      /Credited to “Serhiy Grabsky”, who speaks in the paragraph before \\\(continuing speaker\\\)/,
    );
    const colon = hoverText(
      await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", draft.uri, at("coast road")),
    );
    assert.match(colon, /Credited to the speaker the line before it introduces, by the colon lead\\-in before it/);
    await revertAndClose();
  });
});
