import { Finding } from "../../../src/core/types";

/**
 * A finding on the first occurrence of `claim` in `text`, as the engine would
 * report it: tests of the output formats build their input with it so they do
 * not depend on the engine's judgement.
 */
export function findingOn(text: string, claim: string, overrides: Partial<Finding> = {}): Finding {
  const start = text.indexOf(claim);
  if (start < 0) throw new Error(`"${claim}" is not in the text`);
  return {
    code: "unattributed-quote",
    severity: "warning",
    start,
    end: start + claim.length,
    message: "Quote has no attribution: who said it?",
    reason: "No cue in its sentence or paragraph.",
    fixes: [],
    ...overrides,
  };
}
