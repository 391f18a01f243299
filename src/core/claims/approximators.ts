import { Token } from "../text/tokens";

/** Words before a number that make it approximate or relative, and belong to its claim: `more than 60,000`, `some 12,000`. */
const APPROXIMATORS = [
  "more than",
  "less than",
  "fewer than",
  "up to",
  "at least",
  "at most",
  "as many as",
  "as much as",
  "as few as",
  "close to",
  "upwards of",
  "in excess of",
  "just over",
  "just under",
  "well over",
  "well under",
  "nearly",
  "almost",
  "about",
  "around",
  "roughly",
  "approximately",
  "some",
  "over",
  "under",
  "only",
  "just",
  "an estimated",
  "estimated",
  "a total of",
  "a record",
  "another",
  "an additional",
  "a further",
  "all",
  "between",
  "exactly",
  "a",
  "an",
].map((a) => a.split(" "));

/** Where the approximator before the token at `first` starts, or `first` when there is none. */
export function matchApproximator(tokens: Token[], first: number): number {
  for (const words of APPROXIMATORS) {
    const start = first - words.length;
    if (start < 0) continue;
    if (words.every((w, k) => tokens[start + k].lower === w)) return start;
  }
  return first;
}
