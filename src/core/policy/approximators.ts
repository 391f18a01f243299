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

/**
 * What an approximator says of the figure after it (policy 5): `about` a
 * round figure near it, `above` a floor the quantity passes, `below` a
 * ceiling it stays under or reaches. A fix that restores a source's figure
 * must say what the source says of it: "nearly 1,000" for the source's
 * "more than 900" is wrong twice over. `rounds` is whether the figure is a
 * rounded one, held to the source's within 5%: a limit (`at least 43
 * dead`, `up to 500 jobs`) is a count, as exact as the figure alone. Words
 * not here (`only`, `a total of`, `exactly`) leave the figure exact.
 */
export type ApproximatorSense = "about" | "above" | "below";

export interface ApproximatorMeaning {
  sense: ApproximatorSense;
  rounds: boolean;
}

const about: ApproximatorMeaning = { sense: "about", rounds: true };
const above: ApproximatorMeaning = { sense: "above", rounds: true };
const below: ApproximatorMeaning = { sense: "below", rounds: true };
const floor: ApproximatorMeaning = { sense: "above", rounds: false };
const ceiling: ApproximatorMeaning = { sense: "below", rounds: false };

export const APPROXIMATOR_MEANINGS: Readonly<Record<string, ApproximatorMeaning>> = {
  about,
  around: about,
  roughly: about,
  approximately: about,
  some: about,
  "an estimated": about,
  estimated: about,
  "more than": above,
  over: above,
  "just over": above,
  "well over": above,
  "upwards of": above,
  "in excess of": above,
  "at least": floor,
  nearly: below,
  almost: below,
  "close to": below,
  approaching: below,
  near: below,
  "just under": below,
  "well under": below,
  under: below,
  "less than": below,
  "fewer than": below,
  "up to": ceiling,
  "at most": ceiling,
  "as many as": ceiling,
  "as much as": ceiling,
};
