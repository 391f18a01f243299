import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { codeOf, diagnosticsWhen, fixtureUri, openDraft, revertAndClose, span } from "./helpers";

/** The diagnostic a source problem puts on the `sources:` line, if any. */
function sourceDiagnostic(found: vscode.Diagnostic[], code: string): vscode.Diagnostic | undefined {
  return found.find((d) => codeOf(d) === code);
}

/** Names other sources on the draft's `sources:` line, unsaved: the extension reads the line as the editor holds it. */
async function nameSources(draft: vscode.TextDocument, sources: string): Promise<void> {
  const editor = vscode.window.activeTextEditor!;
  assert.equal(editor.document, draft);
  await editor.edit((builder) => builder.replace(draft.lineAt(1).range, `sources: [${sources}]`));
}

describe("Source articles that misbehave", () => {
  it("does not use a binary source article, says so on the sources: line, and checks with the sources that remain", async () => {
    const draft = await openDraft("extension/binary/draft.md");
    const found = await diagnosticsWhen(
      draft,
      "the binary source's diagnostic and the quote",
      (diagnostics) =>
        sourceDiagnostic(diagnostics, "source-not-text") !== undefined &&
        diagnostics.some((d) => codeOf(d) === "unattributed-quote" && d.relatedInformation !== undefined),
    );
    const notText = sourceDiagnostic(found, "source-not-text")!;
    assert.deepEqual(span(notText.range), [1, 0, 1, 40]);
    assert.equal(
      notText.message,
      "Source article 'scan.pdf' is not text (it contains NUL bytes, as binary files do), so it is not used.",
    );
    assert.equal(notText.severity, vscode.DiagnosticSeverity.Warning);
    const quote = found.find((d) => codeOf(d) === "unattributed-quote")!;
    assert.equal(
      quote.relatedInformation?.[0]?.location.uri.toString(),
      fixtureUri("extension/council/wire.txt").toString(),
      "the wire still names the speaker",
    );
    assert.match(quote.relatedInformation?.[0]?.message ?? "", /^Ruth Abebe, in the source article/);
    await revertAndClose();
  });

  it("says a source article that is a folder cannot be read", async () => {
    const draft = await openDraft("extension/binary/draft.md");
    await nameSources(draft, "../council, ../council/wire.txt");
    const found = await diagnosticsWhen(
      draft,
      "the folder's diagnostic",
      (diagnostics) => sourceDiagnostic(diagnostics, "source-unreadable") !== undefined,
    );
    assert.equal(
      sourceDiagnostic(found, "source-unreadable")!.message,
      "Source article '../council' could not be read (it is a folder), so it is not used.",
    );
    await revertAndClose();
  });

  it("does not read a source article over 2 MB", async () => {
    const huge = fixtureUri("extension/binary/huge.txt");
    await vscode.workspace.fs.writeFile(huge, new Uint8Array(2 * 1024 * 1024 + 1).fill(0x61));
    try {
      const draft = await openDraft("extension/binary/draft.md");
      await nameSources(draft, "huge.txt");
      const found = await diagnosticsWhen(
        draft,
        "the huge source's diagnostic",
        (diagnostics) => sourceDiagnostic(diagnostics, "source-too-large") !== undefined,
      );
      assert.equal(
        sourceDiagnostic(found, "source-too-large")!.message,
        "Source article 'huge.txt' is 2.1 MB, over the 2 MB limit for a source article, so it is not used.",
      );
      await revertAndClose();
    } finally {
      await vscode.workspace.fs.delete(huge).then(undefined, () => undefined);
    }
  });

  it("reads a source article outside the workspace folders only in a trusted workspace", async function () {
    if (!vscode.workspace.isTrusted) this.skip();
    const draft = await openDraft("extension/binary/draft.md");
    // Four folders up is outside the fixtures (and any workspace folder); a missing file there is reported as missing, so it was looked for.
    await nameSources(draft, "../../../../says-who-not-there.txt");
    const found = await diagnosticsWhen(
      draft,
      "the outside source to be looked for",
      (diagnostics) => sourceDiagnostic(diagnostics, "source-not-found") !== undefined,
    );
    assert.equal(sourceDiagnostic(found, "source-outside-workspace"), undefined);
    await revertAndClose();
  });
});
