import { Span } from "../types";
import { ABBREVIATIONS, AMBIGUOUS_ABBREVIATIONS } from "../policy/abbreviations";
import { SENTENCE_OPENERS } from "../policy/sentenceOpeners";
import { TIME_ZONES } from "../policy/timeZones";
import { Paragraph } from "./paragraphs";
import { SPACE } from "./patterns";

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

const CLOSERS = /["'\u201D\u2019)\]]/;
const OPENERS = /["'\u201C\u2018([\p{Lu}\p{N}$€£]/u;
// Made once at module level, as text/patterns.ts says why.
/** What ends a sentence here: the stops of patterns.ts SENTENCE_END and an ellipsis. */
const SENTENCE_STOP = /[.?!\u2026]/;
const WORD_CHAR = /[\p{L}.]/u;
const LEADING_WORD = /^[\p{L}]+/u;
const FINAL_DOT = /\.$/;
const INITIAL = /^\p{Lu}\.?$/u;
const DOTTED_LETTERS = /^(?:\p{L}\.)+\p{L}$/u;

function wordBefore(text: string, dot: number, floor: number): string {
  let i = dot;
  while (i > floor && WORD_CHAR.test(text[i - 1])) i--;
  return text.slice(i, dot);
}

function wordAfter(text: string, at: number, ceiling: number): string {
  const m = LEADING_WORD.exec(text.slice(at, Math.min(ceiling, at + 30)));
  return m ? m[0].toLowerCase() : "";
}

/** True when a full stop at `dot` belongs to an abbreviation or an initial. */
function isAbbreviation(text: string, dot: number, floor: number, next: number, ceiling: number): boolean {
  const word = wordBefore(text, dot, floor);
  if (word === "") return false;
  const key = word.toLowerCase().replace(FINAL_DOT, "");
  // "by 6 p.m. Sheriff Ana Duarte said …" starts a sentence; "6 p.m. Eastern" does not.
  if (key === "a.m" || key === "p.m") return TIME_ZONES.has(wordAfter(text, next, ceiling));
  if (AMBIGUOUS_ABBREVIATIONS.has(key)) return !SENTENCE_OPENERS.has(wordAfter(text, next, ceiling));
  return isAbbreviationWord(word);
}

/** Whether a full stop after this word ("Gov", "U.S", "J") leaves the sentence running whatever follows. */
function isAbbreviationWord(word: string): boolean {
  const key = word.toLowerCase().replace(FINAL_DOT, "");
  if (INITIAL.test(word)) return true;
  return ABBREVIATIONS.has(key) || DOTTED_LETTERS.test(key);
}

/**
 * Splits a paragraph into sentences. A boundary is a sentence-final mark
 * followed by space and a capital, a digit or an opening mark; never inside
 * a quoted span, never after an abbreviation. A quote ending in a full stop
 * followed by its attribution tag (`"Go home!" Smith said.`) stays one sentence.
 */
export function sentencesOf(
  masked: string,
  p: Paragraph,
  quotes: { start: number; end: number }[],
  isAttributionTag: (from: number, to: number) => boolean,
): Span[] {
  const sentences: Span[] = [];
  let start = p.start;
  let q = 0;
  const push = (end: number) => {
    let s = start;
    while (s < end && SPACE.test(masked[s])) s++;
    if (end > s) sentences.push({ start: s, end });
  };
  for (let i = p.start; i < p.end; i++) {
    while (q < quotes.length && quotes[q].end <= i) q++;
    const inQuote = q < quotes.length && quotes[q].start <= i && i < quotes[q].end;
    const ch = masked[i];
    if (inQuote) {
      const quote = quotes[q];
      if (i !== quote.end - 1 || !SENTENCE_STOP.test(masked[i - 1] ?? "")) continue;
    } else if (!SENTENCE_STOP.test(ch)) {
      continue;
    }
    let j = i + 1;
    // Only the quote under way or the next one can open at j: the spans are sorted and do not overlap.
    while (j < p.end && CLOSERS.test(masked[j]) && quotes[q]?.start !== j && quotes[q + 1]?.start !== j) j++;
    if (j >= p.end || !SPACE.test(masked[j])) continue;
    let k = j;
    while (k < p.end && SPACE.test(masked[k])) k++;
    if (k >= p.end || !OPENERS.test(masked[k])) continue;
    if (ch === "." && !inQuote && isAbbreviation(masked, i, p.start, k, p.end)) continue;
    if (inQuote && isAttributionTag(k, p.end)) continue;
    push(j);
    start = k;
    i = k - 1;
  }
  push(p.end);
  return sentences;
}

/**
 * Sentences of a stretch of prose with no quotations of its own to respect:
 * the inside of a quotation, or a paragraph read on its own.
 */
export function plainSentences(text: string): Span[] {
  return sentencesOf(text, { index: 0, start: 0, end: text.length, kind: "text" }, [], () => false);
}
