import type { Claim, Finding, FindingCode } from "../../../src/core/types";

/** A finding on `claimText` where it first occurs in `draft`, shaped as the engine reports one. */
export function findingOn(draft: string, claimText: string, code: FindingCode, extra: Partial<Finding> = {}): Finding {
  const start = draft.indexOf(claimText);
  if (start < 0) throw new Error(`"${claimText}" is not in the draft`);
  const claim: Claim = {
    kind: code === "unattributed-number" ? "number" : "quote",
    start,
    end: start + claimText.length,
    text: claimText,
    paragraph: 0,
    sentence: 0,
  };
  return {
    code,
    severity: "warning",
    start: claim.start,
    end: claim.end,
    claim,
    fixes: [],
    message: `${code === "unattributed-number" ? "Number" : "Quote"} without attribution.`,
    reason: "No attribution cue in its sentence.",
    ...extra,
  };
}
