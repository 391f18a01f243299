import { FINDING_NOUNS } from "../core/policy/findingNouns";
import type { Finding, FindingCode } from "../core/types";

/** One line for the palette check: "3 unattributed quotes, 2 unattributed numbers". */
export function summarizeFindings(findings: readonly Finding[]): string {
  const parts: string[] = [];
  for (const [code, [singular, plural]] of Object.entries(FINDING_NOUNS) as [
    FindingCode,
    readonly [string, string],
  ][]) {
    const count = findings.filter((finding) => finding.code === code).length;
    if (count > 0) parts.push(`${count} ${count === 1 ? singular : plural}`);
  }
  return parts.length > 0 ? parts.join(", ") : "Every quote and number is attributed";
}

/** The claims that still need "says who": what the status bar counts. */
export function countUnattributed(findings: readonly Finding[]): number {
  return findings.filter((finding) => finding.code === "unattributed-quote" || finding.code === "unattributed-number")
    .length;
}
