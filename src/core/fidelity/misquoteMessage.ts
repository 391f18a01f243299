import { Span } from "../types";
import { Difference } from "./quoteAlignment";
import { FidelityWord } from "./words";

/** Words of context on each side of a difference: enough to find it in a long quote, few enough for one line. */
const BEFORE = 4;
const AFTER = 3;

/** Where each run of non-blanks of `text` starts and ends in [from, to). */
const runs = (text: string, from: number, to: number) =>
  [...text.slice(from, to).matchAll(/\S+/g)].map((m) => ({ start: from + m.index, end: from + m.index + m[0].length }));

/** Quotation marks, apostrophes aside: the source side may run over narration between one speaker's quotations. */
const MARK = /[\u201C\u201D"\u00AB\u00BB\u201E]/;
const LAST_MARK = /[\u201C\u201D"\u00AB\u00BB\u201E][^\u201C\u201D"\u00AB\u00BB\u201E]*$/;

/**
 * The words [from, to) of `text` with a few words of context on each side,
 * as the text has them, never outside `bounds` nor past a quotation mark
 * (the quotation they stand in), an ellipsis where context was cut.
 */
function around(text: string, bounds: Span, from: number, to: number): string {
  const opened = LAST_MARK.exec(text.slice(bounds.start, from));
  const opens = opened ? bounds.start + opened.index + 1 : bounds.start;
  const closes = text.slice(to, bounds.end).search(MARK);
  const before = runs(text, opens, from);
  const after = runs(text, to, closes < 0 ? bounds.end : to + closes);
  const start = before.length > 0 ? before[Math.max(0, before.length - BEFORE)].start : from;
  const end = after.length > 0 ? after[Math.min(after.length, AFTER) - 1].end : to;
  const kept = text.slice(start, end).replace(/\s+/g, " ").trim();
  return `${before.length > BEFORE ? "…" : ""}${kept}${after.length > AFTER ? "…" : ""}`;
}

const stretch = (words: FidelityWord[]) => ({ from: words[0].start, to: words[words.length - 1].end });

/**
 * What a misquote's message says: the first place the draft's words part
 * from the source's, both sides shown there, so a long quote's difference
 * can be read in the Problems panel and the command line without the
 * hover. The draft's words are in `text`, the source's in `article`.
 */
export function misquoteMessage(
  text: string,
  draftWords: FidelityWord[],
  article: string,
  said: Span,
  differences: Difference[],
): string {
  const [first] = differences;
  const quote = { start: draftWords[0].start, end: draftWords[draftWords.length - 1].end };
  const more = differences.length - 1;
  const rest = more === 0 ? "" : more === 1 ? " One more difference." : ` ${more} more differences.`;
  if (first.source.length === 0) {
    const { from, to } = stretch(first.draft);
    const added = text.slice(from, to).replace(/\s+/g, " ");
    return `Misquote: the draft adds “${added}” (“${around(text, quote, from, to)}”), which the source does not have.${rest}`;
  }
  const at = first.draft.length > 0 ? stretch(first.draft) : undefined;
  const gap = draftWords[first.at]?.start ?? quote.end;
  const ours = around(text, quote, at?.from ?? gap, at?.to ?? gap);
  const source = stretch(first.source);
  const theirs = around(article, said, source.from, source.to);
  return `Misquote: the draft has “${ours}” where the source says “${theirs}”.${rest}`;
}

/** The first few words of a passage of `text`, "…" where they stop short of its end. */
function opening(text: string, span: Span, words = 5): string {
  const all = runs(text, span.start, span.end);
  const kept = text.slice(all[0].start, all[Math.min(words, all.length) - 1].end).replace(/\s+/g, " ");
  return all.length > words ? `${kept}…` : kept;
}

/** What a misquote's message says when the draft has the speaker's sentences in another order than the source. */
export function reorderMessage(article: string, reordered: { draftFirst: Span; sourceFirst: Span }): string {
  const moved = opening(article, reordered.draftFirst);
  const first = opening(article, reordered.sourceFirst);
  return `Misquote: the draft puts the speaker's sentences in another order: it opens with “${moved}”, which the source says after “${first}”.`;
}
