import * as vscode from "vscode";
import { CONFIG_FILE_NAME } from "../core/deskConfig";
import type { DeskConfigs } from "./deskConfigs";
import type { DraftChecker } from "./draftChecker";
import { DRAFT_SELECTOR, isDraft } from "./drafts";
import { loadEngine } from "./engine";
import { relativePath } from "./relativePath";
import { SETTINGS_SECTION } from "./settingsSchema";

/** What one language-status item shows. */
type Described = Pick<vscode.LanguageStatusItem, "text" | "detail" | "severity"> & { command?: vscode.Command };

const INFORMATION = vscode.LanguageStatusSeverity.Information;

/**
 * The language-status items beside the editor's language: which source
 * articles the draft is checked against (and which are skipped) and whose
 * voice a number stated by the article itself is credited to, with a click to
 * set the source article; and which `.sayswho.json` applies to the draft,
 * named from the draft's folder, with a click to open it (or the settings,
 * when none does).
 */
export class SaysWhoLanguageStatus implements vscode.Disposable {
  private readonly sources = vscode.languages.createLanguageStatusItem("saysWho.sources", DRAFT_SELECTOR);
  private readonly config = vscode.languages.createLanguageStatusItem("saysWho.config", DRAFT_SELECTOR);
  private readonly subscriptions: vscode.Disposable[];
  /** Bumped by every update, so an older one that finishes late does not overwrite a newer one. */
  private generation = 0;

  constructor(
    private readonly checker: DraftChecker,
    private readonly configs: DeskConfigs,
  ) {
    this.sources.name = "Says Who sources";
    this.sources.command = { title: "Set Source Article…", command: "saysWho.setSourceArticle" };
    this.config.name = "Says Who configuration";
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      checker.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) void this.update();
      }),
      configs.onDidChange(() => void this.update()),
    ];
    void this.update();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.sources.dispose();
    this.config.dispose();
  }

  private async update(): Promise<void> {
    const generation = ++this.generation;
    const document = vscode.window.activeTextEditor?.document;
    if (!document || !isDraft(document)) return;
    const [sources, config] = await Promise.all([this.describeSources(document), this.describeConfig(document)]);
    if (generation !== this.generation) return;
    Object.assign(this.sources, sources);
    Object.assign(this.config, config);
  }

  private async describeSources(document: vscode.TextDocument): Promise<Described> {
    const checked = this.checker.lastChecked(document);
    if (!checked) return { text: "Says Who", detail: "not checked yet", severity: INFORMATION };
    const { articles, unused } = checked.sources;
    const engine = await loadEngine();
    const publications = [...new Set(articles.flatMap((article) => engine.publicationOf(article) ?? []))];
    return {
      text:
        articles.length === 0
          ? "Says Who: no source article"
          : `Says Who: ${articles.length === 1 ? articles[0].id : `${articles.length} source articles`}`,
      severity: unused.length > 0 ? vscode.LanguageStatusSeverity.Warning : INFORMATION,
      detail: [
        articles.length > 1 ? articles.map((article) => article.id).join(", ") : "",
        unused.length > 0 ? `skipped: ${unused.map((source) => source.name).join(", ")}` : "",
        publications.length > 0 ? `publication: ${publications.join(", ")}` : "",
      ]
        .filter(Boolean)
        .join(" · "),
    };
  }

  private async describeConfig(document: vscode.TextDocument): Promise<Described> {
    const found = await this.configs.governing(document);
    if (!found) {
      return {
        text: "Says Who config: VS Code settings",
        detail: `no ${CONFIG_FILE_NAME} above the draft`,
        severity: INFORMATION,
        command: { title: "Open Settings", command: "workbench.action.openSettings", arguments: [SETTINGS_SECTION] },
      };
    }
    const path = relativePath(vscode.Uri.joinPath(document.uri, "..").path, found.uri.path);
    const command = { title: `Open ${CONFIG_FILE_NAME}`, command: "vscode.open", arguments: [found.uri] };
    return "problem" in found
      ? {
          text: `Says Who config: ${path} not used`,
          detail: found.problem,
          severity: vscode.LanguageStatusSeverity.Error,
          command,
        }
      : {
          text: `Says Who config: ${path}`,
          detail: "wins over settings",
          severity: INFORMATION,
          command,
        };
  }
}
