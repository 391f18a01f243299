import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pairedText } from "./paired";
import { wordCount } from "./prose";

/**
 * The keystroke as a reporter sees it: a character typed in the real VS Code
 * (code-server in Chromium) to the squiggle drawn or gone, with the throttle
 * delay set to 0, in a draft paired with its source article. The e2e run
 * (e2e/real-vscode/keystroke-check.js) measures it, since it needs the
 * editor; the bench reports the figure that run left.
 */
export const REAL_HOST_FILE = "artifacts/e2e/keystroke.json";

/** What the e2e run writes to REAL_HOST_FILE. */
export interface RealHostKeystroke {
  date: string;
  editor: string;
  words: number;
  sourceWords: number;
  throttleDelayMs: 0;
  /** Keydown in the page to the frame the squiggle changed in, each typed character. */
  squiggleMs: { median: number; min: number; max: number; runs: number };
  /** Keydown to the frame that shows the character typed: the editor's own latency, the floor under the squiggle. */
  echoMs: { median: number; runs: number };
  /** The same keystrokes' checks as the extension logged them: the engine on the extension host, without diagnostics. */
  hostCheckMs: { median: number; runs: number };
}

/**
 * Writes a draft of at least `words` words and its source article into
 * `dir` (the draft names the source in its front matter), for the e2e run to
 * type into: the bench's own pairing, so both measure the same draft.
 */
export function writePairedWorkspace(root: string, dir: string, words: number): { words: number; sourceWords: number } {
  const paired = pairedText(root, words);
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, "draft.md"), `---\nsources: [source.txt]\n---\n\n${paired.draft}`);
  writeFileSync(join(dir, "source.txt"), paired.source);
  return { words: wordCount(paired.draft), sourceWords: wordCount(paired.source) };
}

/** The e2e run's figure if it left one, or why there is none. */
export function readRealHost(root: string): RealHostKeystroke | { note: string } {
  const file = join(root, REAL_HOST_FILE);
  if (!existsSync(file))
    return {
      note: `not measured: ${REAL_HOST_FILE} is written by the e2e run (npm run test:e2e, or E2E_STEPS=keystroke bash e2e/real-vscode/run.sh)`,
    };
  return JSON.parse(readFileSync(file, "utf8")) as RealHostKeystroke;
}

export function printRealHost(real: RealHostKeystroke | { note: string }): void {
  if ("note" in real) {
    console.log(`\nReal host keystroke: ${real.note}`);
    return;
  }
  console.log(
    `\nReal host keystroke (${real.editor}, ${real.words}-word draft with its ${real.sourceWords}-word source, throttle 0, e2e run of ${real.date}): ` +
      `keydown to squiggle median ${real.squiggleMs.median} ms (min ${real.squiggleMs.min}, max ${real.squiggleMs.max}, ${real.squiggleMs.runs} keystrokes), ` +
      `keydown to the character drawn ${real.echoMs.median} ms; the engine's check as the extension logged it, median ${real.hostCheckMs.median} ms`,
  );
}
