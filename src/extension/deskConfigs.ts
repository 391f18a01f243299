import * as vscode from "vscode";
import { CONFIG_FILE_NAME, ConfigError, DeskConfig, overlay, parseDeskConfig } from "../core/deskConfig";
import type { CheckOptions } from "../core/options";
import type { Settings } from "./settings";

/** The `.sayswho.json` that governs a draft, read, or why it cannot be used. */
export type GoverningConfig = { uri: vscode.Uri; config: DeskConfig } | { uri: vscode.Uri; problem: string };

/**
 * Finds the desk's `.sayswho.json` for a draft, from the draft's folder up to
 * its workspace folder (or the file system's root for a draft outside any),
 * the way the command line does, and lays it over the settings: the file the
 * desk shares through git wins over one reporter's settings. Read through
 * vscode.workspace.fs and cached until a watcher sees a config file change.
 */
export class DeskConfigs implements vscode.Disposable {
  private readonly found = new Map<string, Promise<GoverningConfig | undefined>>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_FILE_NAME}`);
  private readonly changed = new vscode.EventEmitter<void>();
  private readonly reported = new Set<string>();
  /** Fires when a config file appears, changes or disappears. */
  readonly onDidChange = this.changed.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const invalidate = () => {
      this.found.clear();
      this.reported.clear();
      this.changed.fire();
    };
    this.watcher.onDidCreate(invalidate);
    this.watcher.onDidChange(invalidate);
    this.watcher.onDidDelete(invalidate);
  }

  /** The draft's settings with its config file's options and sources laid over them. */
  async apply(document: vscode.TextDocument, settings: Settings): Promise<Settings> {
    const found = await this.governing(document);
    if (!found) return settings;
    if ("problem" in found) {
      const line = `${found.uri.toString()} is not used: ${found.problem}`;
      if (!this.reported.has(line)) this.log.warn(line);
      this.reported.add(line);
      return settings;
    }
    const { options, sources } = found.config;
    return {
      ...settings,
      check: overlay(settings.check, options) as CheckOptions,
      ...(sources ? { deskSources: { base: vscode.Uri.joinPath(found.uri, "..").toString(), paths: sources } } : {}),
    };
  }

  /** The config file that governs the draft (with why it is not used, when it cannot be), or none. */
  governing(document: vscode.TextDocument): Promise<GoverningConfig | undefined> {
    if (document.uri.scheme === "untitled") return Promise.resolve(undefined);
    return this.lookIn(vscode.Uri.joinPath(document.uri, ".."), rootOf(document.uri));
  }

  dispose(): void {
    this.watcher.dispose();
    this.changed.dispose();
  }

  private lookIn(folder: vscode.Uri, root: string | undefined): Promise<GoverningConfig | undefined> {
    const key = folder.toString();
    let found = this.found.get(key);
    if (!found) {
      found = this.read(folder, root);
      this.found.set(key, found);
    }
    return found;
  }

  private async read(folder: vscode.Uri, root: string | undefined): Promise<GoverningConfig | undefined> {
    const uri = vscode.Uri.joinPath(folder, CONFIG_FILE_NAME);
    let bytes: Uint8Array | undefined;
    try {
      bytes = await vscode.workspace.fs.readFile(uri);
    } catch {
      const parent = vscode.Uri.joinPath(folder, "..");
      const atRoot = folder.toString() === root || parent.path === folder.path;
      return atRoot ? undefined : this.lookIn(parent, root);
    }
    try {
      return { uri, config: parseDeskConfig(new TextDecoder("utf-8").decode(bytes)) };
    } catch (error) {
      if (error instanceof ConfigError) return { uri, problem: error.message };
      throw error;
    }
  }
}

/** The highest folder looked in: the draft's workspace folder, when it has one. */
function rootOf(uri: vscode.Uri): string | undefined {
  return vscode.workspace.getWorkspaceFolder(uri)?.uri.toString();
}
