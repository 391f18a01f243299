import type { Finding } from "../core/types";

/**
 * The most findings shown as diagnostics for one draft. The Problems panel and
 * the editor's squiggles slow down long before VS Code refuses markers, and no
 * editor reads a thousand warnings one by one: past this, the draft needs the
 * sourcing report or the command line.
 */
export const MAX_DIAGNOSTICS = 1000;

/** The findings to show, first in the draft first, and how many are left out. */
export function capFindings(findings: readonly Finding[], cap = MAX_DIAGNOSTICS): { shown: Finding[]; hidden: number } {
  if (findings.length <= cap) return { shown: [...findings], hidden: 0 };
  const ordered = [...findings].sort((a, b) => a.start - b.start || a.end - b.end);
  return { shown: ordered.slice(0, cap), hidden: findings.length - cap };
}

/** Says that only some findings are shown, where the draft starts (and in the log and the status bar). */
export function cappedMessage(shown: number, hidden: number): string {
  const total = shown + hidden;
  return (
    `Says Who shows the first ${shown.toLocaleString("en-US")} of ${total.toLocaleString("en-US")} findings in this draft. ` +
    "Fix these, or run 'Says Who: Open Sourcing Report' or the says-who command line to see them all."
  );
}
