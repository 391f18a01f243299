import * as vscode from "vscode";

/**
 * Where each diagnostic code is explained: a section of the README that ships
 * with the extension, whose anchor is the code itself (#unattributed-quote).
 * The project has no public repository URL yet; when it has one, this is the
 * one place to point at it instead.
 */
let readmeFile = "README.md";

/**
 * Finds the README's name in the installed extension: a checkout has
 * README.md, but vsce stores it as readme.md in a .vsix, and a link to the
 * wrong case is dead on a case-sensitive file system.
 */
export async function locateReadme(extensionUri: vscode.Uri): Promise<void> {
  for (const name of ["README.md", "readme.md"]) {
    try {
      await vscode.workspace.fs.stat(vscode.Uri.joinPath(extensionUri, name));
      readmeFile = name;
      return;
    } catch {
      continue;
    }
  }
}

export function readmeUri(extensionUri: vscode.Uri, section: string): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, readmeFile).with({ fragment: section });
}
