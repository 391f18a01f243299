import type { CheckResult, ClaimKind, ClaimStatus } from "../../core/types";

/** One line of the sourcing report: a claim of the draft and how it stands. */
export interface ReportRow {
  kind: ClaimKind;
  status: ClaimStatus;
  /** The claim as written in the draft. */
  text: string;
  /** 1-based line of the claim's start. */
  line: number;
  start: number;
  end: number;
  /** Who says it: the draft's attribution, else the source article's speaker. */
  speaker: string;
  /** The source article and passage where it comes from, when found. */
  sourceId: string;
  passage: string;
}

/** Every claim of the draft, in reading order, joined with the source evidence of its finding. */
export function reportRows(draft: string, result: CheckResult): ReportRow[] {
  const lineStarts = lineStartOffsets(draft);
  return [...result.verdicts]
    .sort((a, b) => a.claim.start - b.claim.start)
    .map((verdict) => {
      const finding = result.findings.find(
        (candidate) =>
          candidate.claim !== undefined &&
          candidate.start === verdict.claim.start &&
          candidate.end === verdict.claim.end,
      );
      const evidence = finding?.evidence;
      return {
        kind: verdict.claim.kind,
        status: verdict.status,
        text: verdict.claim.text,
        line: lineOf(lineStarts, verdict.claim.start),
        start: verdict.claim.start,
        end: verdict.claim.end,
        speaker: verdict.attribution?.source || evidence?.speaker || "",
        sourceId: evidence?.sourceId ?? "",
        passage: evidence?.passage.replace(/\s+/g, " ").trim() ?? "",
      };
    });
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
