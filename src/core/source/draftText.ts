import { maskText } from "../text/mask";
import { Paragraph, paragraphsOf } from "../text/paragraphs";
import { Span } from "../types";
import { ABBREVIATION, sentencePieces } from "./article";

/**
 * Where a claim's paragraph and sentence end in a draft, for placing an
 * attribution and for reading the words around a number.
 */
const OPEN = new Set(["“", "‘"]);
const CLOSE = new Set(["”", "’"]);

/** The draft last asked about, cut once: its paragraphs, and each paragraph's sentence pieces as they are needed. */
interface Layout {
  text: string;
  paragraphs: Paragraph[];
  pieces: Map<number, Span[]>;
  /** The checker's sentences, when it handed them over: where a claim's sentence ends is known already. */
  sentences?: Span[];
}

let layout: Layout | undefined;

function layoutOf(text: string): Layout {
  if (layout?.text !== text) layout = { text, paragraphs: paragraphsOf(maskText(text)), pieces: new Map() };
  return layout;
}

/**
 * Hands over the paragraphs the checker has already cut for this draft (in
 * its own language), so placing fixes does not mask and cut the draft again.
 */
export function useLayout(text: string, paragraphs: Paragraph[], sentences: Span[]): void {
  if (layout?.text !== text || layout.paragraphs !== paragraphs) layout = { text, paragraphs, pieces: new Map(), sentences };
}

/** The end of the checker's sentence that holds `from` strictly inside it, if the checker cut this draft. */
function knownSentenceEnd(text: string, from: number): number | undefined {
  const sentences = layoutOf(text).sentences;
  if (!sentences || sentences.length === 0) return undefined;
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= from) lo = mid;
    else hi = mid - 1;
  }
  const s = sentences[lo];
  return s.start <= from && from < s.end ? s.end : undefined;
}

/** The draft's paragraph that holds an offset, as the checker cuts paragraphs (Markdown markers left out). */
export function paragraphAround(text: string, offset: number): Span {
  const { paragraphs } = layoutOf(text);
  let lo = 0;
  let hi = paragraphs.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraphs[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const found = paragraphs[lo];
  if (found && found.start <= offset && offset <= found.end) return { start: found.start, end: found.end };
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
}

const NEXT_SENTENCE = /\s+["“‘'(]?[\p{Lu}\d]/uy;

/** The end of the sentence that holds `from` (after its stop and closing marks), never inside a quotation opened after `from`. */
export function sentenceEndAfter(text: string, from: number): number {
  const known = knownSentenceEnd(text, from);
  if (known !== undefined) return known;
  const paragraph = paragraphAround(text, from);
  let open = 0;
  for (let i = from; i < paragraph.end; i++) {
    const c = text[i];
    if (OPEN.has(c) || (c === '"' && open === 0 && /\s|^/.test(text[i - 1] ?? " "))) open++;
    else if (open > 0 && (CLOSE.has(c) || c === '"')) open--;
    if (open > 0 || !/[.!?…]/.test(c)) continue;
    let end = i + 1;
    while (end < paragraph.end && /[.!?…"”’)\]]/.test(text[end])) end++;
    NEXT_SENTENCE.lastIndex = end;
    if (end < paragraph.end && !NEXT_SENTENCE.test(text)) continue;
    if (c === "." && end === i + 1 && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    return end;
  }
  return paragraph.end;
}

/** The sentence around an offset: from the previous sentence end in its paragraph to the next. */
export function sentenceAround(text: string, offset: number): Span {
  const paragraph = paragraphAround(text, offset);
  const cut = layoutOf(text);
  let pieces = cut.pieces.get(paragraph.start);
  if (!pieces) {
    pieces = sentencePieces(text.slice(paragraph.start, paragraph.end));
    cut.pieces.set(paragraph.start, pieces);
  }
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (paragraph.start + pieces[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  const start = pieces.length > 0 && paragraph.start + pieces[lo].start <= offset ? paragraph.start + pieces[lo].start : paragraph.start;
  return { start, end: Math.max(sentenceEndAfter(text, offset), offset) };
}
