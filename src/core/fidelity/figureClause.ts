import { Span } from "../types";

const BEFORE = /[,;\u2014\u2013][^,;\u2014\u2013]*$/u;
const AFTER = /[,;\u2014\u2013]/u;

/**
 * The clause of a sentence a figure stands in: between the commas,
 * semicolons or dashes on either side of it. What dates a figure, and the
 * verb a figure's statement has after it, are read there: in "About 21.6%
 * of patients had swelling, compared with 1.7% on placebo", "compared" is
 * the 1.7%'s.
 */
export function clauseOf(text: string, sentence: Span, figure: Span): Span {
  const from = text.slice(sentence.start, figure.start).search(BEFORE);
  const to = text.slice(figure.end, sentence.end).search(AFTER);
  return { start: from < 0 ? sentence.start : sentence.start + from + 1, end: to < 0 ? sentence.end : figure.end + to };
}
