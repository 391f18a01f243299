import { SourceIndex } from "../source";
import { NumberMention, numbersIn, sameQuantity } from "../source/numbers";
import { Span } from "../types";
import { isApproximate } from "./numberForm";
import { Figure, figuresOf, Surroundings, surroundings } from "./sourceFigures";

/**
 * Holds a draft's number to the source figure that states the same thing
 * (the same noun or unit, most of the words around it) and says whether its
 * value differs. A figure the source states in the same way, a rounded
 * value marked approximate within 5%, and a statement whose source passage
 * has two figures that fit equally well are never mismatches.
 */
export interface NumberMismatch {
  /** The draft's figure within the claim (`1,200` in `some 1,200 North Korean troops`). */
  figure: Span;
  /** The source figure it should say. */
  held: Figure;
}

/** Words two statements must share around their figures (the sentence, and the few words on each side). */
const SAME_SENTENCE = 3;
const NEAR = 3;
const ROUNDING = 0.05;

function near(s: Surroundings): Set<string> {
  return new Set([...s.before.slice(0, NEAR), ...s.after.slice(0, NEAR)]);
}

function fits(draft: Surroundings, source: Surroundings): boolean {
  if (draft.percent !== source.percent || draft.currency !== source.currency) return false;
  return !draft.unit || !source.unit || draft.unit === source.unit;
}

interface Scored {
  figure: Figure;
  score: number;
  shared: number;
  nearShared: number;
}

function score(draft: Surroundings, figure: Figure): Scored {
  const shared = [...draft.all].filter((w) => figure.around.all.has(w)).length;
  const mine = near(draft);
  const nearShared = [...near(figure.around)].filter((w) => mine.has(w)).length;
  const unit = draft.unit && draft.unit === figure.around.unit ? 1 : 0;
  return { figure, score: shared + 2 * nearShared + unit, shared, nearShared };
}

const sameStatement = (s: Scored) => s.shared >= SAME_SENTENCE && s.nearShared >= 1;

function sameOrRounded(draft: NumberMention, source: NumberMention, approximate: boolean): boolean {
  if (sameQuantity(draft, source)) return true;
  if (!approximate || draft.percent !== source.percent || source.value === 0) return false;
  return Math.abs(draft.value - source.value) / Math.abs(source.value) <= ROUNDING;
}

/** The mismatch of one figure of a draft's number claim, if it has one. */
function checkFigure(
  text: string,
  sentence: Span,
  mention: NumberMention,
  index: SourceIndex,
): NumberMismatch | undefined {
  const around = surroundings(text, sentence, mention, mention);
  const approximate = isApproximate(text.slice(Math.max(sentence.start, mention.start - 24), mention.start));
  const scored = index.sources.flatMap((s) => figuresOf(s).map((f) => score(around, f)));
  // The same figure in a passage that shares words with the draft's: the draft may be holding that one.
  if (scored.some((s) => (s.shared >= 2 || s.nearShared >= 1) && sameOrRounded(mention, s.figure.mention, approximate)))
    return undefined;
  const fitting = scored
    .filter((s) => sameStatement(s) && fits(around, s.figure.around))
    .sort((a, b) => b.score - a.score);
  const [top, next] = fitting;
  if (!top) return undefined;
  if (next && next.score >= top.score - 1 && !sameQuantity(next.figure.mention, top.figure.mention)) return undefined;
  return { figure: { start: mention.start, end: mention.end }, held: top.figure };
}

/** The first figure of a number claim that differs from the source figure it states. */
export function checkNumber(text: string, claim: Span, sentence: Span, index: SourceIndex): NumberMismatch | undefined {
  for (const n of numbersIn(text.slice(claim.start, claim.end))) {
    const mention = { ...n, start: n.start + claim.start, end: n.end + claim.start };
    const found = checkFigure(text, sentence, mention, index);
    if (found) return found;
  }
  return undefined;
}
