import { NumberMention } from "../source/numbers";

/** What joins the two ends of a range: "between 2,000 and 3,000", "2,000 to 3,000", "2,000-3,000". */
const RANGE_JOIN = /^\s*(?:and|to|-|\u2013|\u2014)\s*$/;
const BETWEEN = /\bbetween\s+$/i;

/** The two mentions of the range mention `i` is an end of, in the text's order. */
export function rangeEnds(
  text: string,
  mentions: NumberMention[],
  i: number,
): [NumberMention, NumberMention] | undefined {
  const joined = (
    a: NumberMention | undefined,
    b: NumberMention | undefined,
  ): [NumberMention, NumberMention] | undefined =>
    a && b && a.percent === b.percent && RANGE_JOIN.test(text.slice(a.end, b.start)) ? [a, b] : undefined;
  return i < 0 ? undefined : (joined(mentions[i], mentions[i + 1]) ?? joined(mentions[i - 1], mentions[i]));
}

/** A range's values, low end first, whichever the text gives first. */
export const boundsOf = ([a, b]: [NumberMention, NumberMention]): [number, number] => [
  Math.min(a.value, b.value),
  Math.max(a.value, b.value),
];

/** The range mention `i` is an end of (`between 2,000 and 3,000`, `2,000 to 3,000`, `2,000-3,000`), low end first. */
export function rangeAt(text: string, mentions: NumberMention[], i: number): [number, number] | undefined {
  const ends = rangeEnds(text, mentions, i);
  return ends && boundsOf(ends);
}

/** Where a range's words start: at its `between`, when it has one. */
export function rangeStart(text: string, first: NumberMention): number {
  const before = BETWEEN.exec(text.slice(Math.max(0, first.start - 12), first.start));
  return before ? first.start - before[0].length : first.start;
}
