import * as vscode from "vscode";
import type { DraftChecker } from "../draftChecker";
import { applyPlan } from "../editPlan";
import { relativePath } from "../relativePath";
import type { SourceArticles } from "../sourceArticles";
import type { DraftFinder } from "./draftFinder";

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

async function pickSources(document: vscode.TextDocument): Promise<vscode.Uri[] | undefined> {
  const files = (await vscode.workspace.findFiles(SOURCE_FILES, EXCLUDED, 2000))
    .filter((uri) => uri.toString() !== document.uri.toString())
    .sort((a, b) => a.path.localeCompare(b.path));
  type Item = vscode.QuickPickItem & { uri?: vscode.Uri };
  const browse: Item = {
    label: "$(folder-opened) Browse…",
    description: "Choose files outside the workspace",
    alwaysShow: true,
  };
  const items: Item[] = [
    ...files.map((uri) => ({
      label: uri.path.slice(uri.path.lastIndexOf("/") + 1),
      description: vscode.workspace.asRelativePath(uri, true),
      uri,
    })),
    browse,
  ];
  const picked = await vscode.window.showQuickPick(items, {
    canPickMany: true,
    title: "Source articles for this draft",
    placeHolder: "The wire story, press release or transcript this draft is written from",
    matchOnDescription: true,
  });
  if (!picked || picked.length === 0) return undefined;
  const uris = picked.flatMap((item) => (item.uri ? [item.uri] : []));
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
