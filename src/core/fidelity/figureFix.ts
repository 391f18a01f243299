import { capitalise, opensSentence } from "../fixes";
import { Span, TextEdit } from "../types";
import { approximationBefore, restoresApproximation } from "./approximation";
import { inFormOf } from "./numberForm";
import { rangeStart } from "./ranges";
import { NumberMention } from "../source/numbers";
import { Figure } from "./sourceFigures";

/** How a number mismatch is mended: the edit, and the draft's words and the source's it sets side by side. */
export interface FigureRestoration {
  edit: TextEdit;
  draft: string;
  source: string;
}

/** A figure in words loses the capital it had for opening the sentence ("A third"); an acronym keeps its own. */
const lowerFirst = (s: string) => s.replace(/^\p{Lu}(?!\p{Lu})/u, (c) => c.toLowerCase());

/**
 * The source's figure in the draft's form, with what the source's
 * approximator says of it when the draft's says otherwise (approximation.ts):
 * "Nearly 1,000 firefighters" for the source's "more than 900" is mended as
 * "More than 900 firefighters", not "Nearly 900". Every other word stays;
 * the draft's spacing after its approximator is kept, and a sentence's
 * opening capital moves to whatever now opens it.
 */
export function restoreFigure(
  text: string,
  sentence: Span,
  figure: Span,
  held: Figure,
  heldRange?: [NumberMention, NumberMention],
): FigureRestoration {
  if (heldRange) return restoreRange(text, sentence, figure, held, heldRange);
  const raw = text.slice(figure.start, figure.end);
  const newFigure = inFormOf(raw, held.mention.value, held.raw, held.mention.against);
  const article = held.source.article.text;
  const ours = approximationBefore(text, figure.start, sentence.start);
  const theirs = approximationBefore(article, held.mention.start, held.passage.start);
  if (!restoresApproximation(ours, theirs)) {
    return { edit: { ...figure, newText: newFigure }, draft: raw, source: held.raw };
  }
  const start = ours?.start ?? figure.start;
  const opens = opensSentence(text, sentence, start);
  const words = theirs && article.slice(theirs.start, theirs.end).toLowerCase();
  const gap = ours ? text.slice(ours.end, figure.start) : " ";
  const restored = words ? `${words}${gap}${lowerFirst(newFigure)}` : newFigure;
  return {
    edit: { start, end: figure.end, newText: opens ? capitalise(restored) : restored },
    draft: text.slice(start, figure.end),
    source: words ? `${words} ${held.raw}` : held.raw,
  };
}

/**
 * One draft figure for a source's range, mended with the range: `more than
 * 1,000 glaciers` for the source's `between 1,200 and 1,400` becomes
 * `between 1,200 and 1,400 glaciers`, each end in the draft's form. The
 * draft's approximator goes: the range says how far the figure runs.
 */
function restoreRange(
  text: string,
  sentence: Span,
  figure: Span,
  held: Figure,
  [first, second]: [NumberMention, NumberMention],
): FigureRestoration {
  const article = held.source.article.text;
  const raw = text.slice(figure.start, figure.end);
  const from = rangeStart(article, first);
  const end = (m: NumberMention) => inFormOf(raw, m.value, article.slice(m.start, m.end), m.against);
  const range = `${article.slice(from, first.start)}${end(first)}${article.slice(first.end, second.start)}${end(second)}`;
  const start = approximationBefore(text, figure.start, sentence.start)?.start ?? figure.start;
  const restored = opensSentence(text, sentence, start) ? capitalise(range) : lowerFirst(range);
  return {
    edit: { start, end: figure.end, newText: restored },
    draft: text.slice(start, figure.end),
    source: article.slice(from, second.end),
  };
}
