import { Finding, FindingCode } from "../core/types";

/** Where the README lives; each code has a section there whose anchor is the code itself. */
export const README_URL = "https://github.com/says-who/says-who/blob/main/README.md";

export interface Rule {
  code: FindingCode;
  /** A SARIF rule name: an identifier-like form of the code. */
  name: string;
  summary: string;
}

export const RULES: readonly Rule[] = [
  {
    code: "unattributed-quote",
    name: "UnattributedQuote",
    summary: "A direct quote with no attribution: the reader cannot tell who said it.",
  },
  {
    code: "unattributed-number",
    name: "UnattributedNumber",
    summary: "A number asserted about the world with no attribution in its sentence.",
  },
  {
    code: "weak-attribution",
    name: "WeakAttribution",
    summary: 'A claim attributed only to an anonymous or weasel source ("critics say", "reportedly").',
  },
  {
    code: "malformed-directive",
    name: "MalformedDirective",
    summary: "A says-who comment that the checker cannot read, so it suppresses nothing.",
  },
  {
    code: "misquote",
    name: "Misquote",
    summary: "A direct quote that is the same quotation as a source passage but not word for word.",
  },
  {
    code: "misattributed-quote",
    name: "MisattributedQuote",
    summary: "A quote credited to a named person or organisation other than the speaker the source article gives.",
  },
  {
    code: "number-mismatch",
    name: "NumberMismatch",
    summary: "A number that states what a source passage states, with a different value.",
  },
  {
    code: "uncredited-copy",
    name: "UncreditedCopy",
    summary: "A run of a source article's words outside quotation marks, in a sentence with no attribution.",
  },
];

export function helpUri(code: FindingCode): string {
  return `${README_URL}#${code}`;
}

/** Unattributed claims are what fail a check; weak attribution and directive problems are advice. */
export function isUnattributed(code: FindingCode): boolean {
  return code.startsWith("unattributed-");
}

const FIDELITY_FAILURES: ReadonlySet<FindingCode> = new Set(["misquote", "misattributed-quote", "number-mismatch"]);

/**
 * What fails a check (exit status 1): an unattributed claim, a misquote, a
 * misattributed quote or a wrong figure; uncredited copy only when it is
 * reported as a warning or an error.
 */
export function failsCheck(finding: Pick<Finding, "code" | "severity">): boolean {
  if (isUnattributed(finding.code) || FIDELITY_FAILURES.has(finding.code)) return true;
  return finding.code === "uncredited-copy" && (finding.severity === "warning" || finding.severity === "error");
}
