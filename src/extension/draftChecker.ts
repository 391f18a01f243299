import * as vscode from "vscode";
import type { CheckedDraft } from "./checkedDraft";
import { checkLine } from "./checkLog";
import { draftDiagnostics, MadeDiagnostics } from "./diagnostics";
import { type Engine, loadEngine } from "./engine";
import { capFindings, cappedMessage } from "./findingCap";
import { describeSourceProblem } from "./sourceProblem";
import type { CheckSettings } from "../core/check";
import type { ParagraphCache } from "../core/paragraphCache";
import type { CheckResult, SourceArticle } from "../core/types";
import type { Settings } from "./settings";
import type { DeskConfigs } from "./deskConfigs";
import type { SourceArticles } from "./sourceArticles";
import type { SourceReader } from "./sourceReader";

/** Why a draft has no result for its current version. */
export type Unchecked = "disabled" | "too-large" | "failed";

interface DraftState {
  /** Bumped by every check; a check whose number is no longer current publishes nothing. */
  generation: number;
  timer?: ReturnType<typeof setTimeout>;
  running: number;
  checked?: CheckedDraft;
  unchecked?: Unchecked;
  sourceKeys: Set<string>;
  waiters: (() => void)[];
  /** The draft's paragraphs as last read, so a keystroke re-reads only the paragraph it touched. */
  paragraphs?: ParagraphCache;
  /** The draft's diagnostics as last made, so a keystroke makes only those of findings that changed. */
  made?: MadeDiagnostics;
  /** What the last check could not show in the Problems panel (unused sources from settings, hidden findings). */
  notices: string[];
  /** The notices last written to the log, so a check after every pause in typing does not repeat them. */
  logged?: string;
  /** The source articles being read for the draft, off the host's thread: when done, the draft is checked again. */
  reading?: Promise<void>;
}

/**
 * Runs the engine on drafts off the keystroke path: a check waits for a pause
 * in typing, a newer edit supersedes it, and a result computed for an older
 * version of a draft is dropped, never shown (the generation counter and the
 * document version both have to match when it is published).
 */
export class DraftChecker implements vscode.Disposable {
  private readonly states = new Map<string, DraftState>();
  private readonly updated = new vscode.EventEmitter<vscode.Uri>();
  /** Fires when a draft's diagnostics were published or cleared. */
  readonly onDidUpdate = this.updated.event;
  private engineFailureShown = false;
  /**
   * The checker owns its diagnostics collection and disposes it last: a check
   * still running at shutdown must not write to a disposed collection.
   */
  private readonly diagnostics = vscode.languages.createDiagnosticCollection("saysWho");
  private disposed = false;

  constructor(
    private readonly sources: SourceArticles,
    private readonly reader: SourceReader,
    private readonly settingsFor: (document: vscode.TextDocument) => Settings,
    private readonly configs: DeskConfigs,
    private readonly extensionUri: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  /** Checks the draft once typing pauses for the throttle delay. */
  schedule(document: vscode.TextDocument, delay = this.settingsFor(document).throttleDelay): void {
    const state = this.state(document.uri);
    clearTimeout(state.timer);
    state.timer = setTimeout(() => {
      state.timer = undefined;
      void this.run(document, false);
    }, delay);
  }

  /** Checks the draft now; `force` also checks a disabled or oversized draft (the palette command). */
  checkNow(document: vscode.TextDocument, force = false): Promise<CheckedDraft | undefined> {
    clearTimeout(this.state(document.uri).timer);
    this.state(document.uri).timer = undefined;
    return this.run(document, force);
  }

  /** The result for the draft's current version, if there is one. */
  latest(document: vscode.TextDocument): CheckedDraft | undefined {
    const checked = this.states.get(document.uri.toString())?.checked;
    return checked && checked.version === document.version ? checked : undefined;
  }

  /** The newest result for the draft, possibly for an older version: for counts that should not flicker while typing. */
  lastChecked(document: vscode.TextDocument): CheckedDraft | undefined {
    return this.states.get(document.uri.toString())?.checked;
  }

  unchecked(document: vscode.TextDocument): Unchecked | undefined {
    return this.states.get(document.uri.toString())?.unchecked;
  }

  /** Sentences for the status bar's tooltip: what the last check did that the Problems panel does not say. */
  notices(document: vscode.TextDocument): readonly string[] {
    return this.states.get(document.uri.toString())?.notices ?? [];
  }

  /**
   * The result for the draft's current version, waiting for a scheduled or
   * running check rather than starting one: hovers and code actions arrive on
   * every cursor move, and must not put the engine back on the keystroke path.
   */
  async current(document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<CheckedDraft | undefined> {
    for (;;) {
      const latest = this.latest(document);
      // A result checked while the source was still being read is waited past: hovers and fixes want its evidence.
      if ((latest && !latest.readingSources) || token?.isCancellationRequested || document.isClosed) return latest;
      const state = this.state(document.uri);
      if (state.timer === undefined && state.running === 0 && !state.reading) {
        if (state.unchecked) return undefined;
        return this.run(document, false);
      }
      let cancelled: vscode.Disposable | undefined;
      await new Promise<void>((resolve) => {
        state.waiters.push(resolve);
        cancelled = token?.onCancellationRequested(() => resolve());
      });
      cancelled?.dispose();
    }
  }

  /** Re-checks every open draft, e.g. after a settings change. */
  scheduleAll(isDraft: (document: vscode.TextDocument) => boolean): void {
    for (const document of vscode.workspace.textDocuments) {
      if (isDraft(document)) this.schedule(document, 0);
    }
  }

  /** Re-checks the open drafts that read a source article which changed on disk. */
  scheduleUsing(source: vscode.Uri): void {
    const key = source.toString();
    for (const document of vscode.workspace.textDocuments) {
      if (this.states.get(document.uri.toString())?.sourceKeys.has(key)) this.schedule(document, 0);
    }
  }

  /** A closed draft keeps no diagnostics and no state. */
  forget(uri: vscode.Uri): void {
    if (this.disposed) return;
    const state = this.states.get(uri.toString());
    if (state) {
      clearTimeout(state.timer);
      state.generation++;
      state.waiters.splice(0).forEach((resolve) => resolve());
    }
    this.states.delete(uri.toString());
    this.diagnostics.delete(uri);
    this.updated.fire(uri);
  }

  dispose(): void {
    this.disposed = true;
    for (const state of this.states.values()) {
      clearTimeout(state.timer);
      state.generation++;
      state.waiters.splice(0).forEach((resolve) => resolve());
    }
    this.states.clear();
    this.updated.dispose();
    this.diagnostics.dispose();
  }

  private state(uri: vscode.Uri): DraftState {
    const key = uri.toString();
    let state = this.states.get(key);
    if (!state) {
      state = { generation: 0, running: 0, sourceKeys: new Set(), waiters: [], notices: [] };
      this.states.set(key, state);
    }
    return state;
  }

  private async run(document: vscode.TextDocument, force: boolean): Promise<CheckedDraft | undefined> {
    // A closed draft gets no state back: forget() has cleared it for good; nor does anything after dispose().
    if (document.isClosed || this.disposed) return undefined;
    const state = this.state(document.uri);
    const generation = ++state.generation;
    state.running++;
    try {
      return await this.check(document, force, state, generation);
    } finally {
      state.running--;
      state.waiters.splice(0).forEach((resolve) => resolve());
    }
  }

  private async check(
    document: vscode.TextDocument,
    force: boolean,
    state: DraftState,
    generation: number,
  ): Promise<CheckedDraft | undefined> {
    const version = document.version;
    const superseded = () =>
      this.disposed || state.generation !== generation || document.version !== version || document.isClosed;
    const settings = await this.configs.apply(document, this.settingsFor(document));
    if (superseded()) return undefined;
    const text = document.getText();
    const unchecked: Unchecked | undefined = force
      ? undefined
      : !settings.enable
        ? "disabled"
        : text.length > settings.maxDraftSize
          ? "too-large"
          : undefined;
    if (unchecked) {
      if (unchecked === "too-large" && state.unchecked !== "too-large") {
        this.log.info(
          `${document.uri.toString()} has ${text.length.toLocaleString("en-US")} characters, more than saysWho.maxDraftSize (${settings.maxDraftSize.toLocaleString("en-US")}): ` +
            "not checked as you type. Run 'Says Who: Check Attribution in Current Draft' to check it.",
        );
      }
      this.clear(document.uri, state, unchecked);
      return undefined;
    }
    let checked: CheckedDraft;
    try {
      const sources = await this.sources.forDraft(document, settings);
      const engine = await loadEngine();
      if (superseded()) return undefined;
      // Articles not read yet are read off the host's thread. As the reporter types, the draft's findings show
      // at once, without evidence, and a check when the reading is done adds it; a command waits for it.
      const unread = this.reader.unread(engine, sources.articles);
      const readingSources = unread.length > 0 && !force;
      if (unread.length > 0) {
        const read = this.reader.read(engine, unread);
        if (readingSources) this.checkWhenRead(document, state, read);
        else await read;
        if (superseded()) return undefined;
      }
      const started = Date.now();
      const language = document.languageId === "plaintext" ? "plaintext" : "markdown";
      state.paragraphs ??= new engine.ParagraphCache();
      const options = { ...settings.check, language } as const;
      const result = readingSources
        ? this.whileReading(engine, text, options, state.paragraphs, unread)
        : engine.checkDraft(text, sources.articles, options, state.paragraphs);
      checked = {
        uri: document.uri,
        version,
        text,
        language,
        result,
        sources,
        ...(readingSources ? { readingSources: true as const } : {}),
      };
      this.log.info(checkLine(checked, Date.now() - started));
    } catch (error) {
      this.reportEngineFailure(document, error);
      this.clear(document.uri, state, "failed");
      return undefined;
    }
    if (superseded()) return undefined;
    state.checked = checked;
    state.unchecked = undefined;
    state.sourceKeys = new Set(checked.sources.named.map((uri) => uri.toString()));
    this.note(document, state, checked);
    state.made ??= new MadeDiagnostics();
    this.diagnostics.set(document.uri, draftDiagnostics(document, checked, this.extensionUri, state.made));
    this.updated.fire(document.uri);
    return checked;
  }

  /**
   * A check while the source articles are read: the draft's findings with
   * the evidence that sketches of the articles give (where each claim is in
   * them); who says it, and the fixes that name them, follow the reading.
   */
  private whileReading(
    engine: Engine,
    text: string,
    options: Partial<CheckSettings>,
    paragraphs: ParagraphCache,
    unread: SourceArticle[],
  ): CheckResult {
    const result = engine.checkDraft(text, [], options, paragraphs);
    const sketches = this.reader.sketches(engine, unread);
    // A check with a cache leaves its reading of the draft there: the sketches are matched against it, not a second one.
    const facts = paragraphs.factsOf(text);
    if (sketches.length === 0 || !facts) return result;
    return { ...result, findings: engine.withSketchedEvidence(facts, result.findings, sketches) };
  }

  /** Checks the draft again once its source articles are read, unless it has been closed or checked since. */
  private checkWhenRead(document: vscode.TextDocument, state: DraftState, read: Promise<void>): void {
    state.reading = read;
    void read.then(() => {
      if (state.reading !== read) return;
      state.reading = undefined;
      if (this.disposed || document.isClosed || this.states.get(document.uri.toString()) !== state) return;
      this.schedule(document, 0);
    });
  }

  /**
   * Says in the log (once per change) and the status bar's tooltip what the
   * Problems panel does not: sources from settings or a remembered choice that
   * are not used (they have no `sources:` line to carry a diagnostic), and
   * findings past the cap. Unused sources on a `sources:` line are logged too.
   */
  private note(document: vscode.TextDocument, state: DraftState, checked: CheckedDraft): void {
    const unused = checked.sources.unused.map(({ name, problem }) => describeSourceProblem(name, problem));
    const { shown, hidden } = capFindings(checked.result.findings);
    const capped = hidden > 0 ? [cappedMessage(shown.length, hidden)] : [];
    state.notices = [...(checked.sources.declaredAt ? [] : unused), ...capped];
    const logged = [...unused, ...capped].join("\n");
    if (logged === state.logged) return;
    state.logged = logged;
    for (const line of [...unused, ...capped]) this.log.warn(`${document.uri.toString()}: ${line}`);
  }

  private clear(uri: vscode.Uri, state: DraftState, reason: Unchecked): void {
    if (this.disposed) return;
    state.notices = [];
    state.logged = undefined;
    state.checked = undefined;
    state.unchecked = reason;
    this.diagnostics.delete(uri);
    this.updated.fire(uri);
  }

  /** Said once per session: a failing engine must not raise a message on every keystroke. */
  private reportEngineFailure(document: vscode.TextDocument, error: unknown): void {
    const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
    this.log.error(`checking ${document.uri.toString()} failed: ${detail}`);
    if (this.engineFailureShown) return;
    this.engineFailureShown = true;
    void vscode.window
      .showErrorMessage(
        "Says Who could not check this draft. Your text is unchanged; details are in the Says Who output.",
        "Show Output",
      )
      .then((choice) => choice && this.log.show());
  }
}
