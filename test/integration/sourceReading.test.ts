import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import {
  codeActionsAt,
  codeOf,
  diagnosticsWhen,
  fixtureUri,
  openDraft,
  ours,
  revertAndClose,
  waitFor,
} from "./helpers";

/**
 * A long source article: a county's flood coverage, day after day, with the
 * engineer's warning that the draft quotes at its very end. Reading it takes
 * seconds, which is what the reader must not make the reporter wait for.
 */
function longSource(paragraphs: number): string {
  const days = [];
  for (let day = 1; day <= paragraphs; day++) {
    days.push(
      `On day ${day} of the flood, crews pumped ${day * 13} million litres out of the low streets near the mill. ` +
        `Residents of ${day % 7} roads were told to boil their water, and the bridge stayed shut to traffic.`,
    );
  }
  days.push(
    "“The levee will not hold another storm like this one,” said Lena Marsh, the county’s chief engineer, at a briefing on Friday.",
  );
  return days.join("\n\n") + "\n";
}

const QUOTE = "“The levee will not hold another storm like this one.”";
const DRAFT = `---\nsources: [flood-source.txt]\n---\n# The county braces for more rain\n\n${QUOTE}\n`;

describe("A long source article, read off the editor's thread", () => {
  const source = fixtureUri("extension/flood-source.txt");
  const draftUri = fixtureUri("extension/flood-draft.md");

  before(async () => {
    await vscode.workspace.fs.writeFile(source, new TextEncoder().encode(longSource(2500)));
    await vscode.workspace.fs.writeFile(draftUri, new TextEncoder().encode(DRAFT));
  });

  after(async () => {
    for (const uri of [source, draftUri]) await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
  });

  it("shows the draft's squiggles at once, keeps checking edits, and adds the evidence and the speaker's fix when the article is read", async function () {
    this.timeout(120_000);
    const draft = await openDraft("extension/flood-draft.md");
    const [first] = await diagnosticsWhen(draft, "the unattributed quote", (found) =>
      found.some((d) => codeOf(d) === "unattributed-quote"),
    );
    assert.equal(first.relatedInformation, undefined, "the quote is flagged before the article is read");

    // The editor is not held up meanwhile: an edit is checked and its new quote flagged.
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((b) =>
      b.insert(draft.lineAt(draft.lineCount - 1).range.end, "\n“Move your car to high ground.”\n"),
    );
    const edited = await diagnosticsWhen(draft, "the typed quote flagged too", (found) => found.length === 2);
    assert.ok(
      edited.every((d) => d.relatedInformation === undefined),
      "the typed quote was flagged while the article was still being read",
    );

    const withEvidence = await waitForEvidence(draft);
    assert.match(
      withEvidence.relatedInformation![0].message,
      /^Lena Marsh, in the source article: The levee will not hold/,
    );
    assert.equal(withEvidence.relatedInformation![0].location.uri.toString(), source.toString());

    const actions = await codeActionsAt(draft, withEvidence.range, (all) => all.some((a) => a.title.includes("Marsh")));
    assert.ok(actions.find((a) => a.title.includes("Marsh"))?.isPreferred, "the preferred fix names the engineer");
    await revertAndClose();
  });
});

/** The levee quote once its evidence has arrived: reading the article takes seconds, more on a busy machine. */
function waitForEvidence(draft: vscode.TextDocument): Promise<vscode.Diagnostic> {
  return waitFor(
    "the levee quote's evidence",
    () => ours(draft.uri).find((d) => draft.getText(d.range).includes("levee") && d.relatedInformation),
    100_000,
  );
}
