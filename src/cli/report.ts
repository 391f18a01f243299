import { Finding, Fix } from "../core/types";
import { failsCheck } from "./rules";

/** One checked draft: what every output format is made from. */
export interface CheckedFile {
  /** The path as the user gave it. */
  path: string;
  text: string;
  findings: Finding[];
}

/** Exit status of a check: 1 when any draft has a finding that fails it (an unattributed claim, a misquote …), else 0. */
export function exitStatus(files: readonly CheckedFile[]): 0 | 1 {
  return files.some((file) => file.findings.some(failsCheck)) ? 1 : 0;
}

/** A finding's fixes with the preferred one first, the order every output promises. */
export function preferredFirst(fixes: readonly Fix[]): Fix[] {
  return [...fixes].sort((a, b) => Number(b.isPreferred) - Number(a.isPreferred));
}
