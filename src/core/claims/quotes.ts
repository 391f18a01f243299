import { LINKING_WORDS } from "../policy/functionWords";
import { Paragraph } from "../text/paragraphs";
import { detachedSlice } from "../text/detached";

/** A top-level quoted span (marks included), before the policy decides whether it is a claim. */
export interface QuoteSpan {
  start: number;
  end: number;
  /** Paragraph of the opening mark and of the closing mark (or where a best guess ends it). */
  paragraph: number;
  lastParagraph: number;
  /** The words between the marks. */
  inner: string;
  /** False when the closing mark was missing and the span is a best guess. */
  closed: boolean;
}

type Mark = "double" | "single";
type Role = "open" | "close" | "either" | "apostrophe";

const OPENING_CONTEXT = /[\s([{\u2014\u2013\-/:;,]/;
const CLOSING_CONTEXT = /[\s.,;:!?)\]}\u2014\u2013\-\u2026/]/;
const WORD_CHAR = /[\p{L}\p{N}]/u;
/** Words that start with an apostrophe in informal English; the mark before them is not a quote. */
const ELISIONS = /^(?:em|til|tis|twas|n|cause|round|bout|neath|nother|kay|sup|ello|ere)(?![\p{L}])/iu;

function isOpenDouble(ch: string): boolean {
  return ch === "\u201C" || ch === "\u201E" || ch === "\u00AB";
}

function isCloseDouble(ch: string): boolean {
  return ch === "\u201D" || ch === "\u00BB";
}

function markOf(ch: string): Mark | undefined {
  if (ch === '"' || isOpenDouble(ch) || isCloseDouble(ch)) return "double";
  if (ch === "'" || ch === "\u2018" || ch === "\u2019") return "single";
  return undefined;
}

function roleOf(text: string, i: number, start: number, end: number): Role {
  const ch = text[i];
  const before = i > start ? text[i - 1] : " ";
  const after = i + 1 < end ? text[i + 1] : " ";
  const opening = OPENING_CONTEXT.test(before) || markOf(before) !== undefined;
  const closing = CLOSING_CONTEXT.test(after) || markOf(after) !== undefined;
  if (isOpenDouble(ch)) return "open";
  if (isCloseDouble(ch)) return "close";
  if (ch === '"') {
    if (opening && !/\s/.test(after)) return "open";
    if (closing && !/\s/.test(before)) return "close";
    return "either";
  }
  // Single marks: apostrophes far outnumber quotes, so a mark is a quote only in a clear quote position.
  if (WORD_CHAR.test(before) && WORD_CHAR.test(after)) return "apostrophe";
  if (/\d/.test(after)) return "apostrophe";
  if (opening && WORD_CHAR.test(after)) {
    if (ELISIONS.test(text.slice(i + 1, Math.min(end, i + 8)))) return "apostrophe";
    return ch === "\u2019" ? "apostrophe" : "open";
  }
  if (closing && !/\s/.test(before)) return ch === "\u2018" ? "apostrophe" : "close";
  return "apostrophe";
}

/**
 * Two single marks typed for a double one (`’’`, `‘‘`, `''`), as some
 * wire copy closes its quotations: one double mark.
 */
function isDoubledSingle(text: string, i: number, end: number): boolean {
  const ch = text[i];
  return i + 1 < end && text[i + 1] === ch && (ch === "\u2019" || ch === "\u2018" || ch === "'");
}

function doubledRole(text: string, i: number, start: number, end: number): Role {
  if (text[i] === "\u2018") return "open";
  if (text[i] === "\u2019") return "close";
  const before = i > start ? text[i - 1] : " ";
  const after = i + 2 < end ? text[i + 2] : " ";
  if (!/\s/.test(after) && (OPENING_CONTEXT.test(before) || i === start)) return "open";
  if (!/\s/.test(before)) return "close";
  return "either";
}

/** Counts words up to `limit`: the exemption only needs to know whether there are more than three. */
function countWords(s: string, limit: number): number {
  const word = /[\p{L}\p{N}]+(?:['\u2019.-][\p{L}\p{N}]+)*/gu;
  let n = 0;
  while (n < limit && word.exec(s)) n++;
  return n;
}

const MARK = /["'\u201C\u201D\u2018\u2019\u201E\u00AB\u00BB]/g;

interface Open {
  mark: Mark;
  at: number;
  paragraph: number;
}

/**
 * Finds top-level quoted spans. Nested quotes stay inside their outer quote;
 * a double quote left open at a paragraph's end continues when the next
 * paragraph opens with a double mark (the multi-paragraph convention), and
 * otherwise ends with its paragraph as a best guess. Reads the paragraphs
 * [from, to): the first is one no quote runs on into (opensWithDouble), and
 * so is the one at `to`.
 */
export function findQuotes(masked: string, paragraphs: Paragraph[], from = 0, to = paragraphs.length): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let carried: Open | undefined;
  // No mark lies between the last search's start and this offset: a search runs on to the next mark, past its
  // paragraph, and paragraphs up to that mark have none (without it, thousands of markless lines read the rest each).
  let markless = 0;
  for (let n = from; n < to; n++) {
    const p = paragraphs[n];
    const stack: Open[] = [];
    let firstMark = true;
    for (MARK.lastIndex = p.start; p.end > markless;) {
      const found = MARK.exec(masked);
      if (!found || found.index >= p.end) {
        markless = found ? found.index : masked.length;
        break;
      }
      const i = found.index;
      const doubled = isDoubledSingle(masked, i, p.end);
      if (doubled) MARK.lastIndex = i + 2;
      const mark = doubled ? "double" : markOf(masked[i]);
      if (!mark) continue;
      const role = doubled
        ? doubledRole(masked, i, p.start, p.end)
        : closesGerman(masked, i, stack)
          ? "close"
          : roleOf(masked, i, p.start, p.end);
      const markEnd = doubled ? i + 2 : i + 1;
      if (carried) {
        if (firstMark && mark === "double" && role !== "close") {
          stack.push(carried);
          carried = undefined;
          firstMark = false;
          continue;
        }
        spans.push(bestGuess(masked, carried, paragraphs[carried.paragraph]));
        carried = undefined;
      }
      firstMark = false;
      if (role === "apostrophe") continue;
      const top = stack[stack.length - 1];
      const closesTop = top !== undefined && top.mark === mark && (role === "close" || role === "either");
      if (closesTop) {
        stack.pop();
        if (stack.length === 0) spans.push(spanOf(masked, top, markEnd, p.index, true));
        continue;
      }
      if (role === "open" || role === "either") {
        if (mark === "single" && stack.some((o) => o.mark === "single")) continue;
        // Curly doubles nest singles, never doubles: a second opening "\u201C" means the first was never closed,
        // or, typed straight after its last word (`night.\u201C`), was meant to close it.
        if (isOpenDouble(masked[i]) && top !== undefined && top.paragraph === p.index && isOpenDouble(masked[top.at])) {
          stack.pop();
          if (endsWords(masked, i, p.end)) {
            if (stack.length === 0) spans.push(spanOf(masked, top, markEnd, p.index, true));
            continue;
          }
        }
        stack.push({ mark, at: i, paragraph: p.index });
        continue;
      }
      // A close mark with no matching opener: a straight double quote may close an outer quote it skipped.
      const outer = stack.findIndex((o) => o.mark === mark);
      if (outer >= 0) {
        const opened = stack[outer];
        stack.length = outer;
        if (stack.length === 0) spans.push(spanOf(masked, opened, markEnd, p.index, true));
      }
    }
    if (carried) {
      spans.push(bestGuess(masked, carried, paragraphs[carried.paragraph]));
      carried = undefined;
    }
    const bottom = stack[0];
    if (!bottom) continue;
    const next = paragraphs[p.index + 1];
    if (bottom.mark === "double" && next && opensWithDouble(masked, next)) {
      carried = bottom;
    } else if (bottom.mark === "double") {
      spans.push(spanOf(masked, bottom, p.end, p.index, false));
    }
    // An unclosed single mark was an apostrophe after all.
  }
  if (carried) spans.push(bestGuess(masked, carried, paragraphs[carried.paragraph]));
  return spans.sort((a, b) => a.start - b.start);
}

/** Whether the mark at `i` follows a word or its stop and ends it, as a closing mark does. */
function endsWords(masked: string, i: number, end: number): boolean {
  const after = i + 1 < end ? masked[i + 1] : " ";
  return i > 0 && !/\s/.test(masked[i - 1]) && CLOSING_CONTEXT.test(after);
}

/** German quotation marks open low and close high (`„Wir bleiben“`): after a „, a “ closes rather than opens. */
function closesGerman(masked: string, i: number, stack: readonly Open[]): boolean {
  const top = stack[stack.length - 1];
  return masked[i] === "\u201C" && top !== undefined && masked[top.at] === "\u201E";
}

/** Whether a paragraph opens with a double mark, which may carry on a quote left open in the one before. */
export function opensWithDouble(masked: string, p: Paragraph): boolean {
  const ch = masked[p.start];
  return ch === '"' || isOpenDouble(ch);
}

function bestGuess(masked: string, open: Open, p: Paragraph): QuoteSpan {
  return spanOf(masked, open, p.end, p.index, false);
}

function spanOf(masked: string, open: Open, end: number, lastParagraph: number, closed: boolean): QuoteSpan {
  const inner = detachedSlice(masked, open.at + 1, closed ? end - 1 : end);
  return { start: open.at, end, paragraph: open.paragraph, lastParagraph, inner, closed };
}

/** Policy 1.1: quoted spans of three words or fewer are terms, titles or scare quotes, not claims. */
export function isShortQuote(span: { inner: string }): boolean {
  return countWords(span.inner, 4) <= 3;
}

/**
 * A short quotation right before the noun it labels (`posted "out of gas"
 * signs`): a name for something, not words someone said, so it frames no
 * speech verb in its sentence.
 */
export function isLabel(text: string, end: number, inner: string): boolean {
  const next = /^[ \t]+(\p{Ll}+)/u.exec(text.slice(end, end + 16))?.[1];
  return isShortQuote({ inner }) && next !== undefined && !LINKING_WORDS.has(next);
}

/** The closing marks that answer each opening mark; a quote closed by another (`“…"`) is read by guesswork. */
const CLOSERS: Readonly<Record<string, string>> = {
  "\u201C": "\u201D",
  '"': '"',
  "\u201E": "\u201C\u201D",
  "\u00AB": "\u00BB",
  "\u00BB": "\u00AB",
  "\u2018": "\u2019",
  "'": "'",
  "\u201A": "\u2018\u2019",
};

/** Whether a quote (marks included) ends with a mark that answers the one it opens with. */
export function closesAsOpened(quote: string): boolean {
  const closers = CLOSERS[quote[0]];
  return closers === undefined || closers.includes(quote[quote.length - 1]);
}
