import * as vscode from "vscode";
import { docTarget } from "./diagnostics";
import { applyPlan, EditPlan } from "./editPlan";
import { FIX_APPLIED_COMMAND } from "./walkthroughProgress";

/** Commands reached from hover links, not from the palette. */
export const LINK_COMMANDS = {
  applyFix: "saysWho.applyFix",
  openPassage: "saysWho.openPassage",
  learnMore: "saysWho.learnMore",
} as const;

/** A passage of a source article, as a hover link carries it (JSON only). */
export interface PassageLink {
  uri: string;
  start: [line: number, character: number];
  end: [line: number, character: number];
}

/** A Markdown command link target; parentheses are escaped too, or a ")" in a fix would end the link. */
export function commandUri(command: string, argument: unknown): string {
  const query = encodeURIComponent(JSON.stringify([argument])).replace(
    /[()]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `command:${command}?${query}`;
}

export function registerLinkCommands(extensionUri: vscode.Uri): vscode.Disposable[] {
  return [
    vscode.commands.registerCommand(LINK_COMMANDS.applyFix, async (plan: unknown) => {
      const applied = isEditPlan(plan) && (await applyPlan(plan));
      if (applied) await vscode.commands.executeCommand(FIX_APPLIED_COMMAND);
      return applied;
    }),
    vscode.commands.registerCommand(LINK_COMMANDS.openPassage, async (link: unknown) => {
      if (!isPassageLink(link)) return;
      const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(link.uri));
      const selection = new vscode.Range(...link.start, ...link.end);
      await vscode.window.showTextDocument(document, { selection, viewColumn: vscode.ViewColumn.Beside });
    }),
    vscode.commands.registerCommand(LINK_COMMANDS.learnMore, (code: unknown) =>
      typeof code === "string" && /^[a-z-]+$/.test(code)
        ? vscode.commands.executeCommand("vscode.open", docTarget(extensionUri, code))
        : undefined,
    ),
  ];
}

/** Link arguments come back from rendered Markdown: check their shape before trusting them. */
function isEditPlan(value: unknown): value is EditPlan {
  if (typeof value !== "object" || value === null) return false;
  const plan = value as Partial<EditPlan>;
  return (
    typeof plan.uri === "string" &&
    Number.isInteger(plan.version) &&
    Array.isArray(plan.edits) &&
    plan.edits.every(
      (edit) =>
        typeof edit === "object" &&
        edit !== null &&
        Number.isInteger(edit.start) &&
        Number.isInteger(edit.end) &&
        edit.start <= edit.end &&
        typeof edit.newText === "string",
    ) &&
    (plan.placeholder === undefined ||
      (Number.isInteger(plan.placeholder.start) && Number.isInteger(plan.placeholder.end)))
  );
}

function isPassageLink(value: unknown): value is PassageLink {
  if (typeof value !== "object" || value === null) return false;
  const link = value as Partial<PassageLink>;
  const isPosition = (pair: unknown) =>
    Array.isArray(pair) && pair.length === 2 && pair.every((n) => Number.isInteger(n) && n >= 0);
  return typeof link.uri === "string" && isPosition(link.start) && isPosition(link.end);
}
