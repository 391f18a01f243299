import { FindingCode } from "../core/types";

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
];

export function helpUri(code: FindingCode): string {
  return `${README_URL}#${code}`;
}

/** Unattributed claims are what fail a check; weak attribution and directive problems are advice. */
export function isUnattributed(code: FindingCode): boolean {
  return code.startsWith("unattributed-");
}
