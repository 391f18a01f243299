import type { AttributionRule, CheckResult, ClaimKind, ClaimStatus, Evidence, Verdict } from "../../core/types";

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

/** How the draft credits a claim, in a reporter's words. */
const RULE_LABELS: Record<AttributionRule, string> = {
  sentence: "in its sentence",
  paragraph: "in its paragraph",
  "continuing-speaker": "continuing speaker from the paragraph before",
  "colon-lead-in": "colon lead-in",
  "after-quote": "after the quote",
  "inside-quote": "inside the quote",
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
  const lineStarts = lineStartOffsets(draft);
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
          ? `Ignored (comment on line ${lineOf(lineStarts, verdict.ignoredBy.start)})`
          : STATUS_LABELS[status],
        text: verdict.claim.text,
        line: lineOf(lineStarts, verdict.claim.start),
        start: verdict.claim.start,
        end: verdict.claim.end,
        credit: attribution
          ? `${[attribution.source, attribution.cue].filter(Boolean).join(" ")} (${RULE_LABELS[attribution.rule]})`
          : "",
        speaker: found?.speaker || attribution?.source || "",
        sourceId: found?.sourceId ?? "",
        passage: found?.passage.replace(/\s+/g, " ").trim() ?? "",
      };
    });
}

/** How many claims have each status: the report's header, equal to the status bar and Problems panel. */
export function statusCounts(rows: readonly ReportRow[]): Record<ReportStatus, number> {
  const counts = { unattributed: 0, weak: 0, attributed: 0, ignored: 0 };
  for (const row of rows) counts[row.status]++;
  return counts;
}

function findingEvidence(result: CheckResult, verdict: Verdict): Evidence | undefined {
  return result.findings.find(
    (candidate) =>
      candidate.claim !== undefined && candidate.start === verdict.claim.start && candidate.end === verdict.claim.end,
  )?.evidence;
}

function lineStartOffsets(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === "\n") starts.push(i + 1);
  }
  return starts;
}

function lineOf(lineStarts: number[], offset: number): number {
  let low = 0;
  let high = lineStarts.length - 1;
  while (low < high) {
    const mid = (low + high + 1) >> 1;
    if (lineStarts[mid] <= offset) low = mid;
    else high = mid - 1;
  }
  return low + 1;
}
