import { capitalise, opensSentence } from "../fixes";
import { Span, TextEdit } from "../types";
import { approximationBefore, restoresApproximation } from "./approximation";
import { inFormOf } from "./numberForm";
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
export function restoreFigure(text: string, sentence: Span, figure: Span, held: Figure): FigureRestoration {
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
