import { findQuotes, opensWithDouble, QuoteSpan } from "../claims/quotes";
import { sharedEnds } from "../draftVersions";
import { firstFrom } from "../sorted";
import { blankOut, DraftLanguage, maskText, remaskText, TracedMask } from "./mask";
import { isBreak, Paragraph, paragraphsIn, paragraphsOf } from "./paragraphs";

/** A draft cut into paragraphs and quoted spans; sentences come per paragraph, where they can be cached. */
export interface Segmented {
  text: string;
  /** Prose only: markup blanked, offsets kept. */
  masked: string;
  /**
   * For each paragraph, its stretch of `masked` with the inside of every
   * quoted span blanked too: where cues and numbers are sought. Kept by
   * paragraph, not as one string: a keystroke would otherwise build a
   * string as long as the draft, and one past V8's largest regular heap
   * object (128 KB: 65,000 characters once a curly quote makes them two
   * bytes each) costs ten times what one of half its length does.
   */
  frames: string[];
  paragraphs: Paragraph[];
  quotes: QuoteSpan[];
  /** For each paragraph, the quoted spans that overlap it (indexes into `quotes`). */
  quotesByParagraph: number[][];
}

/** A segmented draft with the masking it came from, for an edited version to be segmented from near the edit. */
export interface TracedSegments {
  doc: Segmented;
  mask: TracedMask;
}

/**
 * Which paragraphs of a re-segmented draft are the previous version's as
 * they were (same masked text, frame and quotes, relative to their start):
 * those before `head`, at the same index and offsets, and those from `tail`
 * on, which were `moved` places earlier and sit as far along as the edit
 * lengthened the draft.
 */
export interface Kept {
  head: number;
  tail: number;
  moved: number;
}

/** `masked` from `from` to `to` with the inside of each quoted span in `quotes` blanked. */
function blankInside(masked: string, quotes: QuoteSpan[], from = 0, to = masked.length): string {
  if (quotes.length === 0) return masked.slice(from, to);
  const parts: string[] = [];
  let at = from;
  for (const q of quotes) {
    const innerStart = q.start + 1;
    const innerEnd = q.closed ? q.end - 1 : q.end;
    if (innerStart < at) continue;
    parts.push(masked.slice(at, innerStart));
    parts.push(blankOut(masked.slice(innerStart, innerEnd)));
    at = innerEnd;
  }
  parts.push(masked.slice(at, to));
  return parts.join("");
}

function byParagraph(quotes: QuoteSpan[], paragraphs: number, first = 0, offset = 0): number[][] {
  const lists: number[][] = Array.from({ length: paragraphs }, () => []);
  quotes.forEach((q, i) => {
    for (let p = q.paragraph; p <= q.lastParagraph; p++) lists[p - first].push(offset + i);
  });
  return lists;
}

/** The frames of `paragraphs` (Segmented.frames), from a frame of the stretch that starts at `from` and holds them. */
function framesIn(frame: string, from: number, paragraphs: Paragraph[]): string[] {
  return paragraphs.map((p) => frame.slice(p.start - from, p.end - from));
}

function traced(text: string, language: DraftLanguage): TracedSegments {
  const mask = maskText(text, language);
  const paragraphs = paragraphsOf(mask);
  const quotes = findQuotes(mask.masked, paragraphs);
  return {
    doc: {
      text,
      masked: mask.masked,
      frames: framesIn(blankInside(mask.masked, quotes), 0, paragraphs),
      paragraphs,
      quotes,
      quotesByParagraph: byParagraph(quotes, paragraphs.length),
    },
    mask,
  };
}

export function segment(text: string, language: DraftLanguage): Segmented {
  return traced(text, language).doc;
}

/**
 * Segments a draft; given its previous version's segments, from near the
 * edit: the masking, the paragraph cut and the quote scan start again at a
 * point before the edit where the reading owes nothing to what follows
 * (a line outside any block, a break between paragraphs, a paragraph no
 * quote runs on into) and stop at the first such point after it where the
 * reading is as it was, and what lies beyond is the previous version's,
 * moved. The result is what segmenting from scratch gives. `ends`, what
 * the two versions share at their ends, is found here unless the caller
 * already knows it (the cache's DraftVersions found it for this edit).
 */
export function resegment(
  text: string,
  language: DraftLanguage,
  previous?: TracedSegments,
  ends?: { same: number; tail: number },
): TracedSegments & { kept?: Kept } {
  if (!previous || previous.mask.language !== language) return traced(text, language);
  const before = previous.doc;
  if (text === before.text)
    return { ...previous, kept: { head: before.paragraphs.length, tail: before.paragraphs.length, moved: 0 } };
  const { same, tail } = ends ?? sharedEnds(before.text, text);
  const remasked = remaskText(previous.mask, text, same, tail);
  if (!remasked) return traced(text, language);
  const { mask } = remasked;
  const shift = text.length - before.text.length;
  const masked = mask.masked;
  // The paragraph cut starts again after the last break before the lines masked again, and stops at the first break after them.
  let from = remasked.from;
  while (from > 0 && !isBreak(mask, from - 1)) from--;
  const cutStart = mask.lines[from].start;
  const head = firstFrom(before.paragraphs, cutStart, (p) => p.start);
  const cut = paragraphsIn(mask, from, remasked.to, head);
  const oldNext = cut.next - remasked.lines;
  const oldTail =
    cut.next < mask.lines.length
      ? firstFrom(before.paragraphs, previous.mask.lines[oldNext].start, (p) => p.start)
      : before.paragraphs.length;
  const cutEnd = head + cut.paragraphs.length;
  const moved = cutEnd - oldTail;
  const paragraphs = before.paragraphs.slice(0, head).concat(cut.paragraphs);
  for (let i = oldTail; i < before.paragraphs.length; i++) {
    const p = before.paragraphs[i];
    paragraphs.push({ index: i + moved, start: p.start + shift, end: p.end + shift, kind: p.kind });
  }
  // The quote scan starts at a paragraph no quote runs on into, before the one ahead of the cut (whose open
  // quote runs on if the cut's first opens with a double mark), and stops at the first such after the cut.
  let first = Math.max(0, head - 1);
  while (first > 0 && opensWithDouble(masked, paragraphs[first])) first--;
  let end = cutEnd;
  while (end < paragraphs.length && opensWithDouble(masked, paragraphs[end])) end++;
  const spans = findQuotes(masked, paragraphs, first, end);
  const keptQuotes = firstFrom(before.quotes, first, (q) => q.paragraph);
  const oldEnd = end - moved;
  const oldQuotes = firstFrom(before.quotes, oldEnd, (q) => q.paragraph);
  const quotes = before.quotes.slice(0, keptQuotes).concat(spans);
  const renumbered = quotes.length - oldQuotes;
  for (let i = oldQuotes; i < before.quotes.length; i++) {
    // A plain copy, then what moves: a spread with properties after it defines them the slow way, once a quote.
    const q = { ...before.quotes[i] };
    q.start += shift;
    q.end += shift;
    q.paragraph += moved;
    q.lastParagraph += moved;
    quotes.push(q);
  }
  const quotesByParagraph = before.quotesByParagraph
    .slice(0, first)
    .concat(byParagraph(spans, end - first, first, keptQuotes));
  for (let i = oldEnd; i < before.paragraphs.length; i++) {
    const list = before.quotesByParagraph[i];
    quotesByParagraph.push(renumbered === 0 || list.length === 0 ? list : list.map((k) => k + renumbered));
  }
  // The frame changes where the masking or the quotes did.
  const frameStart = Math.min(
    mask.lines[remasked.from].start,
    first < paragraphs.length ? paragraphs[first].start : text.length,
  );
  const frameEnd = end < paragraphs.length ? paragraphs[end].start : text.length;
  const frames = before.frames
    .slice(0, first)
    .concat(framesIn(blankInside(masked, spans, frameStart, frameEnd), frameStart, paragraphs.slice(first, end)));
  for (let i = oldEnd; i < before.paragraphs.length; i++) frames.push(before.frames[i]);
  return {
    doc: { text, masked, frames, paragraphs, quotes, quotesByParagraph },
    mask,
    kept: { head: first, tail: end, moved },
  };
}
