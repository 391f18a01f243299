import * as vscode from "vscode";
import { sourceKey, type SerialisedSource } from "../core/source";
import type { AnalysedSource } from "../core/source/analysis";
import type { SourceArticle } from "../core/types";
import type { ReadAnswer } from "../worker/messages";
import { canStartReaderThread, ReaderThread, startReaderThread } from "./readerThreads";

/** What the reader needs of the engine: whether it holds an article's analysis, and taking one in. */
export interface SourceHolder {
  sourcesRead(sources: SourceArticle[]): boolean;
  adoptSources(serialised: SerialisedSource[]): void;
}

/** What the reader needs of the engine to sketch an article while it is read (core/source/sketch.ts). */
export interface SourceSketcher {
  sketch(source: SourceArticle): AnalysedSource;
  SKETCH_UP_TO: number;
}

/**
 * Reads source articles off the extension host's thread. Tagging an
 * article's words and mapping its speakers takes from a few hundred
 * milliseconds to many seconds; on the host's thread that would hold up
 * every keystroke, hover and squiggle of every open draft. A thread of its
 * own reads each article (a worker thread in a Node extension host, a web
 * worker in the browser's, see readerThreads.ts) and the engine takes in the
 * analysis it sends back. Where no such thread can be had, or it fails, the
 * engine reads the article on the host's thread, during the check.
 */
export class SourceReader implements vscode.Disposable {
  private thread: Promise<ReaderThread | undefined> | undefined;
  /** False once no thread can be had or it has failed: the engine reads on its own thread. */
  private usable: boolean;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (answer: ReadAnswer) => void }>();
  /** Reads asked for and not answered yet, by article: a second draft on the same article waits for the same read. */
  private readonly reading = new Map<string, Promise<void>>();
  /** Articles handed to the engine: one the engine has since let go of is read on its thread, not asked for again. */
  private readonly delivered = new Set<string>();
  /** Sketches of the articles being read, made once each and let go of when the reading settles. */
  private readonly sketched = new Map<string, AnalysedSource>();

  /** `dist`: the extension's folder of built files, which holds the readers' scripts. */
  constructor(
    private readonly dist: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.usable = canStartReaderThread(dist);
  }

  /**
   * The articles the engine does not hold and that the reader thread will read; none
   * when there is no such thread, or when every article is read or was handed over.
   */
  unread(engine: SourceHolder, articles: SourceArticle[]): SourceArticle[] {
    if (!this.usable) return [];
    return articles.filter((a) => !this.delivered.has(sourceKey(a)) && !engine.sourcesRead([a]));
  }

  /** Reads the articles in the reader thread and hands their analyses to the engine; settles once all are handed over or failed. */
  read(engine: SourceHolder, articles: SourceArticle[]): Promise<void> {
    return Promise.all(
      articles.map((article) => {
        const key = sourceKey(article);
        let read = this.reading.get(key);
        if (!read) {
          read = this.ask(article)
            .then((answer) => {
              if ("error" in answer) {
                this.log.warn(
                  `the source reader could not read ${article.id}; reading it on the main thread: ${answer.error}`,
                );
                return;
              }
              engine.adoptSources([answer.analysis]);
              this.delivered.add(key);
            })
            .finally(() => {
              this.reading.delete(key);
              this.sketched.delete(key);
            });
          this.reading.set(key, read);
        }
        return read;
      }),
    ).then(() => undefined);
  }

  /**
   * Sketches of articles being read, short enough to cut on the host's
   * thread: a check while they are read finds its claims' evidence in them,
   * the speakers following when the reading is done.
   */
  sketches(engine: SourceSketcher, articles: SourceArticle[]): AnalysedSource[] {
    return articles
      .filter((article) => article.text.length <= engine.SKETCH_UP_TO)
      .map((article) => {
        const key = sourceKey(article);
        if (!this.reading.has(key)) return engine.sketch(article);
        let sketch = this.sketched.get(key);
        if (!sketch) {
          sketch = engine.sketch(article);
          this.sketched.set(key, sketch);
        }
        return sketch;
      });
  }

  dispose(): void {
    this.usable = false;
    void this.thread?.then((thread) => thread?.terminate());
    this.thread = undefined;
    this.failAll("the extension is shutting down");
  }

  private async ask(source: SourceArticle): Promise<ReadAnswer> {
    const id = this.nextId++;
    const thread = await this.start();
    if (!thread || !this.usable) return { id, error: "no thread to read source articles in" };
    return new Promise<ReadAnswer>((resolve) => {
      this.pending.set(id, { resolve });
      thread.post({ id, source });
    });
  }

  private start(): Promise<ReaderThread | undefined> {
    if (!this.usable) return Promise.resolve(undefined);
    this.thread ??= startReaderThread(this.dist, {
      answer: (answer) => {
        const waiting = this.pending.get(answer.id);
        this.pending.delete(answer.id);
        waiting?.resolve(answer);
      },
      failed: (why) => this.failed(why),
    }).then(
      (thread) => {
        this.log.info(`source articles are read in ${thread.kind}, off the extension host's thread`);
        return thread;
      },
      (error: unknown) => {
        this.failed(`no thread for source articles: ${error instanceof Error ? error.message : String(error)}`);
        return undefined;
      },
    );
    return this.thread;
  }

  /** From now on the engine reads articles on the host's thread; whatever waited for the thread goes on without it. */
  private failed(why: string): void {
    if (!this.usable) return;
    this.usable = false;
    void this.thread?.then((thread) => thread?.terminate());
    this.thread = undefined;
    this.log.warn(`${why}; source articles are read on the extension host's thread from now on`);
    this.failAll(why);
  }

  private failAll(why: string): void {
    for (const [id, { resolve }] of this.pending) resolve({ id, error: why });
    this.pending.clear();
  }
}
