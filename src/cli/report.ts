import { Finding, Fix } from "../core/types";
import { isUnattributed } from "./rules";

/** One checked draft: what every output format is made from. */
export interface CheckedFile {
  /** The path as the user gave it. */
  path: string;
  text: string;
  findings: Finding[];
}

/** Exit status of a check: 1 when any draft has an unattributed claim, else 0. */
export function exitStatus(files: readonly CheckedFile[]): 0 | 1 {
  return files.some((file) => file.findings.some((f) => isUnattributed(f.code))) ? 1 : 0;
}

/** A finding's fixes with the preferred one first, the order every output promises. */
export function preferredFirst(fixes: readonly Fix[]): Fix[] {
  return [...fixes].sort((a, b) => Number(b.isPreferred) - Number(a.isPreferred));
}
