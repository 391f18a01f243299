import { parentPort } from "node:worker_threads";
import { analyse, serialiseSource, transferables } from "../core/source";
import type { ReadAnswer, ReadRequest } from "./messages";

/**
 * The worker thread that reads source articles for the desktop extension:
 * tagging an article's words and mapping its speakers takes from a few
 * hundred milliseconds to many seconds, which the extension host's thread,
 * where every keystroke and hover is answered, must not spend. Each article
 * is answered with its analysis as data (core/source/serialised.ts).
 */
const port = parentPort;
port?.on("message", ({ id, source }: ReadRequest) => {
  try {
    const analysis = serialiseSource(analyse(source));
    port.postMessage({ id, analysis } satisfies ReadAnswer, transferables(analysis));
  } catch (error) {
    const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
    port.postMessage({ id, error: why } satisfies ReadAnswer);
  }
});
