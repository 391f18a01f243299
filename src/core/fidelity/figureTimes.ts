import { Span } from "../types";
import { UNIT_WORDS } from "../policy/numberWords";
import { ONE_BACK } from "../policy/timeWords";
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

/** The count of a counted-back time, in digits: `two years ago` counts 2, `last year` and `a year ago` 1. */
const countOf = (word: string): string =>
  ONE_BACK.has(word) ? "1" : UNIT_WORDS[word] !== undefined ? String(UNIT_WORDS[word]) : word;
const COUNTED_BACK = /^(\S+(?: few)?) (year|month|week|decade|quarter)s?(?: (?:ago|earlier|before))?$/;

/**
 * A time in one form for each time it names: `last year`, `a year ago`,
 * `a year earlier` and `the previous year` all count one year back, and a
 * draft that writes one for the source's other dates its figure alike.
 */
function canonicalTime(mark: string): string {
  const time = mark.toLowerCase().replace(SPACES, " ");
  const counted = COUNTED_BACK.exec(time);
  return counted ? `${countOf(counted[1])} ${counted[2]} back` : time;
}

function timesIn(text: string): Set<string> {
  return new Set([...text.matchAll(TIME_MARKS)].map((m) => canonicalTime(m[0])));
}

/** Whether a passage dates what it says with a year or a time counted back. */
export const isDated = (text: string): boolean => timesIn(text).size > 0;

/**
 * Which of a source sentence's figures its times date: a time after the
 * sentence's first stated figure dates the figures of its own clause
 * (figureClause.ts); one before it (`A survey last month found that 57
 * percent …, while 31 percent …`), or in a clause with no stated figure
 * (`In 1979, the storm killed 212 people`), dates them all. In `Cloud
 * revenue grew 21%, down from 29% in the previous quarter` only the 29% is
 * dated. A comma inside a figure (`1,100`) divides no clauses.
 */
export function datedFigures(text: string, sentence: Span, figures: Span[], stated: boolean[]): boolean[] {
  // Figures and breaks are both in the sentence's order: one walk over each keeps a table of figures linear.
  const clauses: Span[] = [];
  let start = sentence.start;
  let f = 0;
  for (const m of text.slice(sentence.start, sentence.end).matchAll(CLAUSE_BREAKS)) {
    const at = sentence.start + (m.index ?? 0);
    while (f < figures.length && figures[f].end <= at) f++;
    if (f < figures.length && figures[f].start <= at) continue;
    clauses.push({ start, end: at });
    start = at + 1;
  }
  clauses.push({ start, end: sentence.end });
  const clauseOfFigure: number[] = [];
  let c = 0;
  for (const figure of figures) {
    while (c < clauses.length - 1 && clauses[c].end <= figure.start) c++;
    clauseOfFigure.push(c);
  }
  const dated = clauses.map((clause) => isDated(text.slice(clause.start, clause.end)));
  const holdsStated = clauses.map(() => false);
  clauseOfFigure.forEach((clause, k) => {
    if (stated[k]) holdsStated[clause] = true;
  });
  const firstStated = figures.find((_, k) => stated[k])?.start ?? sentence.end;
  const datesAll = dated.some((d, i) => d && !holdsStated[i]) || isDated(text.slice(sentence.start, firstStated));
  return clauseOfFigure.map((clause) => datesAll || dated[clause]);
}

const CLAUSE_BREAKS = /[,;\u2014\u2013]/gu;

/** The times a draft gives its figure in the figure's own clause. */
function timesBeside(draft: string, sentence: Span, figure: Span): Set<string> {
  const clause = clauseOf(draft, sentence, figure);
  return timesIn(`${draft.slice(clause.start, figure.start)} ${draft.slice(figure.end, clause.end)}`);
}

/** Whether the draft dates its figure in the figure's own clause (`down from 31% in the previous quarter`). */
export const datesOwnFigure = (draft: string, sentence: Span, figure: Span): boolean =>
  timesBeside(draft, sentence, figure).size > 0;

/**
 * Whether the draft dates its figure, in the figure's own clause, with a
 * time the source's sentence does not give it: then the two are not one
 * statement. A draft that leaves out the source's time still states it.
 */
export function datedOtherwise(draft: string, sentence: Span, figure: Span, source: string): boolean {
  const ours = timesBeside(draft, sentence, figure);
  if (ours.size === 0) return false;
  const theirs = timesIn(source);
  return ![...ours].some((t) => theirs.has(t));
}
