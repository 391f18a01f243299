import type { Finding, TextEdit } from "../core/types";

/**
 * The edits of "fix all": the preferred fix of every claim the source article
 * matched (so the fix names the real speaker, never a placeholder). Fixes
 * whose edits touch an edit already taken are left for a second pass, because
 * edits of one WorkspaceEdit must not overlap.
 */
export function fixAllEdits(findings: readonly Finding[]): TextEdit[] {
  const taken: TextEdit[] = [];
  for (const finding of findings) {
    if (finding.code === "weak-attribution" || !finding.evidence) continue;
    const fix = finding.fixes.find((candidate) => candidate.isPreferred) ?? finding.fixes[0];
    if (!fix || fix.placeholder || fix.edits.length === 0) continue;
    if (fix.edits.some((edit) => taken.some((other) => overlaps(edit, other)))) continue;
    taken.push(...fix.edits);
  }
  return taken.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** Two insertions at one offset also count: their order would be arbitrary. */
function overlaps(a: TextEdit, b: TextEdit): boolean {
  return (a.start < b.end && b.start < a.end) || a.start === b.start || a.end === b.end;
}
