import * as vscode from "vscode";
import type { DraftChecker } from "../draftChecker";
import { applyPlan } from "../editPlan";
import { relativePath } from "../relativePath";
import type { SourceArticles } from "../sourceArticles";
import type { DraftFinder } from "./draftFinder";
import { isDraftText, orderCandidates } from "./sourceCandidates";

const SOURCE_FILES = "**/*.{txt,md,markdown,text}";
const EXCLUDED = "**/{node_modules,.git}/**";

/**
 * 'Says Who: Set Source Article…': picks source articles among the
 * workspace's text files (or `chosen`, when another command or a test
 * passes them). A saved Markdown draft records them in its front matter, so
 * the CLI reads the same sources; a plain-text or unsaved draft cannot, so
 * the choice is remembered for it in this workspace.
 */
export async function setSourceArticle(
  checker: DraftChecker,
  sources: SourceArticles,
  drafts: DraftFinder,
  chosen?: readonly vscode.Uri[],
): Promise<boolean> {
  const document = await drafts.find();
  if (!document) return false;
  const picked = chosen ?? (await pickSources(document));
  if (!picked || picked.length === 0) return false;
  if (document.languageId === "markdown" && document.uri.scheme !== "untitled") {
    const { frontMatterSourcesEdit } = await import("../frontMatterSources");
    const folder = vscode.Uri.joinPath(document.uri, "..").path;
    const edit = frontMatterSourcesEdit(
      document.getText(),
      picked.map((uri) => relativePath(folder, uri.path)),
    );
    if ("error" in edit) {
      void vscode.window.showErrorMessage(edit.error);
      return false;
    }
    return applyPlan({ uri: document.uri.toString(), version: document.version, edits: [edit] });
  }
  await sources.remember(document.uri, picked);
  checker.schedule(document, 0);
  return true;
}

type Item = vscode.QuickPickItem & { uri?: vscode.Uri };

/**
 * The picker: the draft's own folder first, files that are drafts left out,
 * the only file beside the draft already ticked, and Enter on a highlighted
 * row with nothing ticked picks that row (VS Code's multi-select picker
 * would otherwise accept nothing).
 */
async function pickSources(document: vscode.TextDocument): Promise<vscode.Uri[] | undefined> {
  const found = await vscode.workspace.findFiles(SOURCE_FILES, EXCLUDED, 2000);
  const sources = await withoutDrafts(found);
  const byPath = new Map(sources.map((uri) => [uri.path, uri]));
  const { near, far } = orderCandidates(document.uri.path, [...byPath.keys()]);
  const item = (path: string): Item => {
    const uri = byPath.get(path)!;
    return {
      label: path.slice(path.lastIndexOf("/") + 1),
      description: vscode.workspace.asRelativePath(uri, true),
      uri,
    };
  };
  const nearItems = near.map(item);
  const browse: Item = {
    label: "$(folder-opened) Browse…",
    description: "Choose files outside the workspace",
    alwaysShow: true,
  };
  const separator = (label: string): Item => ({ label, kind: vscode.QuickPickItemKind.Separator });
  const picker = vscode.window.createQuickPick<Item>();
  picker.canSelectMany = true;
  picker.matchOnDescription = true;
  picker.title = "Source articles for this draft";
  picker.placeholder = "The wire story, press release or transcript this draft is written from";
  picker.items = [
    ...(nearItems.length > 0 ? [separator("Beside the draft"), ...nearItems] : []),
    ...(far.length > 0 ? [separator("Elsewhere in the workspace"), ...far.map(item)] : []),
    browse,
  ];
  if (nearItems.length === 1) {
    picker.selectedItems = nearItems;
    picker.activeItems = nearItems;
  }
  const picked = await new Promise<readonly Item[] | undefined>((resolve) => {
    picker.onDidAccept(() => {
      resolve(picker.selectedItems.length > 0 ? picker.selectedItems : picker.activeItems);
      picker.hide();
    });
    picker.onDidHide(() => {
      resolve(undefined);
      picker.dispose();
    });
    picker.show();
  });
  if (!picked || picked.length === 0) return undefined;
  const uris = picked.flatMap((chosen) => (chosen.uri ? [chosen.uri] : []));
  if (picked.includes(browse)) {
    const browsed = await vscode.window.showOpenDialog({
      canSelectMany: true,
      openLabel: "Use as source",
      filters: { Text: ["txt", "md", "markdown", "text"] },
    });
    uris.push(...(browsed ?? []));
  }
  return uris.length > 0 ? uris : undefined;
}

/** The files that are not drafts (only Markdown can say so, in its front matter); unreadable ones stay, to say why later. */
async function withoutDrafts(files: readonly vscode.Uri[]): Promise<vscode.Uri[]> {
  const kept = await Promise.all(
    files.map(async (uri) => {
      if (!/\.(md|markdown)$/i.test(uri.path)) return uri;
      try {
        const head = new TextDecoder().decode((await vscode.workspace.fs.readFile(uri)).subarray(0, 4096));
        return isDraftText(head) ? undefined : uri;
      } catch {
        return uri;
      }
    }),
  );
  return kept.filter((uri): uri is vscode.Uri => uri !== undefined);
}
