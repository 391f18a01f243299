import * as vscode from "vscode";

/** The languages a draft is written in. */
export const DRAFT_LANGUAGES = ["markdown", "plaintext"] as const;

/**
 * Files, unsaved drafts, virtual workspaces, and a remote machine's files as
 * an extension host in the browser or on the desktop sees them (a web worker
 * host on code-server or Codespaces, where the Node host would see `file:`).
 * Other schemes (git diffs, output channels, our own style view) show text
 * that is not the draft being written.
 */
const DRAFT_SCHEMES = ["file", "untitled", "vscode-vfs", "vscode-remote"] as const;

export const DRAFT_SELECTOR: vscode.DocumentSelector = DRAFT_LANGUAGES.flatMap((language) =>
  DRAFT_SCHEMES.map((scheme) => ({ language, scheme })),
);

export function isDraft(document: vscode.TextDocument): boolean {
  return (
    (DRAFT_LANGUAGES as readonly string[]).includes(document.languageId) &&
    (DRAFT_SCHEMES as readonly string[]).includes(document.uri.scheme)
  );
}
