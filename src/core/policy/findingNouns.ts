import type { FindingCode } from "../types";

/**
 * How a summary names each finding code, singular and plural ("1 unattributed
 * quote, 5 uncredited copies"): the CLI's summary line, the palette check's
 * message and the log's check line say the same. From the codes' names in
 * docs/policy.md, in the order a summary lists them.
 */
export const FINDING_NOUNS: Readonly<Record<FindingCode, readonly [singular: string, plural: string]>> = {
  "unattributed-quote": ["unattributed quote", "unattributed quotes"],
  "unattributed-number": ["unattributed number", "unattributed numbers"],
  "weak-attribution": ["weak attribution", "weak attributions"],
  "malformed-directive": ["malformed directive", "malformed directives"],
  misquote: ["misquote", "misquotes"],
  "misattributed-quote": ["misattributed quote", "misattributed quotes"],
  "number-mismatch": ["number mismatch", "number mismatches"],
  "uncredited-copy": ["uncredited copy", "uncredited copies"],
};
