import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { codeActionsAt, codeOf, diagnosticsWhen, openDraft, revertAndClose } from "./helpers";

const RESTORED =
  '"We will run every boat we can, but the east pier is closed until the engineers say otherwise," Quinn said.';

describe("Fidelity to the source article", () => {
  it("flags a misquote and shows the draft's and the source's words side by side in the hover", async () => {
    const draft = await openDraft("extension/fidelity/draft.md");
    const found = await diagnosticsWhen(draft, "a misquote", (all) => all.some((d) => codeOf(d) === "misquote"));
    const misquote = found.find((d) => codeOf(d) === "misquote")!;
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>(
      "vscode.executeHoverProvider",
      draft.uri,
      misquote.range.start.translate(0, 5),
    );
    const text = hovers
      .flatMap((hover) => hover.contents)
      .map((content) => (typeof content === "string" ? content : "value" in content ? content.value : ""))
      .join("\n");
    assert.match(text, /\| Your draft \| Source article \|/);
    assert.match(text, /boat we \*\*have\*\*, but/);
    assert.match(text, /boat we \*\*can\*\*, but/);
    assert.match(text, /\[Open source passage\]\(command:/);
    await revertAndClose();
  });

  it("restores the source's words with its quick fix, keeping every other word", async () => {
    const draft = await openDraft("extension/fidelity/draft.md");
    const found = await diagnosticsWhen(draft, "a misquote", (all) => all.some((d) => codeOf(d) === "misquote"));
    const misquote = found.find((d) => codeOf(d) === "misquote")!;
    const actions = await codeActionsAt(draft, misquote.range, (all) =>
      all.some((action) => action.title === "Restore the source's words"),
    );
    const restore = actions.find((action) => action.title === "Restore the source's words");
    assert.ok(restore?.edit, "the misquote has a quick fix");
    assert.ok(await vscode.workspace.applyEdit(restore.edit));
    assert.equal(draft.lineAt(5).text, RESTORED);
    await diagnosticsWhen(draft, "the misquote gone", (all) => !all.some((d) => codeOf(d) === "misquote"));
    await revertAndClose();
  });
});
