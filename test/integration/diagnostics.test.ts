import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import {
  codeOf,
  diagnosticsWhen,
  fixtureUri,
  openDraft,
  ours,
  revertAndClose,
  setSetting,
  SOURCE,
  span,
  waitFor,
} from "./helpers";

describe("Live diagnostics", () => {
  afterEach(async () => {
    await setSetting("severity.unattributedNumber", undefined);
    await setSetting("enable", undefined);
    await setSetting("numberScope", undefined);
    await setSetting("maxDraftSize", undefined);
    await setSetting("sources", undefined);
  });

  it("flags the Markdown draft's unattributed quotes and number with exact ranges, codes and messages", async () => {
    const draft = await openDraft("extension/council/draft.md");
    const diagnostics = await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    assert.deepEqual(
      diagnostics.map((d) => [span(d.range), codeOf(d), d.message, d.severity, d.source]),
      [
        [
          [8, 0, 8, 97],
          "unattributed-quote",
          "Unattributed quote: “This is the safest street design we have ever voted on, and…”. Says who?",
          vscode.DiagnosticSeverity.Warning,
          SOURCE,
        ],
        [
          [10, 19, 10, 31],
          "unattributed-number",
          "Unattributed number: “$3.4 million”. Says who?",
          vscode.DiagnosticSeverity.Warning,
          SOURCE,
        ],
        [
          [12, 0, 12, 64],
          "unattributed-quote",
          "Unattributed quote: “We will be watching every single parking space on Main…”. Says who?",
          vscode.DiagnosticSeverity.Warning,
          SOURCE,
        ],
      ],
    );
    assert.equal(draft.getText(diagnostics[1].range), "$3.4 million");
    await revertAndClose();
  });

  it("links each code to the README section that explains it", async () => {
    const draft = await openDraft("extension/council/draft.md");
    const [quote, number] = await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    for (const [diagnostic, code] of [
      [quote, "unattributed-quote"],
      [number, "unattributed-number"],
    ] as const) {
      assert.ok(typeof diagnostic.code === "object", "the code carries a link");
      assert.equal(diagnostic.code.value, code);
      assert.equal(diagnostic.code.target.fragment, code);
      assert.match(diagnostic.code.target.path, /\/README\.md$/);
    }
    await revertAndClose();
  });

  it("points each matched claim at the passage of the source article that says it", async () => {
    const draft = await openDraft("extension/council/draft.md");
    // The findings show first; their evidence follows once the source article is read.
    const [quote, number, unmatched] = await diagnosticsWhen(
      draft,
      "three findings with the quote's evidence",
      (found) => found.length === 3 && found[0].relatedInformation !== undefined,
    );
    const [related] = quote.relatedInformation ?? [];
    assert.ok(related, "the quote links to its source passage");
    assert.equal(related.location.uri.toString(), fixtureUri("extension/council/wire.txt").toString());
    assert.deepEqual(span(related.location.range), [4, 1, 4, 95]);
    assert.equal(
      related.message,
      "Ruth Abebe, in the source article: This is the safest street design we have ever voted on, and it pays for itself within a decade",
    );
    assert.equal(
      number.relatedInformation?.[0]?.location.uri.toString(),
      fixtureUri("extension/council/wire.txt").toString(),
    );
    assert.equal(unmatched.relatedInformation, undefined);
    await revertAndClose();
  });

  it("checks plain-text drafts", async () => {
    const draft = await openDraft("extension/storm.txt");
    assert.equal(draft.languageId, "plaintext");
    const diagnostics = await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    assert.deepEqual(
      diagnostics.map((d) => [span(d.range), codeOf(d)]),
      [
        [[2, 0, 2, 81], "unattributed-quote"],
        [[4, 24, 4, 46], "unattributed-number"],
      ],
    );
    assert.equal(draft.getText(diagnostics[1].range), "40,000 homes overnight");
    await revertAndClose();
  });

  it("checks an unsaved Markdown draft, and forgets it when it is closed", async () => {
    const quoteText = "“We have never seen water like this in the valley, not once in forty years.”";
    const draft = await vscode.workspace.openTextDocument({
      language: "markdown",
      content: `# Notes\n\n${quoteText}\n`,
    });
    await vscode.window.showTextDocument(draft);
    const [quote] = await diagnosticsWhen(draft, "the quote's finding", (found) => found.length === 1);
    assert.deepEqual(span(quote.range), [2, 0, 2, quoteText.length]);
    await revertAndClose();
    await waitFor("the closed draft's diagnostics to clear", () => ours(draft.uri).length === 0);
  });

  it("follows the reporter's typing and shows results only for the text as it now stands", async () => {
    const draft = await openDraft("extension/council/draft.md");
    await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    const editor = vscode.window.activeTextEditor!;
    // Typed piece by piece, faster than the throttle: only the last version may be reported.
    for (const piece of [",", " the", " mayor", " said"]) {
      await editor.edit((builder) => builder.insert(draft.lineAt(10).range.end.translate(0, -1), piece));
    }
    assert.equal(draft.lineAt(10).text, "The plan will cost $3.4 million over three years, the mayor said.");
    // The mayor now attributes the number, and the quote-only paragraph after it (the continuing speaker).
    const diagnostics = await diagnosticsWhen(
      draft,
      "the attributed claims to drop out",
      (found) => found.length === 1,
    );
    assert.deepEqual(
      diagnostics.map((d) => [span(d.range), codeOf(d)]),
      [[[8, 0, 8, 97], "unattributed-quote"]],
    );
    await revertAndClose();
  });

  it("uses the severity the settings give each code", async () => {
    const draft = await openDraft("extension/storm.txt");
    await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    await setSetting("severity.unattributedNumber", "error");
    const diagnostics = await diagnosticsWhen(draft, "the number as an error", (found) =>
      found.some((d) => codeOf(d) === "unattributed-number" && d.severity === vscode.DiagnosticSeverity.Error),
    );
    assert.equal(
      diagnostics.find((d) => codeOf(d) === "unattributed-quote")?.severity,
      vscode.DiagnosticSeverity.Warning,
    );
    await revertAndClose();
  });

  it("clears its diagnostics when disabled and brings them back when enabled", async () => {
    const draft = await openDraft("extension/storm.txt");
    await diagnosticsWhen(draft, "two findings", (found) => found.length === 2);
    await setSetting("enable", false);
    await waitFor("the diagnostics to clear", () => ours(draft.uri).length === 0);
    await setSetting("enable", true);
    await diagnosticsWhen(draft, "two findings again", (found) => found.length === 2);
    await revertAndClose();
  });

  it("widens a number's attribution to its paragraph when numberScope is 'paragraph'", async () => {
    const draft = await openDraft("extension/scope.md");
    const [number] = await diagnosticsWhen(draft, "the number's finding", (found) => found.length === 1);
    assert.equal(draft.getText(number.range), "40,000 homes overnight");
    await setSetting("numberScope", "paragraph");
    await waitFor("the number to count as attributed", () => ours(draft.uri).length === 0);
    await revertAndClose();
  });

  it("stops checking as you type past saysWho.maxDraftSize, while the palette check still runs", async () => {
    const draft = await openDraft("extension/council/draft.md");
    await diagnosticsWhen(draft, "three findings", (found) => found.length === 3);
    await setSetting("maxDraftSize", 1000);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((builder) =>
      builder.insert(draft.lineAt(draft.lineCount - 1).range.end, "\n\nMore notes. ".repeat(60)),
    );
    await waitFor("the oversized draft's diagnostics to clear", () => ours(draft.uri).length === 0);
    assert.equal(
      await vscode.commands.executeCommand<string>("saysWho.checkDraft"),
      "2 unattributed quotes, 1 unattributed number",
    );
    assert.equal(ours(draft.uri).length, 3);
    await revertAndClose();
  });

  it("shows the first 1,000 findings of a draft that has more, and says so at its top", async () => {
    const paragraphs = Array.from({ length: 1005 }, (_, i) => `Sales rose ${i + 2} percent.`);
    const draft = await vscode.workspace.openTextDocument({
      language: "markdown",
      content: `# Quarterly figures\n\n${paragraphs.join("\n\n")}\n`,
    });
    await vscode.window.showTextDocument(draft);
    const found = await diagnosticsWhen(draft, "the capped findings", (diagnostics) =>
      diagnostics.some((d) => codeOf(d) === "too-many-findings"),
    );
    assert.equal(found.length, 1001);
    assert.equal(found.filter((d) => codeOf(d) === "unattributed-number").length, 1000);
    const note = found.find((d) => codeOf(d) === "too-many-findings")!;
    assert.deepEqual(span(note.range), [0, 0, 0, "# Quarterly figures".length]);
    assert.match(note.message, /^Says Who shows the first 1,000 of 1,005 findings in this draft\./);
    const last = found.filter((d) => codeOf(d) === "unattributed-number").at(-1)!;
    assert.equal(draft.getText(last.range), "1001 percent", "the first findings in the draft are the ones shown");
    await revertAndClose();
  });

  it("leaves no diagnostics behind for a draft closed while its check is pending or running", async () => {
    // Unsaved drafts: closing one really closes it (a file's document can outlive its editor).
    const draft = await vscode.workspace.openTextDocument({
      language: "markdown",
      content: '"Nobody saw it coming."\n',
    });
    await vscode.window.showTextDocument(draft);
    await diagnosticsWhen(draft, "the quote's finding", (found) => found.length === 1);
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((builder) =>
      builder.insert(draft.lineAt(draft.lineCount - 1).range.end, '\n"We will not stop here."\n'),
    );
    await revertAndClose();
    const unsaved = await vscode.workspace.openTextDocument({
      language: "markdown",
      content: '"Nobody saw it coming."\n\n'.repeat(2000),
    });
    await vscode.window.showTextDocument(unsaved);
    await revertAndClose();
    await waitFor(
      "the closed drafts' diagnostics to clear",
      () => ours(draft.uri).length === 0 && ours(unsaved.uri).length === 0,
    );
    // Longer than the throttle delay and a check of the longer draft: nothing may come back.
    await new Promise((resolve) => setTimeout(resolve, 2000));
    assert.deepEqual([ours(draft.uri).length, ours(unsaved.uri).length], [0, 0]);
  });

  it("reads source articles from the saysWho.sources setting for drafts that name none", async () => {
    const draft = await openDraft("extension/scope.md");
    // A glob pattern relative to the draft's workspace folder; outside any folder, a path relative to the draft.
    await setSetting("sources", [
      vscode.workspace.getWorkspaceFolder(draft.uri) ? "extension/council/*.txt" : "council/wire.txt",
    ]);
    const style = await waitFor("the setting to reach the extension", async () => {
      await vscode.window.showTextDocument(draft);
      return vscode.commands.executeCommand<string | undefined>("saysWho.showSourceStyle");
    });
    assert.match(style, /council\/wire\.txt$/m);
    await vscode.commands.executeCommand("workbench.action.closeAllEditors");
  });

  it("re-checks when a source article the front matter names appears or disappears on disk", async () => {
    const draft = await openDraft("extension/missing/draft.md");
    const notFound = (found: vscode.Diagnostic[]) => found.find((d) => codeOf(d) === "source-not-found");
    const missing = notFound(
      await diagnosticsWhen(draft, "the missing source", (found) => notFound(found) !== undefined),
    )!;
    assert.deepEqual(span(missing.range), [1, 0, 1, 25]);
    assert.equal(
      missing.message,
      "Source article not found: 'call-notes.txt'. Fixes cannot name the source's speakers until it can be read.",
    );
    const source = fixtureUri("extension/missing/call-notes.txt");
    await vscode.workspace.fs.writeFile(
      source,
      new TextEncoder().encode('"We have never seen water like this," the fire chief said.\n'),
    );
    try {
      await diagnosticsWhen(
        draft,
        "the source to be found",
        (found) => found.length > 0 && notFound(found) === undefined,
      );
      await vscode.workspace.fs.delete(source);
      await diagnosticsWhen(draft, "the source to be missed again", (found) => notFound(found) !== undefined);
    } finally {
      await vscode.workspace.fs.delete(source).then(undefined, () => undefined);
    }
    await revertAndClose();
  });
});
