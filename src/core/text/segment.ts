import { findQuotes, QuoteSpan } from "../claims/quotes";
import { blankOut, DraftLanguage, maskText } from "./mask";
import { Paragraph, paragraphsOf } from "./paragraphs";

/** A draft cut into paragraphs and quoted spans; sentences come per paragraph, where they can be cached. */
export interface Segmented {
  text: string;
  /** Prose only: markup blanked, offsets kept. */
  masked: string;
  /** `masked` with the inside of every quoted span blanked too: where cues and numbers are sought. */
  frame: string;
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
  /** For each paragraph, the quoted spans that overlap it (indexes into `quotes`). */
  quotesByParagraph: number[][];
}

function blankInside(masked: string, quotes: QuoteSpan[]): string {
  if (quotes.length === 0) return masked;
  const parts: string[] = [];
  let at = 0;
  for (const q of quotes) {
    const innerStart = q.start + 1;
    const innerEnd = q.closed ? q.end - 1 : q.end;
    if (innerStart < at) continue;
    parts.push(masked.slice(at, innerStart));
    parts.push(blankOut(masked.slice(innerStart, innerEnd)));
    at = innerEnd;
  }
  parts.push(masked.slice(at));
  return parts.join("");
}

export function segment(text: string, language: DraftLanguage): Segmented {
  const maskedText = maskText(text, language);
  const paragraphs = paragraphsOf(maskedText);
  const quotes = findQuotes(maskedText.masked, paragraphs);
  const quotesByParagraph: number[][] = paragraphs.map(() => []);
  quotes.forEach((q, i) => {
    for (let p = q.paragraph; p <= q.lastParagraph; p++) quotesByParagraph[p].push(i);
  });
  return {
    text,
    masked: maskedText.masked,
    frame: blankInside(maskedText.masked, quotes),
    paragraphs,
    quotes,
    quotesByParagraph,
  };
}
