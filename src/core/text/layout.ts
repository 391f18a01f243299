import { Fix, Span, StyleProfile, Unfixable } from "../types";
import { Paragraph } from "./paragraphs";
import { Token } from "./tokens";

/**
 * Where a draft's paragraphs and sentences are, as the checker cut them (in
 * the draft's own language, Markdown markers left out): fixes are placed and
 * the words around a number are read in these, so a fix lands where the
 * checker will look. The check hands it to matching and fixes explicitly.
 */
export interface DraftLayout {
  text: string;
  paragraphs: Paragraph[];
  sentences: Span[];
  /** The tokens of each sentence number matching has read, by "start,end": filled on demand, for one check. */
  sentenceTokens?: Map<string, Token[]>;
  /** The placeholder fix last written for a number and what it was written from (fixes.ts): a sentence's numbers share it. */
  numberPlaceholder?: { end: number; style: StyleProfile; isPreferred: boolean; why?: Unfixable; fix: Fix };
}

/** The last of `spans` (sorted, disjoint) that starts at or before `offset`, or -1. */
function lastStartingBy(spans: Span[], offset: number): number {
  let lo = 0;
  let hi = spans.length - 1;
  if (hi < 0 || spans[0].start > offset) return -1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (spans[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The draft's paragraph that holds an offset (the line that does, if no paragraph does). */
export function paragraphAround(layout: DraftLayout, offset: number): Span {
  const { text, paragraphs } = layout;
  const found = paragraphs[lastStartingBy(paragraphs, offset)];
  if (found && offset <= found.end) return { start: found.start, end: found.end };
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
}

/** The sentence that holds the character at `offset` (its paragraph, if no sentence does). */
export function sentenceHolding(layout: DraftLayout, offset: number): Span {
  const found = layout.sentences[lastStartingBy(layout.sentences, offset)];
  return found && offset < found.end ? { start: found.start, end: found.end } : paragraphAround(layout, offset);
}
