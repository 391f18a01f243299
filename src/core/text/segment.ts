import { findQuotes, QuoteSpan } from "../claims/quotes";
import { DraftLanguage, maskText } from "./mask";
import { Paragraph, paragraphsOf } from "./paragraphs";
import { Sentence, sentencesOf } from "./sentences";

/** A draft cut into the units the policy talks about. */
export interface Segmented {
  text: string;
  /** Prose only: markup blanked, offsets kept. */
  masked: string;
  /** `masked` with the inside of every quoted span blanked too: where cues and numbers are sought. */
  frame: string;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: QuoteSpan[];
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
    parts.push(masked.slice(innerStart, innerEnd).replace(/[^\r\n]/g, " "));
    at = innerEnd;
  }
  parts.push(masked.slice(at));
  return parts.join("");
}

export function segment(
  text: string,
  language: DraftLanguage,
  isAttributionTag: (frame: string, from: number, to: number) => boolean,
): Segmented {
  const maskedText = maskText(text, language);
  const paragraphs = paragraphsOf(maskedText);
  const quotes = findQuotes(maskedText.masked, paragraphs);
  const frame = blankInside(maskedText.masked, quotes);
  const sentences: Sentence[] = [];
  let q = 0;
  for (const p of paragraphs) {
    while (q < quotes.length && quotes[q].end <= p.start) q++;
    const local: QuoteSpan[] = [];
    for (let k = q; k < quotes.length && quotes[k].start < p.end; k++) local.push(quotes[k]);
    sentences.push(...sentencesOf(maskedText.masked, p, local, sentences.length, (from, to) => isAttributionTag(frame, from, to)));
  }
  return { text, masked: maskedText.masked, frame, paragraphs, sentences, quotes };
}
