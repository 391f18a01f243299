/**
 * The invariants every check must keep, for any draft and source articles:
 * shared by the property tests (`npm test`) and the long fuzz run (`npm run
 * fuzz`). Each returns what it found wrong, so the fuzz run can count
 * violations instead of stopping at the first.
 */
import { isDeepStrictEqual } from "node:util";
import { checkDraft, ParagraphCache } from "../../src/core/check";
import { CheckResult, Finding, Fix, SourceArticle, Span, TextEdit } from "../../src/core/types";

export type Invariant =
  | "deterministic"
  | "cache-equals-fresh"
  | "utf16-boundaries"
  | "fix-resolves"
  | "fix-keeps-words"
  | "all-fixes-resolve";

export interface Violation {
  invariant: Invariant;
  detail: string;
}

const isUnattributed = (f: Finding) => f.code === "unattributed-quote" || f.code === "unattributed-number";

/** Applies non-overlapping edits, last first, so the offsets of the others stay valid. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  return [...edits]
    .sort((a, b) => b.start - a.start || b.end - a.end)
    .reduce((out, e) => out.slice(0, e.start) + e.newText + out.slice(e.end), text);
}

/** Where an offset before or at a claim's start lands once the edits are made (an insertion at the offset goes before it). */
function mapOffset(offset: number, edits: readonly TextEdit[]): number {
  return edits.reduce((at, e) => (e.end <= offset ? at + e.newText.length - (e.end - e.start) : at), offset);
}

const words = (s: string) => s.match(/[\p{L}\p{N}]+/gu) ?? [];

/** Whether every word of `before` is still in `after`, as often: a fix adds words, never loses one. */
export function keepsEveryWord(before: string, after: string): boolean {
  const have = new Map<string, number>();
  for (const w of words(after)) have.set(w, (have.get(w) ?? 0) + 1);
  return words(before).every((w) => {
    const n = have.get(w) ?? 0;
    have.set(w, n - 1);
    return n > 0;
  });
}

function splitsSurrogate(text: string, offset: number): boolean {
  if (offset <= 0 || offset >= text.length) return false;
  const before = text.charCodeAt(offset - 1);
  const after = text.charCodeAt(offset);
  return before >= 0xd800 && before <= 0xdbff && after >= 0xdc00 && after <= 0xdfff;
}

function badSpan(text: string, span: Span): boolean {
  return (
    !(span.start >= 0 && span.start <= span.end && span.end <= text.length) ||
    splitsSurrogate(text, span.start) ||
    splitsSurrogate(text, span.end)
  );
}

/** Whether the claim a fix was for is still reported at its (moved) start once the edits are made. */
function stillFlagged(fixed: CheckResult, finding: Finding, edits: readonly TextEdit[]): boolean {
  const at = mapOffset(finding.start, edits);
  return fixed.findings.some((f) => f.code === finding.code && f.start === at);
}

/** The preferred fix of each unattributed claim, skipping any whose edits touch one already taken (as "fix all" does). */
function allFixes(findings: readonly Finding[]): { finding: Finding; fix: Fix }[] {
  const taken: { finding: Finding; fix: Fix }[] = [];
  const touches = (a: TextEdit, b: TextEdit) =>
    (a.start < b.end && b.start < a.end) || a.start === b.start || a.end === b.end;
  for (const finding of findings.filter(isUnattributed)) {
    const fix = finding.fixes.find((f) => f.isPreferred) ?? finding.fixes[0];
    if (!fix) continue;
    if (fix.edits.some((e) => taken.some((t) => t.fix.edits.some((o) => touches(e, o))))) continue;
    taken.push({ finding, fix });
  }
  return taken;
}

/** Every violation of every invariant by one draft checked against its sources. */
export function violations(draft: string, sources: SourceArticle[]): Violation[] {
  const found: Violation[] = [];
  const result = checkDraft(draft, sources);
  if (!isDeepStrictEqual(checkDraft(draft, sources), result)) {
    found.push({ invariant: "deterministic", detail: "a second check differs" });
  }
  const cache = new ParagraphCache();
  checkDraft(`${draft.slice(0, draft.length >> 1)}\n\nThe council met.\n`, sources, {}, cache);
  if (!isDeepStrictEqual(checkDraft(draft, sources, {}, cache), result)) {
    found.push({ invariant: "cache-equals-fresh", detail: "a check with a warm paragraph cache differs" });
  }
  for (const f of result.findings) {
    if (badSpan(draft, f)) found.push({ invariant: "utf16-boundaries", detail: `finding ${f.start}-${f.end}` });
    for (const e of f.fixes.flatMap((fix) => fix.edits)) {
      if (badSpan(draft, e)) found.push({ invariant: "utf16-boundaries", detail: `edit ${e.start}-${e.end}` });
    }
  }
  for (const finding of result.findings.filter(isUnattributed)) {
    for (const fix of finding.fixes) {
      const fixed = applyEdits(draft, fix.edits);
      if (!keepsEveryWord(draft, fixed)) {
        found.push({
          invariant: "fix-keeps-words",
          detail: `"${fix.title}" on ${JSON.stringify(finding.claim?.text)}`,
        });
      }
      if (stillFlagged(checkDraft(fixed, sources), finding, fix.edits)) {
        found.push({
          invariant: "fix-resolves",
          detail: `"${fix.title}" on ${JSON.stringify(finding.claim?.text)} gives ${JSON.stringify(fixed)}`,
        });
      }
    }
  }
  const all = allFixes(result.findings);
  if (all.length > 1) {
    const edits = all.flatMap(({ fix }) => fix.edits);
    const fixed = applyEdits(draft, edits);
    const recheck = checkDraft(fixed, sources);
    const left = all.filter(({ finding }) => stillFlagged(recheck, finding, edits));
    if (left.length > 0 || !keepsEveryWord(draft, fixed)) {
      found.push({
        invariant: "all-fixes-resolve",
        detail: `${left.length} of ${all.length} still flagged in ${JSON.stringify(fixed)}`,
      });
    }
  }
  return found;
}
