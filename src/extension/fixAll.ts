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

/**
 * Why "fix all" has nothing to apply, in the reporter's terms: VS Code's own
 * answer ("No fix all action available") does not say what to do next.
 */
export function nothingToFixReason(findings: readonly Finding[], sourceCount: number): string {
  const flagged = findings.filter((finding) => finding.code !== "malformed-directive");
  if (flagged.length === 0) return "Nothing to fix: every quote and number in this draft is attributed.";
  if (flagged.every((finding) => finding.code === "weak-attribution")) {
    return `Nothing to fix automatically: ${plural(flagged.length, "claim")} ${flagged.length === 1 ? "has" : "have"} weak attribution, and only you can name the source.`;
  }
  if (sourceCount === 0) {
    return (
      `Nothing to fix automatically: this draft has no source article, so Says Who cannot tell who said the ${plural(flagged.length, "flagged claim")}. ` +
      "Run 'Says Who: Set Source Article…', or press Ctrl+. on a claim to insert a placeholder."
    );
  }
  const preferred = flagged.map((finding) => finding.fixes.find((fix) => fix.isPreferred) ?? finding.fixes[0]);
  if (preferred.some((fix) => fix?.unfixable === "no-publication")) {
    return (
      "Nothing to fix automatically: the source article states these figures in its own voice but names no publication. " +
      "Set `publication` in the folder's .sayswho.json or the saysWho.publication setting."
    );
  }
  return (
    `Nothing to fix automatically: none of the ${plural(flagged.length, "flagged claim")} is in the source article. ` +
    "Press Ctrl+. on a claim to insert a placeholder for its source."
  );
}

function plural(count: number, noun: string): string {
  return count === 1 ? `1 ${noun}` : `${count} ${noun}s`;
}
