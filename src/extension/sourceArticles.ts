import * as vscode from "vscode";
import type { SourceArticle } from "../core/types";
import type { Settings } from "./settings";
import { isUrl, MAX_SOURCE_BYTES } from "../core/sourceFile";
import { decodeSource, isInsideFolders, SourceProblem } from "./sourceProblem";

/** A source the draft names that is not used, and why. */
export interface UnusedSource {
  /** As the draft or the setting names it. */
  name: string;
  problem: SourceProblem;
}

/** The source articles of one draft, with where each came from. */
export interface DraftSources {
  articles: SourceArticle[];
  /** SourceArticle.id -> the file it was read from. */
  uris: Map<string, vscode.Uri>;
  /** Sources named that are not used (missing, unreadable, not text, too large, or out of bounds), in the order named. */
  unused: UnusedSource[];
  /** Every file the draft names, read or not: a change to any of them calls for a new check. */
  named: vscode.Uri[];
  /** The front matter's `sources:` line, when the draft names its sources there. */
  declaredAt?: { start: number; end: number };
}

const REMEMBERED_KEY = "saysWho.sourcesByDraft";
/**
 * A file watcher is set up asynchronously (outside the workspace folders it
 * is a watch of its own), so a source created right after it was found
 * missing can come before the watcher sees anything: for a while after a
 * miss, the file is looked for too.
 */
const MISSING_POLL_MS = 1000;
const MISSING_POLLS = 30;
const URL_PROBLEM: SourceProblem = { kind: "url" };
const GLOB_CHARACTERS = /[*?{}[\]]/;

/**
 * Finds and reads a draft's source articles. In order of precedence: the
 * draft's front matter (`sources:`), the choice remembered for it in this
 * workspace (plain text has no front matter), the `sources` of the desk's
 * `.sayswho.json`, the saysWho.sources setting.
 * Files are read through vscode.workspace.fs (no Node fs: the same code can
 * run in a browser) and cached until a watcher sees them change.
 */
export class SourceArticles implements vscode.Disposable {
  private readonly texts = new Map<string, Promise<{ text: string } | { problem: SourceProblem }>>();
  /** Files refused in an untrusted workspace: granting trust re-checks the drafts that name them. */
  private readonly refused = new Map<string, vscode.Uri>();
  private readonly trustGranted: vscode.Disposable;
  private readonly watchers = new Map<string, vscode.FileSystemWatcher>();
  private readonly polls = new Map<string, ReturnType<typeof setInterval>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a source article changes, appears or disappears on disk. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly workspaceState: vscode.Memento) {
    this.trustGranted = vscode.workspace.onDidGrantWorkspaceTrust(() => {
      const refused = [...this.refused.values()];
      this.refused.clear();
      refused.forEach((uri) => this.changed.fire(uri));
    });
  }

  async forDraft(document: vscode.TextDocument, settings: Settings): Promise<DraftSources> {
    const named = await this.namedSources(document, settings);
    const sources: DraftSources = {
      articles: [],
      uris: new Map(),
      unused: [],
      named: named.entries.map((entry) => entry.uri),
      declaredAt: named.declaredAt,
    };
    for (const { name, uri } of named.entries) {
      const read = named.remembered || !isUrl(name) ? await this.readAllowed(uri) : { problem: URL_PROBLEM };
      if ("problem" in read) {
        sources.unused.push({ name, problem: read.problem });
        continue;
      }
      const { text } = read;
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
    this.trustGranted.dispose();
    for (const watcher of this.watchers.values()) watcher.dispose();
    this.watchers.clear();
    for (const poll of this.polls.values()) clearInterval(poll);
    this.polls.clear();
    this.changed.dispose();
  }

  private async namedSources(
    document: vscode.TextDocument,
    settings: Settings,
  ): Promise<{
    entries: { name: string; uri: vscode.Uri }[];
    declaredAt?: { start: number; end: number };
    /** Remembered choices are named by their URI, which is no URL the draft gave. */
    remembered?: boolean;
  }> {
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
      return { entries: remembered.map((uri) => ({ name: uri, uri: vscode.Uri.parse(uri) })), remembered: true };
    }
    const desk = settings.deskSources;
    if (desk && desk.paths.length > 0) {
      const base = vscode.Uri.parse(desk.base);
      return { entries: desk.paths.map((name) => ({ name, uri: resolvePath(base, name) })) };
    }
    return { entries: await settingSources(document, settings.sources) };
  }

  private rememberedAll(): Record<string, string[]> {
    return this.workspaceState.get<Record<string, string[]>>(REMEMBERED_KEY) ?? {};
  }

  /**
   * In an untrusted workspace (Restricted Mode) a draft or a workspace setting
   * could name any file on the machine; only files inside the workspace
   * folders are read there. Decided on every check, not cached: trust can be
   * granted while the draft is open.
   */
  private async readAllowed(uri: vscode.Uri): Promise<{ text: string } | { problem: SourceProblem }> {
    if (!vscode.workspace.isTrusted) {
      const problem = await untrustedProblem(uri);
      if (problem) {
        this.refused.set(uri.toString(), uri);
        return { problem };
      }
    }
    return this.read(uri);
  }

  /** Never rejects: a source that cannot be used is a problem to report, not an error. */
  private read(uri: vscode.Uri): Promise<{ text: string } | { problem: SourceProblem }> {
    const key = uri.toString();
    const kept = this.texts.get(key);
    if (kept) return kept;
    const reading = readSource(uri);
    this.texts.set(key, reading);
    this.watch(uri);
    void reading.then((read) => {
      if ("problem" in read && read.problem.kind === "not-found") this.lookForMissing(uri, reading);
    });
    return reading;
  }

  /** Forgets what was read of a source and tells the drafts that name it. */
  private invalidate(uri: vscode.Uri): void {
    const key = uri.toString();
    clearInterval(this.polls.get(key));
    this.polls.delete(key);
    this.texts.delete(key);
    this.changed.fire(uri);
  }

  /** Looks for a missing source for a while; once it is there, unless the watcher saw it first (`missing` is no longer what is kept), it is read anew. */
  private lookForMissing(uri: vscode.Uri, missing: Promise<unknown>): void {
    const key = uri.toString();
    if (this.polls.has(key)) return;
    let left = MISSING_POLLS;
    const poll = setInterval(() => {
      if (--left <= 0) {
        clearInterval(poll);
        this.polls.delete(key);
      }
      vscode.workspace.fs.stat(uri).then(
        () => this.texts.get(key) === missing && this.invalidate(uri),
        () => undefined,
      );
    }, MISSING_POLL_MS);
    this.polls.set(key, poll);
  }

  private watch(uri: vscode.Uri): void {
    const key = uri.toString();
    if (this.watchers.has(key)) return;
    const folder = vscode.Uri.joinPath(uri, "..");
    const name = uri.path.slice(uri.path.lastIndexOf("/") + 1);
    const watcher = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(folder, name));
    const invalidate = () => this.invalidate(uri);
    watcher.onDidChange(invalidate);
    watcher.onDidCreate(invalidate);
    watcher.onDidDelete(invalidate);
    this.watchers.set(key, watcher);
  }
}

/**
 * Reads a source article: only a regular file (a named pipe or a device such
 * as /dev/zero reports a size of 0 and would never end), and only when its
 * size is within the limit. workspace.fs has no bounded read, so the bytes
 * read are checked against the limit again: a file that grew in between is
 * refused too.
 */
async function readSource(uri: vscode.Uri): Promise<{ text: string } | { problem: SourceProblem }> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return { problem: { kind: "unreadable", reason: "it is a folder" } };
    if (!(stat.type & vscode.FileType.File)) return { problem: { kind: "not-a-file" } };
    if (stat.size > MAX_SOURCE_BYTES)
      return { problem: { kind: "too-large", bytes: stat.size, limit: MAX_SOURCE_BYTES } };
    return decodeSource(await vscode.workspace.fs.readFile(uri));
  } catch (error) {
    return { problem: readProblem(error) };
  }
}

/** vscode.FileSystemError codes, and Node's for providers that pass those through. */
function readProblem(error: unknown): SourceProblem {
  const code = String((error as { code?: unknown } | undefined)?.code ?? "");
  if (["FileNotFound", "EntryNotFound", "ENOENT", "ENOTDIR"].includes(code)) return { kind: "not-found" };
  if (["NoPermissions", "EACCES", "EPERM"].includes(code)) return { kind: "unreadable", reason: "permission denied" };
  if (["FileIsADirectory", "EISDIR"].includes(code)) return { kind: "unreadable", reason: "it is a folder" };
  const message = error instanceof Error ? error.message : String(error);
  return { kind: "unreadable", reason: message.split("\n")[0] || "unknown error" };
}

/**
 * Why a file may not be read in an untrusted workspace, if it may not: it
 * lies outside the workspace folders, or its path goes through a symbolic
 * link below the folder (the file or any folder on the way), which could lead
 * anywhere. workspace.fs has no realpath, so each step is looked at: stat
 * sets the SymbolicLink bit on a link itself. A step that does not exist is
 * no link, and the read then says "not found".
 */
async function untrustedProblem(uri: vscode.Uri): Promise<SourceProblem | undefined> {
  const folder = (vscode.workspace.workspaceFolders ?? []).find(
    (f) => f.uri.scheme === uri.scheme && f.uri.authority === uri.authority && isInsideFolders(uri.path, [f.uri.path]),
  );
  if (!folder) return { kind: "outside-untrusted" };
  const below = uri.path.slice(folder.uri.path.replace(/\/$/, "").length).split("/").filter(Boolean);
  let step = folder.uri;
  for (const segment of below) {
    step = vscode.Uri.joinPath(step, segment);
    try {
      if ((await vscode.workspace.fs.stat(step)).type & vscode.FileType.SymbolicLink) return { kind: "link-untrusted" };
    } catch {
      return undefined;
    }
  }
  return undefined;
}

/** The folder relative paths are read from: the draft's own, or the workspace's for an unsaved draft. */
function draftFolder(draft: vscode.Uri): vscode.Uri | undefined {
  if (draft.scheme !== "untitled") return vscode.Uri.joinPath(draft, "..");
  return vscode.workspace.workspaceFolders?.[0]?.uri;
}

/**
 * The file a name stands for, its path normalized (`..` and `.` resolved) so
 * that the trust decision sees where it leads: "/ws/../../etc/passwd" is
 * "/etc/passwd". joinPath normalizes; an absolute name is joined to the root.
 */
function resolvePath(base: vscode.Uri | undefined, name: string): vscode.Uri {
  if (!base) return vscode.Uri.joinPath(vscode.Uri.file("/"), name);
  return vscode.Uri.joinPath(name.startsWith("/") ? base.with({ path: "/" }) : base, name);
}

/** saysWho.sources: paths or glob patterns, relative to the draft's workspace folder (or to the draft). */
async function settingSources(
  document: vscode.TextDocument,
  patterns: readonly string[],
): Promise<{ name: string; uri: vscode.Uri }[]> {
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
