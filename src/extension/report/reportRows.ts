import type { AttributionRule, CheckResult, ClaimKind, ClaimStatus, Evidence, Verdict } from "../../core/types";
import { lineStarts, positionAt } from "../../core/text/positions";

/** A claim's standing in the report: the engine's status, or ignored when a says-who comment silences it. */
export type ReportStatus = ClaimStatus | "ignored";

export const STATUS_LABELS: Record<ReportStatus, string> = {
  unattributed: "Unattributed",
  weak: "Weak",
  attributed: "Attributed",
  ignored: "Ignored",
};

/** The order of the report's counts and of sorting by status: what needs work first. */
export const STATUS_ORDER: readonly ReportStatus[] = ["unattributed", "weak", "attributed", "ignored"];

/** Whether the draft says what the source article says (policy 5): its words, or nothing to compare with. */
export type SourceMatch = "verbatim" | "differs" | "not in source";

const DIFFERING = new Set(["misquote", "misattributed-quote", "number-mismatch"]);

/** How the draft credits a claim, in a reporter's words. */
const RULE_LABELS: Record<AttributionRule, string> = {
  sentence: "in its sentence",
  paragraph: "in its paragraph",
  "continuing-speaker": "continuing speaker from the paragraph before",
  "colon-lead-in": "colon lead-in",
  "after-quote": "after the quote",
  "inside-quote": "inside the quote",
  "repeated-quote": "the same words attributed elsewhere in the draft",
};

/** One line of the sourcing report: a claim of the draft and how it stands. */
export interface ReportRow {
  kind: ClaimKind;
  status: ReportStatus;
  /** The status as the report and its exports print it: "Ignored (comment on line 4)". */
  statusText: string;
  /** The claim as written in the draft. */
  text: string;
  /** 1-based line of the claim's start. */
  line: number;
  start: number;
  end: number;
  /** How the draft credits it: "he said (continuing speaker from the paragraph before)"; empty when it does not. */
  credit: string;
  /** Who says it: the source article's speaker by name when the source has the claim, else the draft's credit. */
  speaker: string;
  /** The source article and passage where it comes from, when found. */
  sourceId: string;
  passage: string;
  /** "differs" when a fidelity finding is on the claim, "verbatim" when the source has it as written, else "not in source". */
  matches: SourceMatch;
}

/**
 * Every claim of the draft, in reading order, with its status and, from
 * `evidence` (one entry per verdict, or the findings' own when not given),
 * where the source article has it.
 */
export function reportRows(
  draft: string,
  result: CheckResult,
  evidence?: readonly (Evidence | undefined)[],
): ReportRow[] {
  const starts = lineStarts(draft);
  return result.verdicts
    .map((verdict, index) => ({ verdict, evidence: evidence ? evidence[index] : findingEvidence(result, verdict) }))
    .sort((a, b) => a.verdict.claim.start - b.verdict.claim.start)
    .map(({ verdict, evidence: found }) => {
      const status: ReportStatus = verdict.ignoredBy ? "ignored" : verdict.status;
      const attribution = verdict.attribution;
      return {
        kind: verdict.claim.kind,
        status,
        statusText: verdict.ignoredBy
          ? `Ignored (comment on line ${lineOf(starts, verdict.ignoredBy.start)})`
          : STATUS_LABELS[status],
        text: verdict.claim.text,
        line: lineOf(starts, verdict.claim.start),
        start: verdict.claim.start,
        end: verdict.claim.end,
        credit: attribution
          ? `${[attribution.source, attribution.cue].filter(Boolean).join(" ")} (${RULE_LABELS[attribution.rule]})`
          : "",
        speaker: found?.speaker || attribution?.source || "",
        sourceId: found?.sourceId ?? "",
        passage: found?.passage.replace(/\s+/g, " ").trim() ?? "",
        matches: matchOf(result, verdict, found),
      };
    });
}

/** How many claims have each status: the report's header, equal to the status bar and Problems panel. */
export function statusCounts(rows: readonly ReportRow[]): Record<ReportStatus, number> {
  const counts = { unattributed: 0, weak: 0, attributed: 0, ignored: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

function matchOf(result: CheckResult, verdict: Verdict, found: Evidence | undefined): SourceMatch {
  const { claim } = verdict;
  const differs = result.findings.some(
    (f) => DIFFERING.has(f.code) && f.claim !== undefined && f.claim.start === claim.start && f.claim.end === claim.end,
  );
  if (differs) return "differs";
  return found ? "verbatim" : "not in source";
}

function findingEvidence(result: CheckResult, verdict: Verdict): Evidence | undefined {
  return result.findings.find(
    (candidate) =>
      candidate.claim !== undefined && candidate.start === verdict.claim.start && candidate.end === verdict.claim.end,
  )?.evidence;
}

/** The 1-based line of an offset, counted as the CLI and the editor count lines. */
function lineOf(starts: number[], offset: number): number {
  return positionAt(starts, offset).line + 1;
}
