import { readDraft } from "../facts";
import { Paragraph } from "../text/paragraphs";
import { Span } from "../types";

/**
 * Where a claim's paragraph and sentence are in a draft, for placing an
 * attribution and for reading the words around a number: the checker's own
 * paragraphs and sentences, so a fix lands where the checker will look.
 */
interface Layout {
  text: string;
  paragraphs: Paragraph[];
  sentences: Span[];
}

let layout: Layout | undefined;

/** The draft last asked about, cut once (as Markdown, unless the checker handed over its own cut). */
function layoutOf(text: string): Layout {
  if (layout?.text !== text) {
    const { doc, sentences } = readDraft(text, "markdown");
    layout = { text, paragraphs: doc.paragraphs, sentences };
  }
  return layout;
}

/**
 * Hands over the paragraphs and sentences the checker has already cut for
 * this draft (in its own language), so placing fixes does not cut it again.
 */
export function useLayout(text: string, paragraphs: Paragraph[], sentences: Span[]): void {
  if (layout?.text !== text || layout.paragraphs !== paragraphs) layout = { text, paragraphs, sentences };
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

/** The draft's paragraph that holds an offset, as the checker cuts paragraphs (Markdown markers left out). */
export function paragraphAround(text: string, offset: number): Span {
  const { paragraphs } = layoutOf(text);
  const found = paragraphs[lastStartingBy(paragraphs, offset)];
  if (found && offset <= found.end) return { start: found.start, end: found.end };
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
}

/** The checker's sentence that holds the character at `offset` (its paragraph, if no sentence does). */
export function sentenceHolding(text: string, offset: number): Span {
  const { sentences } = layoutOf(text);
  const found = sentences[lastStartingBy(sentences, offset)];
  return found && offset < found.end ? { start: found.start, end: found.end } : paragraphAround(text, offset);
}
