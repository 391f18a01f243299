/**
 * Words before a number that make it approximate or relative, and belong to
 * its claim (`more than 60,000`, `some 12,000`): the approximators and
 * comparatives of English usage guides (AP style's `more than`/`over`).
 */
export const APPROXIMATOR_PHRASES: readonly string[] = [
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
];

/** Comparatives a "no" or "not" before turns around: "no more than 20 guests" is a cap, "more than 20 guests" a floor. */
export const NEGATED_COMPARATIVES: ReadonlySet<string> = new Set(["more", "less", "fewer", "over", "under"]);
