import { APPROXIMATOR_MEANINGS, ApproximatorMeaning } from "../policy/approximators";
import { Span } from "../types";
import { SPACES } from "../text/patterns";

/** The approximator right before a figure (`more than` in "more than 900 firefighters"), and what it says of it. */
export interface Approximation extends Span, ApproximatorMeaning {
  /** "no more than 20", "not nearly 1,000": a negation turns the sense around, which no table says. */
  negated: boolean;
}

const PHRASES = Object.keys(APPROXIMATOR_MEANINGS)
  .sort((a, b) => b.length - a.length)
  .map((p) => p.replace(/ /g, "\\s+"));
const BEFORE = new RegExp(`(?<![\\p{L}\\p{N}'\u2019-])(${PHRASES.join("|")})\\s+$`, "iu");
const NEGATED = /(?<!\p{L})(?:no|not)\s+$/iu;
/** How far before a figure its approximator can start: "in excess of", the longest, and the space after it. */
const REACH = 24;

/** The approximator that ends right before offset `at` of `text`, not before `from`. */
export function approximationBefore(text: string, at: number, from = 0): Approximation | undefined {
  const start = Math.max(from, at - REACH);
  const m = BEFORE.exec(text.slice(start, at));
  if (!m) return undefined;
  const begins = start + m.index;
  const negated = NEGATED.test(text.slice(Math.max(from, begins - 5), begins));
  const meaning = APPROXIMATOR_MEANINGS[m[1].toLowerCase().replace(SPACES, " ")];
  return { start: begins, end: begins + m[1].length, ...meaning, negated };
}

/**
 * Whether a fix that restores a source figure must restore what the
 * source's approximator says of it too. The draft's own word stays when it
 * says the same (`some` for `about`), and a round figure the draft marks as
 * such (`about 900` for `900`) is not wrong; a floor for a ceiling is, and
 * so are a bound the source does not set and an exact figure for a round
 * one.
 */
export function restoresApproximation(draft: Approximation | undefined, source: Approximation | undefined): boolean {
  // A negated bound is left as the draft writes it: its sense is the reverse of its words'.
  if (draft?.negated || source?.negated) return false;
  if (draft?.sense === source?.sense) return false;
  return !(draft?.sense === "about" && source === undefined);
}
