import * as vscode from "vscode";
import { EXPLAIN_COMMAND, SaysWhoCodeActions } from "./codeActions";
import { attributeAll } from "./commands/attributeAllCommand";
import { checkCurrentDraft } from "./commands/checkCommand";
import { DraftFinder } from "./commands/draftFinder";
import { setSourceArticle } from "./commands/setSourceCommand";
import { showSourceStyle, STYLE_SCHEME, StyleDocuments } from "./commands/styleCommand";
import { locateReadme } from "./docLinks";
import { activationLine } from "./checkLog";
import { SaysWhoCreditHints } from "./creditHints";
import { DeskConfigs } from "./deskConfigs";
import { DraftChecker } from "./draftChecker";
import { DRAFT_SELECTOR, isDraft } from "./drafts";
import { SaysWhoHover } from "./hover";
import { registerLinkCommands } from "./linkCommands";
import { ReportPanel } from "./report/reportPanel";
import { readSettings, Settings } from "./settings";
import { SETTINGS_SECTION, SettingKey } from "./settingsSchema";
import { SourceArticles } from "./sourceArticles";
import { SourceReader } from "./sourceReader";
import { SaysWhoLanguageStatus } from "./languageStatus";
import { SaysWhoStatusBar } from "./statusBar";
import { trackWalkthrough } from "./walkthroughProgress";

/**
 * Wires the adapter together. Nothing here loads the engine: the first check,
 * scheduled after activation, does (see engine.ts).
 */
export function activate(context: vscode.ExtensionContext): void {
  const log = vscode.window.createOutputChannel("Says Who", { log: true });
  log.info(activationLine(String(context.extension.packageJSON.version)));
  const sources = new SourceArticles(context.workspaceState);
  const settingsFor = (document?: vscode.TextDocument): Settings => {
    const configuration = vscode.workspace.getConfiguration(SETTINGS_SECTION, document?.uri);
    return readSettings((key: SettingKey) => configuration.get(key));
  };
  const configs = new DeskConfigs(log);
  const reader = new SourceReader(vscode.Uri.joinPath(context.extensionUri, "dist"), log);
  const checker = new DraftChecker(sources, reader, settingsFor, configs, context.extensionUri, log);
  void locateReadme(context.extensionUri);
  const styles = new StyleDocuments();
  const drafts = new DraftFinder();
  const creditHints = new SaysWhoCreditHints(checker, settingsFor);

  // VS Code disposes subscriptions in the order they were added: whatever
  // uses the checker goes first, then the checker, then what it writes to.
  context.subscriptions.push(
    drafts,
    new SaysWhoStatusBar(checker),
    new SaysWhoLanguageStatus(checker, configs),
    creditHints,
    vscode.languages.registerInlayHintsProvider(DRAFT_SELECTOR, creditHints),
    vscode.languages.registerCodeActionsProvider(
      DRAFT_SELECTOR,
      new SaysWhoCodeActions(checker),
      SaysWhoCodeActions.metadata,
    ),
    vscode.languages.registerHoverProvider(DRAFT_SELECTOR, new SaysWhoHover(checker, settingsFor)),
    vscode.workspace.registerTextDocumentContentProvider(STYLE_SCHEME, styles),
    ...registerLinkCommands(context.extensionUri),
    ...trackWalkthrough(checker),
    vscode.commands.registerCommand("saysWho.showLog", () => log.show(true)),
    vscode.commands.registerCommand(EXPLAIN_COMMAND, (reason: unknown) => {
      if (typeof reason === "string") void vscode.window.showInformationMessage(reason);
      return reason;
    }),
    vscode.commands.registerCommand("saysWho.checkDraft", () => checkCurrentDraft(checker, drafts)),
    vscode.commands.registerCommand("saysWho.attributeAll", () => attributeAll(checker, drafts)),
    vscode.commands.registerCommand("saysWho.setSourceArticle", (chosen?: unknown) =>
      setSourceArticle(
        checker,
        sources,
        drafts,
        Array.isArray(chosen) && chosen.every((uri) => uri instanceof vscode.Uri) ? chosen : undefined,
      ),
    ),
    vscode.commands.registerCommand("saysWho.showSourceStyle", () =>
      showSourceStyle(sources, settingsFor, styles, drafts),
    ),
    vscode.commands.registerCommand("saysWho.openReport", async () => {
      const document = await drafts.find();
      const checked = document && (await checker.checkNow(document, true));
      if (checked) await ReportPanel.show(checker, context.extensionUri, checked);
      return Boolean(checked);
    }),
    vscode.workspace.onDidOpenTextDocument((document) => {
      if (isDraft(document)) checker.schedule(document, 0);
    }),
    vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.contentChanges.length > 0 && isDraft(event.document)) checker.schedule(event.document);
    }),
    vscode.workspace.onDidCloseTextDocument((document) => checker.forget(document.uri)),
    vscode.workspace.onDidChangeConfiguration((event) => {
      if (event.affectsConfiguration(SETTINGS_SECTION)) {
        checker.scheduleAll(isDraft);
        creditHints.refresh();
      }
    }),
    sources.onDidChange((uri) => checker.scheduleUsing(uri)),
    configs.onDidChange(() => checker.scheduleAll(isDraft)),
    checker,
    reader,
    configs,
    sources,
    log,
  );
  checker.scheduleAll(isDraft);
}
