import { Span } from "../types";
import { ABBREVIATION, sentencePieces } from "./article";

/**
 * Where a claim's paragraph and sentence end in a draft, for placing an
 * attribution and for reading the words around a number. A paragraph ends at
 * a blank line, a list item or a block-quote edge.
 */
const PARAGRAPH_END = /\n[ \t]*(?:\r?\n|(?:[-*+]|\d{1,9}[.)])[ \t]|>)/g;
const PARAGRAPH_START = /(?:^|\n[ \t]*\r?\n|\n(?=[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t])|\n(?=[ \t]*>))/g;
const OPEN = new Set(["“", "‘"]);
const CLOSE = new Set(["”", "’"]);

export function paragraphAround(text: string, offset: number): Span {
  let start = 0;
  for (const m of text.matchAll(PARAGRAPH_START)) {
    if (m.index + m[0].length > offset) break;
    start = m.index + m[0].length;
  }
  PARAGRAPH_END.lastIndex = offset;
  const end = PARAGRAPH_END.exec(text)?.index ?? text.length;
  const prefix = /^[ \t]*(?:>[ \t]?)*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/.exec(text.slice(start, end))?.[0].length ?? 0;
  const body = text.slice(start + prefix, end);
  return { start: start + prefix + (body.length - body.trimStart().length), end: start + prefix + body.trimEnd().length };
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
