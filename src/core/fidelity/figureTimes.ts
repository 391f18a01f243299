import { Span } from "../types";
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

function timesIn(text: string): Set<string> {
  return new Set([...text.matchAll(TIME_MARKS)].map((m) => m[0].toLowerCase().replace(/\s+/g, " ")));
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
