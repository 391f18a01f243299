import * as vscode from "vscode";
import type { DraftChecker } from "./draftChecker";
import { DRAFT_SELECTOR, isDraft } from "./drafts";
import { loadEngine } from "./engine";

/**
 * The language-status item beside the editor's language: which source
 * articles the draft is checked against (and which are skipped), whose voice
 * a number stated by the article itself is credited to, and where the
 * settings come from. Click it to set the source article.
 */
export class SaysWhoLanguageStatus implements vscode.Disposable {
  private readonly item = vscode.languages.createLanguageStatusItem("saysWho.sources", DRAFT_SELECTOR);
  private readonly subscriptions: vscode.Disposable[];

  constructor(private readonly checker: DraftChecker) {
    this.item.name = "Says Who sources";
    this.item.command = { title: "Set Source Article…", command: "saysWho.setSourceArticle" };
    this.subscriptions = [
      vscode.window.onDidChangeActiveTextEditor(() => void this.update()),
      checker.onDidUpdate((uri) => {
        if (uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) void this.update();
      }),
    ];
    void this.update();
  }

  dispose(): void {
    this.subscriptions.forEach((subscription) => subscription.dispose());
    this.item.dispose();
  }

  private async update(): Promise<void> {
    const document = vscode.window.activeTextEditor?.document;
    const checked = document && isDraft(document) ? this.checker.lastChecked(document) : undefined;
    if (!checked) {
      this.item.text = "Says Who";
      this.item.detail = "not checked yet";
      return;
    }
    const { articles, unused } = checked.sources;
    const engine = await loadEngine();
    const publications = [...new Set(articles.flatMap((article) => engine.publicationOf(article) ?? []))];
    this.item.text =
      articles.length === 0
        ? "Says Who: no source article"
        : `Says Who: ${articles.length === 1 ? articles[0].id : `${articles.length} source articles`}`;
    this.item.severity =
      unused.length > 0 ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.item.detail = [
      articles.length > 1 ? articles.map((article) => article.id).join(", ") : "",
      unused.length > 0 ? `skipped: ${unused.map((source) => source.name).join(", ")}` : "",
      publications.length > 0 ? `publication: ${publications.join(", ")}` : "",
      "settings: VS Code (saysWho.*)",
    ]
      .filter(Boolean)
      .join(" · ");
  }
}
