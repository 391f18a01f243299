import { analyse, serialiseSource, transferables } from "../core/source";
import type { ReadAnswer, ReadRequest } from "./messages";

/**
 * The thread that reads source articles for the extension: tagging an
 * article's words and mapping its speakers takes from a few hundred
 * milliseconds to many seconds, which the extension host's thread, where
 * every keystroke and hover is answered, must not spend. Each article is
 * answered with its analysis as data (core/source/serialised.ts), its word
 * arrays transferred rather than copied.
 *
 * One script serves both hosts (src/extension/readerThreads.ts starts it):
 * a Node extension host (desktop, remote, code-server) runs it as a worker
 * thread, the web extension host (vscode.dev, github.dev) as a web worker.
 */
function readSource({ id, source }: ReadRequest): { answer: ReadAnswer; transfer: ArrayBuffer[] } {
  try {
    const analysis = serialiseSource(analyse(source));
    return { answer: { id, analysis }, transfer: transferables(analysis) };
  } catch (error) {
    const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
    return { answer: { id, error: why }, transfer: [] };
  }
}

/** What this script uses of a dedicated web worker's global scope (the project compiles without the DOM's types). */
interface WebWorkerScope {
  onmessage: ((event: { data: ReadRequest }) => void) | null;
  postMessage(message: ReadAnswer, transfer: ArrayBuffer[]): void;
}

if ((globalThis as { process?: { versions?: { node?: string } } }).process?.versions?.node) {
  // Loaded here, not imported: a web worker has no such module (esbuild.mjs leaves it out of the bundle).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const port = (require("node:worker_threads") as typeof import("node:worker_threads")).parentPort;
  port?.on("message", (request: ReadRequest) => {
    const { answer, transfer } = readSource(request);
    port.postMessage(answer, transfer);
  });
} else {
  const scope = globalThis as unknown as WebWorkerScope;
  scope.onmessage = ({ data }) => {
    const { answer, transfer } = readSource(data);
    scope.postMessage(answer, transfer);
  };
}
