import { Span } from "../types";
import { SPACES } from "../text/patterns";
import { clauseOf } from "./figureClause";

/**
 * When a figure is said to hold, as a news sentence dates it: a year (`in
 * 2021`, `after 2020`) or a time counted back from now (`two years ago`,
 * `last year`, `the previous month`). A draft's figure dated in a way its
 * source's statement is not is another statement of the same topic — a
 * background figure (`Inflation peaked at 11.1% two years ago` beside the
 * source's current 2.8%) — not a wrong copy of the source's.
 */
const TIME_MARKS =
  /\b(?:(?:19|20)\d\d|(?:\d+|an?|one|two|three|four|five|six|seven|eight|nine|ten|a few|several) (?:years?|months?|weeks?|decades?) (?:ago|earlier|before)|(?:last|previous|prior) (?:year|month|week|decade|quarter|spring|summer|autumn|fall|winter))\b/gi;

/** How many of a unit a counted-back time's count says: `a`, `one` and `last` are all one. */
const COUNTS: Readonly<Record<string, string>> = {
  a: "1",
  an: "1",
  one: "1",
  last: "1",
  previous: "1",
  prior: "1",
  two: "2",
  three: "3",
  four: "4",
  five: "5",
  six: "6",
  seven: "7",
  eight: "8",
  nine: "9",
  ten: "10",
};
const COUNTED_BACK = /^(\S+(?: few)?) (year|month|week|decade|quarter)s?(?: (?:ago|earlier|before))?$/;

/**
 * A time in one form for each time it names: `last year`, `a year ago`,
 * `a year earlier` and `the previous year` all count one year back, and a
 * draft that writes one for the source's other dates its figure alike.
 */
function canonicalTime(mark: string): string {
  const time = mark.toLowerCase().replace(SPACES, " ");
  const counted = COUNTED_BACK.exec(time);
  return counted ? `${COUNTS[counted[1]] ?? counted[1]} ${counted[2]} back` : time;
}

function timesIn(text: string): Set<string> {
  return new Set([...text.matchAll(TIME_MARKS)].map((m) => canonicalTime(m[0])));
}

/** Whether a passage dates what it says with a year or a time counted back. */
export const isDated = (text: string): boolean => timesIn(text).size > 0;

/**
 * Whether the draft dates its figure, in the figure's own clause, with a
 * time the source's sentence does not give it: then the two are not one
 * statement. A draft that leaves out the source's time still states it.
 */
export function datedOtherwise(draft: string, sentence: Span, figure: Span, source: string): boolean {
  const clause = clauseOf(draft, sentence, figure);
  const ours = timesIn(`${draft.slice(clause.start, figure.start)} ${draft.slice(figure.end, clause.end)}`);
  if (ours.size === 0) return false;
  const theirs = timesIn(source);
  return ![...ours].some((t) => theirs.has(t));
}
