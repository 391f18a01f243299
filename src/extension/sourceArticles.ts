import * as vscode from "vscode";
import type { SourceArticle } from "../core/types";
import type { Settings } from "./settings";

/** The source articles of one draft, with where each came from. */
export interface DraftSources {
  articles: SourceArticle[];
  /** SourceArticle.id -> the file it was read from. */
  uris: Map<string, vscode.Uri>;
  /** Sources the draft names that could not be read, as named. */
  missing: string[];
  /** Every file the draft names, read or not: a change to any of them calls for a new check. */
  named: vscode.Uri[];
  /** The front matter's `sources:` line, when the draft names its sources there. */
  declaredAt?: { start: number; end: number };
}

const REMEMBERED_KEY = "saysWho.sourcesByDraft";
const GLOB_CHARACTERS = /[*?{}[\]]/;

/**
 * Finds and reads a draft's source articles. In order of precedence: the
 * draft's front matter (`sources:`), the choice remembered for it in this
 * workspace (plain text has no front matter), the saysWho.sources setting.
 * Files are read through vscode.workspace.fs (no Node fs: the same code can
 * run in a browser) and cached until a watcher sees them change.
 */
export class SourceArticles implements vscode.Disposable {
  private readonly texts = new Map<string, Promise<string | undefined>>();
  private readonly watchers = new Map<string, vscode.FileSystemWatcher>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a source article changes, appears or disappears on disk. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly workspaceState: vscode.Memento) {}

  async forDraft(document: vscode.TextDocument, settings: Settings): Promise<DraftSources> {
    const named = await this.namedSources(document, settings);
    const sources: DraftSources = {
      articles: [],
      uris: new Map(),
      missing: [],
      named: named.entries.map((entry) => entry.uri),
      declaredAt: named.declaredAt,
    };
    for (const { name, uri } of named.entries) {
      const text = await this.read(uri);
      if (text === undefined) {
        sources.missing.push(name);
        continue;
      }
      const id = vscode.workspace.asRelativePath(uri, false);
      if (sources.uris.has(id)) continue;
      sources.articles.push({ id, text });
      sources.uris.set(id, uri);
    }
    return sources;
  }

  /** Remembers the source articles chosen for a draft that cannot name them itself. */
  async remember(draft: vscode.Uri, sources: readonly vscode.Uri[]): Promise<void> {
    const remembered = { ...this.rememberedAll(), [draft.toString()]: sources.map((uri) => uri.toString()) };
    await this.workspaceState.update(REMEMBERED_KEY, remembered);
  }

  dispose(): void {
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
    this.changed.dispose();
  }

  private async namedSources(
    document: vscode.TextDocument,
    settings: Settings,
  ): Promise<{ entries: { name: string; uri: vscode.Uri }[]; declaredAt?: { start: number; end: number } }> {
    if (document.languageId === "markdown") {
      const { readFrontMatter } = await import("../core/text/frontmatter");
      const frontMatter = readFrontMatter(document.getText());
      if (frontMatter && frontMatter.sources.length > 0) {
        const base = draftFolder(document.uri);
        return {
          entries: frontMatter.sources.map((name) => ({ name, uri: resolvePath(base, name) })),
          declaredAt: frontMatter.sourcesLine,
        };
      }
    }
    const remembered = this.rememberedAll()[document.uri.toString()];
    if (remembered && remembered.length > 0) {
      return { entries: remembered.map((uri) => ({ name: uri, uri: vscode.Uri.parse(uri) })) };
    }
    return { entries: await settingSources(document, settings.sources) };
  }

  private rememberedAll(): Record<string, string[]> {
    return this.workspaceState.get<Record<string, string[]>>(REMEMBERED_KEY) ?? {};
  }

  private read(uri: vscode.Uri): Promise<string | undefined> {
    const key = uri.toString();
    let text = this.texts.get(key);
    if (!text) {
      text = Promise.resolve(vscode.workspace.fs.readFile(uri)).then(
        (bytes) => new TextDecoder("utf-8").decode(bytes),
        () => undefined,
      );
      this.texts.set(key, text);
      this.watch(uri);
    }
    return text;
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const folder = vscode.Uri.joinPath(uri, "..");
    const name = uri.path.slice(uri.path.lastIndexOf("/") + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const invalidate = () => {
      this.texts.delete(key);
      this.changed.fire(uri);
    };
    watcher.onDidChange(invalidate);
    watcher.onDidCreate(invalidate);
    watcher.onDidDelete(invalidate);
    this.watchers.set(key, watcher);
  }
}

/** The folder relative paths are read from: the draft's own, or the workspace's for an unsaved draft. */
function draftFolder(draft: vscode.Uri): vscode.Uri | undefined {
  if (draft.scheme !== "untitled") return vscode.Uri.joinPath(draft, "..");
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

function resolvePath(base: vscode.Uri | undefined, name: string): vscode.Uri {
  if (!base) return vscode.Uri.file(name);
  return name.startsWith("/") ? base.with({ path: name }) : vscode.Uri.joinPath(base, name);
}

/** saysWho.sources: paths or glob patterns, relative to the draft's workspace folder (or to the draft). */
async function settingSources(document: vscode.TextDocument, patterns: readonly string[]): Promise<{ name: string; uri: vscode.Uri }[]> {
  const folder = vscode.workspace.getWorkspaceFolder(document.uri)?.uri ?? draftFolder(document.uri);
  const entries: { name: string; uri: vscode.Uri }[] = [];
  for (const pattern of patterns) {
    if (GLOB_CHARACTERS.test(pattern) && folder) {
      const found = await vscode.workspace.findFiles(new vscode.RelativePattern(folder, pattern), null, 50);
      found
        .filter((uri) => uri.toString() !== document.uri.toString())
        .sort((a, b) => a.path.localeCompare(b.path))
        .forEach((uri) => entries.push({ name: pattern, uri }));
    } else {
      entries.push({ name: pattern, uri: resolvePath(folder, pattern) });
    }
  }
  return entries;
}
