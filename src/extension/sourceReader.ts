import * as vscode from "vscode";
import type { Worker } from "node:worker_threads";
import type { SerialisedSource } from "../core/source";
import type { SourceArticle } from "../core/types";
import type { ReadAnswer, ReadRequest } from "../worker/messages";

/** What the reader needs of the engine: whether it holds an article's analysis, and taking one in. */
export interface SourceHolder {
  sourcesRead(sources: SourceArticle[]): boolean;
  adoptSources(serialised: SerialisedSource[]): void;
}

/**
 * Reads source articles off the extension host's thread. Tagging an
 * article's words and mapping its speakers takes from a few hundred
 * milliseconds to many seconds; on the host's thread that would hold up
 * every keystroke, hover and squiggle of every open draft. In a Node
 * extension host (desktop, remote, code-server) a worker thread reads each
 * article and the engine takes in the analysis it sends back. The web
 * extension host has no worker threads: there the engine reads the article
 * on the host's thread, during the check, as it always did.
 */
export class SourceReader implements vscode.Disposable {
  private worker: Worker | undefined;
  /** False once the worker cannot be had (the web host) or has failed: the engine reads on its own thread. */
  private usable: boolean;
  private nextId = 0;
  private readonly pending = new Map<number, { resolve: (answer: ReadAnswer) => void }>();
  /** Reads asked for and not answered yet, by article: a second draft on the same article waits for the same read. */
  private readonly reading = new Map<string, Promise<void>>();
  /** Articles handed to the engine: one the engine has since let go of is read on its thread, not asked for again. */
  private readonly delivered = new Set<string>();

  constructor(
    private readonly workerFile: vscode.Uri,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.usable = workerFile.scheme === "file" && typeof process === "object" && !!process.versions?.node;
  }

  /**
   * The articles the engine does not hold and that the worker will read; none
   * when there is no worker, or when every article is read or was handed over.
   */
  unread(engine: SourceHolder, articles: SourceArticle[]): SourceArticle[] {
    if (!this.usable) return [];
    return articles.filter((a) => !this.delivered.has(keyOf(a)) && !engine.sourcesRead([a]));
  }

  /** Reads the articles in the worker and hands their analyses to the engine; settles once all are handed over or failed. */
  read(engine: SourceHolder, articles: SourceArticle[]): Promise<void> {
    return Promise.all(
      articles.map((article) => {
        const key = keyOf(article);
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
            .finally(() => this.reading.delete(key));
          this.reading.set(key, read);
        }
        return read;
      }),
    ).then(() => undefined);
  }

  dispose(): void {
    this.usable = false;
    void this.worker?.terminate();
    this.worker = undefined;
    this.failAll("the extension is shutting down");
  }

  private ask(source: SourceArticle): Promise<ReadAnswer> {
    const id = this.nextId++;
    const worker = this.start();
    if (!worker) return Promise.resolve({ id, error: "no worker thread" });
    return new Promise<ReadAnswer>((resolve) => {
      this.pending.set(id, { resolve });
      worker.postMessage({ id, source } satisfies ReadRequest);
    });
  }

  private start(): Worker | undefined {
    if (this.worker || !this.usable) return this.worker;
    try {
      // Loaded here, not imported: the web extension host has no such module (esbuild.mjs leaves it out of the bundle).
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const threads = require("node:worker_threads") as typeof import("node:worker_threads");
      const worker = new threads.Worker(this.workerFile.fsPath);
      // The worker waits for work; it must not keep the extension host alive.
      worker.unref();
      worker.on("message", (answer: ReadAnswer) => {
        const waiting = this.pending.get(answer.id);
        this.pending.delete(answer.id);
        waiting?.resolve(answer);
      });
      worker.on("error", (error) => this.failed(`the source reader failed: ${error.stack ?? error.message}`));
      worker.on("exit", (code) => {
        if (this.worker === worker) this.failed(`the source reader stopped (exit code ${code})`);
      });
      this.worker = worker;
    } catch (error) {
      this.failed(`no worker thread for source articles: ${error instanceof Error ? error.message : String(error)}`);
    }
    return this.worker;
  }

  /** From now on the engine reads articles on the host's thread; whatever waited for the worker goes on without it. */
  private failed(why: string): void {
    if (!this.usable) return;
    this.usable = false;
    this.worker = undefined;
    this.log.warn(`${why}; source articles are read on the extension host's thread from now on`);
    this.failAll(why);
  }

  private failAll(why: string): void {
    for (const [id, { resolve }] of this.pending) resolve({ id, error: why });
    this.pending.clear();
  }
}

function keyOf(article: SourceArticle): string {
  return `${article.id}\u0000${article.publication ?? ""}\u0000${article.text}`;
}
