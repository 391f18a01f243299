import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { diagnosticsWhen, openDraft, revertAndClose, span } from "./helpers";

function hoverText(hovers: vscode.Hover[]): string {
  return hovers
    .flatMap((hover) => hover.contents)
    .map((content) => (typeof content === "string" ? content : "value" in content ? content.value : ""))
    .join("\n");
}

describe("Hover", () => {
  it("explains a flagged quote: what it is, which rule it fails, and where to learn more", async () => {
    const draft = await openDraft("extension/storm.txt");
    const [quote] = await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", draft.uri, quote.range.start.translate(0, 10));
    const ours = hovers.filter((hover) => hoverText([hover]).includes("Unattributed quote"));
    assert.equal(ours.length, 1);
    assert.deepEqual(span(ours[0].range!), [2, 0, 2, 81]);
    const text = hoverText(ours);
    assert.match(text, /^\*\*Unattributed quote\*\*: a direct quote that does not say who said it\./);
    assert.match(text, /\*Why:\* Policy 2\\\.1: a quote is attributed by a cue/);
    assert.match(text, /\[Learn more\]\(command:saysWho\.learnMore\?%5B%22unattributed-quote%22%5D\)/);
    await revertAndClose();
  });

  it("says nothing over attributed text", async () => {
    const draft = await openDraft("extension/storm.txt");
    await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    const position = draft.positionAt(draft.getText().indexOf("1,200 workers"));
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>("vscode.executeHoverProvider", draft.uri, position);
    assert.doesNotMatch(hoverText(hovers), /Unattributed|Policy/);
    await revertAndClose();
  });
});
