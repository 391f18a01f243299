import * as assert from "node:assert/strict";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import { codeOf, diagnosticsWhen, fixtureUri, openDraft, revertAndClose } from "./helpers";

/**
 * Run by e2e/real-vscode/run.sh in a server with workspace trust enabled and a
 * folder never trusted (SAYS_WHO_TEST_GREP="Restricted Mode"); skipped in the
 * trusted runs. A run in which all of them skip counts as failed ("No
 * integration test ran"), so a server that trusts the folder cannot pass it.
 */
describe("Restricted Mode (an untrusted workspace)", function () {
  let outside = "";

  before(function () {
    if (vscode.workspace.isTrusted) this.skip();
    const outsideDir = fs.mkdtempSync(path.join(os.tmpdir(), "says-who-outside-"));
    outside = path.join(outsideDir, "leak.txt");
    // A source that would match the draft's quote and name its speaker, were it read.
    fs.writeFileSync(
      outside,
      "“The lanes will be finished by spring,” said Priya Outsider, the council's transport chair, on Monday.\n",
    );
    const council = fixtureUri("extension/council").fsPath;
    fs.symlinkSync(outsideDir, path.join(council, "linked-wires"));
    fs.symlinkSync(outside, path.join(council, "linked-leak.txt"));
  });

  after(() => {
    if (!outside) return;
    const council = fixtureUri("extension/council").fsPath;
    for (const link of ["linked-wires", "linked-leak.txt"]) fs.rmSync(path.join(council, link), { force: true });
  });

  /** Names `sources` on the council draft's `sources:` line, unsaved, and waits for the refusal's diagnostic. */
  async function refused(sources: string, code: string): Promise<vscode.Diagnostic[]> {
    const draft = await openDraft("extension/council/draft.md");
    const editor = vscode.window.activeTextEditor!;
    await editor.edit((builder) => builder.replace(draft.lineAt(2).range, `sources: [${sources}]`));
    return diagnosticsWhen(draft, `a ${code} diagnostic for ${sources}`, (found) =>
      found.some((d) => codeOf(d) === code && d.message.includes(`'${sources}'`)),
    );
  }

  const noEvidenceFromOutside = (found: vscode.Diagnostic[]) =>
    assert.ok(
      !found.some(
        (d) => d.message.includes("Outsider") || d.relatedInformation?.some((r) => r.message.includes("Outsider")),
      ),
      "nothing from the file outside the workspace reached the diagnostics",
    );

  it("still reads a source article inside the workspace folder", async () => {
    const draft = await openDraft("extension/council/draft.md");
    const found = await diagnosticsWhen(draft, "the quote with the wire's evidence", (diagnostics) =>
      diagnostics.some((d) => codeOf(d) === "unattributed-quote" && d.relatedInformation?.length),
    );
    assert.equal(
      found.find((d) => codeOf(d) === "unattributed-quote")?.relatedInformation?.[0]?.location.uri.toString(),
      fixtureUri("extension/council/wire.txt").toString(),
    );
    await revertAndClose();
  });

  it("does not read an absolute path that starts in the workspace and leads out with '..'", async () => {
    const folder = vscode.workspace.workspaceFolders![0].uri.path;
    const sneaky = `${folder}/${path.relative(folder, outside).split("/").join("/")}`;
    assert.ok(sneaky.startsWith(`${folder}/..`), sneaky);
    const found = await refused(sneaky, "source-outside-workspace");
    assert.match(
      found.find((d) => codeOf(d) === "source-outside-workspace")!.message,
      /not read: outside the workspace in an untrusted workspace/,
    );
    noEvidenceFromOutside(found);
    await revertAndClose();
  });

  it("does not read a relative path that leads out of the workspace", async () => {
    const relative = path.relative(fixtureUri("extension/council").fsPath, outside);
    noEvidenceFromOutside(await refused(relative, "source-outside-workspace"));
    await revertAndClose();
  });

  it("does not read through a symbolic link inside the workspace, to a file or to a folder outside it", async () => {
    for (const name of ["linked-leak.txt", "linked-wires/leak.txt"]) {
      const found = await refused(name, "source-outside-workspace");
      assert.match(
        found.find((d) => codeOf(d) === "source-outside-workspace" && d.message.includes(name))!.message,
        /its path goes through a symbolic link/,
      );
      noEvidenceFromOutside(found);
      await revertAndClose();
    }
  });
});
