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

let last: { text: string; paragraphs: Paragraph[] } | undefined;

/** The draft's paragraph that holds an offset, as the checker cuts paragraphs (Markdown markers left out). */
export function paragraphAround(text: string, offset: number): Span {
  if (last?.text !== text) last = { text, paragraphs: paragraphsOf(maskText(text)) };
  const found = last.paragraphs.find((p) => p.start <= offset && offset <= p.end);
  if (found) return { start: found.start, end: found.end };
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const lineEnd = text.indexOf("\n", offset);
  return { start: lineStart, end: lineEnd < 0 ? text.length : lineEnd };
}

/** The end of the sentence that holds `from` (after its stop and closing marks), never inside a quotation opened after `from`. */
export function sentenceEndAfter(text: string, from: number): number {
  const paragraph = paragraphAround(text, from);
  let open = 0;
  for (let i = from; i < paragraph.end; i++) {
    const c = text[i];
    if (OPEN.has(c) || (c === '"' && open === 0 && /\s|^/.test(text[i - 1] ?? " "))) open++;
    else if (open > 0 && (CLOSE.has(c) || c === '"')) open--;
    if (open > 0 || !/[.!?…]/.test(c)) continue;
    let end = i + 1;
    while (end < paragraph.end && /[.!?…"”’)\]]/.test(text[end])) end++;
    const rest = text.slice(end, paragraph.end);
    if (rest && !/^\s+["“‘'(]?[\p{Lu}\d]/u.test(rest)) continue;
    if (c === "." && end === i + 1 && ABBREVIATION.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
    return end;
  }
  return paragraph.end;
}

/** The sentence around an offset: from the previous sentence end in its paragraph to the next. */
export function sentenceAround(text: string, offset: number): Span {
  const paragraph = paragraphAround(text, offset);
  let start = paragraph.start;
  for (const piece of sentencePieces(text.slice(paragraph.start, paragraph.end))) {
    if (paragraph.start + piece.start > offset) break;
    start = paragraph.start + piece.start;
  }
  return { start, end: Math.max(sentenceEndAfter(text, offset), offset) };
}
