import * as vscode from "vscode";
import type { DraftChecker } from "./draftChecker";

/**
 * Context keys the walkthrough's steps complete on (package.json,
 * `onContext:`). Each is set when the step's action really happened, not
 * when its button was pressed: a cancelled picker ticks nothing.
 */
export const WALKTHROUGH_KEYS = {
  draftChecked: "saysWho.walkthrough.draftChecked",
  sourceUsed: "saysWho.walkthrough.sourceUsed",
  fixApplied: "saysWho.walkthrough.fixApplied",
} as const;

/** The command a quick fix runs after its edit is applied. */
export const FIX_APPLIED_COMMAND = "saysWho.fixApplied";

export function trackWalkthrough(checker: DraftChecker): vscode.Disposable[] {
  const done = new Set<string>();
  const tick = (key: string) => {
    if (done.has(key)) return;
    done.add(key);
    void vscode.commands.executeCommand("setContext", key, true);
  };
  return [
    checker.onDidUpdate((uri) => {
      const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri.toString());
      const checked = document && checker.latest(document);
      if (!checked) return;
      tick(WALKTHROUGH_KEYS.draftChecked);
      if (checked.sources.articles.length > 0) tick(WALKTHROUGH_KEYS.sourceUsed);
    }),
    vscode.commands.registerCommand(FIX_APPLIED_COMMAND, () => tick(WALKTHROUGH_KEYS.fixApplied)),
  ];
}
