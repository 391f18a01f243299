import { analyzeDraft, CheckSettings } from "../../../src/core/check";
import { ClaimStatus } from "../../../src/core/types";

/** The verdict of the claim whose text contains `needle` (the first such claim). */
export function statusOf(
  draft: string,
  needle: string,
  options: Partial<CheckSettings> = {},
): ClaimStatus | "no claim" {
  const { verdicts } = analyzeDraft(draft, options);
  const at = draft.indexOf(needle);
  if (at < 0) throw new Error(`"${needle}" is not in the draft`);
  const hit = verdicts.find((v) => v.claim.start < at + needle.length && at < v.claim.end);
  return hit ? hit.status : "no claim";
}

/** The texts of every claim the engine finds, in order. */
export function claimTexts(draft: string, options: Partial<CheckSettings> = {}): string[] {
  return analyzeDraft(draft, options).verdicts.map((v) => v.claim.text);
}

/** The texts of every number claim the engine finds, in order. */
export function numberTexts(draft: string, options: Partial<CheckSettings> = {}): string[] {
  return analyzeDraft(draft, options)
    .verdicts.filter((v) => v.claim.kind === "number")
    .map((v) => v.claim.text);
}
