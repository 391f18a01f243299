import * as vscode from "vscode";
import type { ReadAnswer, ReadRequest } from "../worker/messages";

/** The thread the source reader posts articles to, whichever kind the extension host can start. */
export interface ReaderThread {
  /** "a worker thread" or "a web worker", for the log. */
  readonly kind: string;
  post(request: ReadRequest): void;
  terminate(): void;
}

/** What a reader thread tells its owner. */
export interface ReaderThreadEvents {
  answer(answer: ReadAnswer): void;
  /** The thread cannot go on (it threw, stopped, or its script did not load). */
  failed(why: string): void;
}

/** The reader's script in dist/ (src/worker/sourceReader.ts): a worker thread in Node, a web worker in a browser. */
const READER_SCRIPT = "sourceReader.js";

/** What the extension uses of a browser's Worker (the project compiles without the DOM's types). */
interface WebWorker {
  onmessage: ((event: { data: ReadAnswer }) => void) | null;
  onerror: ((event: { message?: string; preventDefault(): void }) => void) | null;
  postMessage(message: ReadRequest): void;
  terminate(): void;
}
type WebWorkerConstructor = new (url: string, options?: { name?: string }) => WebWorker;

const nodeVersion = (globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node;
const WebWorkerClass = (globalThis as { Worker?: WebWorkerConstructor }).Worker;

/**
 * Whether this extension host can start a reader thread for the extension in
 * `dist`: a Node host (desktop, remote, code-server) loads the worker thread
 * from a file on disk; the web worker host (vscode.dev, github.dev, a
 * browser workbench told to run the extension there) starts a web worker.
 */
export function canStartReaderThread(dist: vscode.Uri): boolean {
  return nodeVersion ? dist.scheme === "file" : WebWorkerClass !== undefined && typeof fetch === "function";
}

/** Starts the reader thread this extension host can have; throws when it cannot start one. */
export function startReaderThread(dist: vscode.Uri, events: ReaderThreadEvents): Promise<ReaderThread> {
  return nodeVersion ? Promise.resolve(startWorkerThread(dist, events)) : startWebWorker(dist, events);
}

function startWorkerThread(dist: vscode.Uri, events: ReaderThreadEvents): ReaderThread {
  // Loaded here, not imported: the web extension host has no such module (esbuild.mjs leaves it out of the bundle).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const threads = require("node:worker_threads") as typeof import("node:worker_threads");
  const worker = new threads.Worker(vscode.Uri.joinPath(dist, READER_SCRIPT).fsPath);
  let stopping = false;
  // The worker waits for work; it must not keep the extension host alive.
  worker.unref();
  worker.on("message", (answer: ReadAnswer) => events.answer(answer));
  worker.on("error", (error) => events.failed(`the source reader failed: ${error.stack ?? error.message}`));
  worker.on("exit", (code) => {
    if (!stopping) events.failed(`the source reader stopped (exit code ${code})`);
  });
  return {
    kind: "a worker thread",
    post: (request) => worker.postMessage(request),
    terminate: () => {
      stopping = true;
      void worker.terminate();
    },
  };
}

/**
 * The web extension host runs extensions in a web worker and lets them start
 * workers of their own, but not from a `vscode-remote:` address (the
 * extension's location when its files are on a server, as in code-server:
 * "Creating workers from remote extensions is currently not supported").
 * Its `fetch` does resolve such addresses (and file: and https: ones), so
 * the worker's script is fetched and started from a blob: address, which
 * every web host accepts.
 */
async function startWebWorker(dist: vscode.Uri, events: ReaderThreadEvents): Promise<ReaderThread> {
  const script = vscode.Uri.joinPath(dist, READER_SCRIPT);
  const response = await fetch(script.toString(true));
  if (!response.ok) throw new Error(`${script.toString(true)} answered ${response.status} ${response.statusText}`);
  const url = URL.createObjectURL(new Blob([await response.text()], { type: "text/javascript" }));
  const worker = new WebWorkerClass!(url, { name: "Says Who source reader" });
  worker.onmessage = ({ data }) => events.answer(data);
  worker.onerror = (event) => {
    event.preventDefault();
    events.failed(`the source reader failed: ${event.message ?? "its script did not load"}`);
  };
  return {
    kind: "a web worker",
    post: (request) => worker.postMessage(request),
    terminate: () => {
      worker.terminate();
      URL.revokeObjectURL(url);
    },
  };
}
