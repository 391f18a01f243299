import { Cue, findCues } from "./attribution/detect";
import { findNumbers, NumberSpan } from "./claims/numbers";
import { isLabel } from "./claims/quotes";
import { ParagraphCache, ParagraphFacts, Placed, ReadDraft } from "./paragraphCache";
import { DraftLayout } from "./text/layout";
import { DraftLanguage } from "./text/mask";
import { Paragraph } from "./text/paragraphs";
import { firstFrom } from "./sorted";
import { Kept, resegment, segment, Segmented } from "./text/segment";
import { Sentence, sentencesOf } from "./text/sentences";
import { tokenize } from "./text/tokens";
import { LETTER_OR_DIGIT } from "./text/patterns";

// Made once at module level, as text/patterns.ts says why.
const TAG_STOP = /[.?!](?!\d)/;
const QUOTE_MARK = /["\u201C\u201D\u2018]/;

/** Everything the policy's rules look at in a draft, with absolute offsets. */
export interface DraftFacts {
  doc: Segmented;
  sentences: Sentence[];
  /** For each paragraph, its sentences as the index range [first, end). */
  paragraphSentences: { first: number; end: number }[];
  /** Cues by sentence index. */
  cues: Cue[][];
  /** For each paragraph, its strongest cue that can credit a figure and its strongest speech cue (strong before weak, then first). */
  paragraphBest: Placed["best"][];
  /** A dash attribution closing each paragraph (`— Geoffrey Starks`), if any. */
  dashes: (Cue | undefined)[];
  /** For each paragraph, whether it holds nothing but quoted material. */
  quoteOnly: boolean[];
  numbers: { sentence: number; span: NumberSpan }[];
  /** Each paragraph's own facts, as the cache holds them: what is worked out about a paragraph is kept with them (paragraphMemo.ts). */
  local: ParagraphFacts[];
}

const DASH_TAG = /^[\s,.]*(?:\u2014|\u2013|--)\s*(\p{Lu}[\p{L}.'\u2019-]*(?:\s+\p{Lu}[\p{L}.'\u2019-]*)*)/u;

/** An attribution tag right after a quote (`Smith said.`), which keeps the quote and the tag one sentence. */
function isAttributionTag(frame: string, from: number, to: number): boolean {
  // A stop ends the tag; the point in "$1.1 million" does not.
  const stop = frame.slice(from, to).search(TAG_STOP);
  const end = stop < 0 ? to : from + stop;
  const tokens = tokenize(frame, from, end);
  if (tokens.length === 0 || tokens.filter((t) => t.kind === "word").length > 8) return false;
  // "He referred to the article as "…"." opens a quotation of its own: a new sentence, not a tag.
  if (QUOTE_MARK.test(frame.slice(from, end))) return false;
  return findCues(tokens, frame.slice(from, end), from, { hasQuote: true }).some((c) => c.speech);
}

/** Strong cues win over weak ones: `according to an agency spokesperson` beats a nearby `reportedly`. */
export function strongest(cues: Cue[]): Cue | undefined {
  return cues.find((c) => !c.weak) ?? cues[0];
}

function shift<T extends { start: number; end: number }>(item: T, by: number): T {
  // A plain copy, then the offsets: a spread with properties after it defines them the slow way, once a cue or number.
  const moved = { ...item };
  moved.start += by;
  moved.end += by;
  return moved;
}

/**
 * A number span moved by `by`, written out rather than spread: shift's
 * spread meets every shape of span a draft's cues have, and once it has, a
 * spread costs several times as much, once a number of a table.
 */
function shiftNumber(n: NumberSpan, by: number): NumberSpan {
  return "value" in n
    ? { start: n.start + by, end: n.end + by, value: n.value }
    : { start: n.start + by, end: n.end + by };
}

/** Reads one paragraph from scratch; offsets in the result are relative to the paragraph. Without `withCues`, its cues are left unread. */
function readParagraph(doc: Segmented, p: Paragraph, withCues: boolean): ParagraphFacts {
  const quotes = doc.quotesByParagraph[p.index].map((i) => doc.quotes[i]);
  // The paragraph's frame starts at its start: tokens, cues and numbers are found relative to it.
  const frame = doc.frames[p.index];
  const ends = quotes.length === 0 ? undefined : new Set(quotes.map((q) => q.end - p.start));
  const sentences = sentencesOf(doc.masked, p, quotes, (from, to) =>
    isAttributionTag(frame, from - p.start, to - p.start),
  );
  const cues: Cue[][] = [];
  const numbers: NumberSpan[][] = [];
  let q = 0;
  for (const s of sentences) {
    const from = s.start - p.start;
    const to = s.end - p.start;
    const tokens = tokenize(frame, from, to);
    while (q < quotes.length && quotes[q].end <= s.start) q++;
    let hasQuote = false;
    for (let k = q; k < quotes.length && quotes[k].start < s.end && !hasQuote; k++)
      hasQuote = !isLabel(doc.masked, quotes[k].end, quotes[k].inner);
    cues.push(withCues ? findCues(tokens, frame.slice(from, to), from, { hasQuote, quoteEnds: ends }) : []);
    numbers.push(findNumbers(tokens, from));
  }
  let dash: Cue | undefined;
  const last = quotes.length > 0 && quotes[quotes.length - 1].end <= p.end ? quotes[quotes.length - 1] : undefined;
  const m = last ? DASH_TAG.exec(doc.masked.slice(last.end, p.end)) : null;
  if (last && m) {
    const start = last.end + m.index + m[0].length - m[1].length - p.start;
    dash = { start, end: start + m[1].length, cue: "—", source: m[1], speech: true };
  }
  const quoteOnly = !LETTER_OR_DIGIT.test(frame);
  const own = sentences.map((s) => ({ start: s.start - p.start, end: s.end - p.start }));
  const best = { figure: strongestOf(cues, creditsFigure), speech: strongestOf(cues, isSpeech) };
  // Two literals, not a spread between properties: what follows a spread is added the slow way, once a paragraph.
  return dash
    ? { sentences: own, cues, numbers, dash, best, quoteOnly }
    : { sentences: own, cues, numbers, best, quoteOnly };
}

const creditsFigure = (c: Cue) => !c.quotation;
const isSpeech = (c: Cue) => c.speech;

/** What strongest picks of the cues `keep` passes, read across the sentences' lists in place: no list flattened, none filtered, once a paragraph. */
function strongestOf(cues: Cue[][], keep: (c: Cue) => boolean): Cue | undefined {
  let first: Cue | undefined;
  for (const list of cues)
    for (const c of list) {
      if (!keep(c)) continue;
      if (!c.weak) return c;
      first ??= c;
    }
  return first;
}

function place(local: ParagraphFacts, p: Paragraph, firstSentence: number): Placed {
  const known = local.placed;
  if (known && known.base === p.start && known.paragraph === p.index && known.firstSentence === firstSentence)
    return known;
  const base = p.start;
  const { figure, speech } = local.best;
  const best: Placed["best"] = { figure: undefined, speech: undefined };
  const sentences: Placed["sentences"] = [];
  const cues: Placed["cues"] = [];
  const numbers: Placed["numbers"] = [];
  for (let k = 0; k < local.sentences.length; k++) {
    const s = local.sentences[k];
    sentences.push({ index: firstSentence + k, paragraph: p.index, start: s.start + base, end: s.end + base });
    const list: Cue[] = [];
    // The strongest cues are among the sentences' own: placed once, the same objects.
    for (const c of local.cues[k]) {
      const placed = shift(c, base);
      if (c === figure) best.figure = placed;
      if (c === speech) best.speech = placed;
      list.push(placed);
    }
    cues.push(list);
    for (const n of local.numbers[k]) numbers.push({ sentence: firstSentence + k, span: shiftNumber(n, base) });
  }
  if (figure && !best.figure) best.figure = shift(figure, base);
  if (speech && !best.speech) best.speech = shift(speech, base);
  const placed: Placed = local.dash
    ? { base, paragraph: p.index, firstSentence, sentences, cues, best, numbers, dash: shift(local.dash, base) }
    : { base, paragraph: p.index, firstSentence, sentences, cues, best, numbers };
  local.placed = placed;
  return placed;
}

/** A paragraph no quotation touches reads the same in `frame` as in `masked`: half the key to build and hash. */
function keyOf(doc: Segmented, p: Paragraph): string {
  if (doc.quotesByParagraph[p.index].length === 0) return `${doc.masked.slice(p.start, p.end)}\u0000`;
  const quotes = doc.quotesByParagraph[p.index].map((i) => {
    const q = doc.quotes[i];
    return `${q.start - p.start},${q.end - p.start},${q.closed ? 1 : 0}`;
  });
  return `${doc.masked.slice(p.start, p.end)}\u0000${doc.frames[p.index]}\u0000${quotes.join(";")}`;
}

/** Whether two paragraphs are touched by the same quoted spans as keyOf sees them: offsets from the paragraph's start, and whether closed. */
function sameQuotes(doc: Segmented, p: Paragraph, before: Segmented, q: Paragraph): boolean {
  const now = doc.quotesByParagraph[p.index];
  const then = before.quotesByParagraph[q.index];
  if (now.length !== then.length) return false;
  return now.every((i, k) => {
    const a = doc.quotes[i];
    const b = before.quotes[then[k]];
    return a.start - p.start === b.start - q.start && a.end - p.start === b.end - q.start && a.closed === b.closed;
  });
}

/**
 * The facts the previous read of the draft found for paragraph `p`, if the
 * paragraph would have the same key there (keyOf): the same masked text, the
 * same quotes and, with quotes, the same frame. The edit's unchanged prefix
 * keeps a paragraph's index and offsets, its unchanged suffix moves both by
 * the edit's size; comparing the text in place spares building and hashing
 * the key of every paragraph on every keystroke.
 */
function unchangedLocal(doc: Segmented, p: Paragraph, previous: ReadDraft): ParagraphFacts | undefined {
  const before = previous.segments.doc;
  const shifted = p.index - (doc.paragraphs.length - before.paragraphs.length);
  const atSame = before.paragraphs[p.index];
  const q =
    atSame && atSame.start === p.start
      ? atSame
      : before.paragraphs[shifted]?.start === p.start - (doc.text.length - before.text.length)
        ? before.paragraphs[shifted]
        : undefined;
  if (!q || q.end - q.start !== p.end - p.start || !sameQuotes(doc, p, before, q)) return undefined;
  if (doc.masked.slice(p.start, p.end) !== before.masked.slice(q.start, q.end)) return undefined;
  if (doc.quotesByParagraph[p.index].length > 0 && doc.frames[p.index] !== before.frames[q.index]) return undefined;
  return previous.facts.local[q.index];
}

/** The facts of a paragraph the re-segmentation kept as the previous version had it. */
function keptLocal(kept: Kept | undefined, p: Paragraph, previous: ReadDraft): ParagraphFacts | undefined {
  if (!kept) return undefined;
  if (p.index < kept.head) return previous.facts.local[p.index];
  return p.index >= kept.tail ? previous.facts.local[p.index - kept.moved] : undefined;
}

/**
 * The facts of a draft's first `head` paragraphs, which an edit after them
 * left where they were: as the previous read placed them.
 */
function keptHead(doc: Segmented, previous: DraftFacts, head: number): DraftFacts {
  const sentences = head === 0 ? 0 : previous.paragraphSentences[head - 1].end;
  return {
    doc,
    sentences: previous.sentences.slice(0, sentences),
    paragraphSentences: previous.paragraphSentences.slice(0, head),
    cues: previous.cues.slice(0, sentences),
    paragraphBest: previous.paragraphBest.slice(0, head),
    dashes: previous.dashes.slice(0, head),
    quoteOnly: previous.quoteOnly.slice(0, head),
    numbers: previous.numbers.slice(
      0,
      firstFrom(previous.numbers, sentences, (n) => n.sentence),
    ),
    local: previous.local.slice(0, head),
  };
}

/** The facts of no paragraph, for keptHead to start from. */
const EMPTY: DraftFacts = {
  doc: { text: "", masked: "", frames: [], paragraphs: [], quotes: [], quotesByParagraph: [] },
  sentences: [],
  paragraphSentences: [],
  cues: [],
  paragraphBest: [],
  dashes: [],
  quoteOnly: [],
  numbers: [],
  local: [],
};

/** The paragraphs and sentences the checker cut a draft into, for placing fixes where it will look. */
export function layoutOf(facts: DraftFacts): DraftLayout {
  return { text: facts.doc.text, paragraphs: facts.doc.paragraphs, sentences: facts.sentences };
}

/**
 * Reads a draft into the facts the rules need. With a cache, paragraphs seen
 * before (in this draft or an earlier version of it) are not read again.
 */
export function readDraft(text: string, language: DraftLanguage, cache?: ParagraphCache): DraftFacts {
  return readFacts(text, language, cache, true);
}

/**
 * A text cut as readDraft cuts a draft, its cues left unread (every
 * sentence's list empty): a source article reads its cues its own way
 * (source/sourceCues.ts), and finding a draft's takes a third of the time
 * cutting a long article does.
 */
export function readUncued(text: string, language: DraftLanguage): DraftFacts {
  return readFacts(text, language, undefined, false);
}

function readFacts(
  text: string,
  language: DraftLanguage,
  cache: ParagraphCache | undefined,
  withCues: boolean,
): DraftFacts {
  const previous = cache?.lastRead;
  const ends = previous && cache?.versions.endsSince(previous.segments.doc.text, text);
  const segments = cache ? resegment(text, language, previous?.segments, ends) : undefined;
  const doc = segments?.doc ?? segment(text, language);
  const head = previous && segments?.kept ? segments.kept.head : 0;
  const facts = keptHead(doc, previous?.facts ?? EMPTY, head);
  for (let i = head; i < doc.paragraphs.length; i++) {
    const p = doc.paragraphs[i];
    let local = previous && (keptLocal(segments?.kept, p, previous) ?? unchangedLocal(doc, p, previous));
    if (!local) {
      const key = cache ? keyOf(doc, p) : "";
      local = cache?.get(key);
      if (!local) {
        local = readParagraph(doc, p, withCues);
        cache?.set(key, local);
      }
    }
    const placed = place(local, p, facts.sentences.length);
    facts.paragraphSentences.push({
      first: facts.sentences.length,
      end: facts.sentences.length + placed.sentences.length,
    });
    for (const s of placed.sentences) facts.sentences.push(s);
    for (const c of placed.cues) facts.cues.push(c);
    for (const n of placed.numbers) facts.numbers.push(n);
    facts.dashes.push(placed.dash);
    facts.quoteOnly.push(local.quoteOnly);
    facts.local.push(local);
    facts.paragraphBest.push(placed.best);
  }
  if (cache && segments) cache.lastRead = { segments, facts };
  return facts;
}

/** The index of the sentence holding an offset (the last sentence starting at or before it). */
export function sentenceAt(facts: DraftFacts, offset: number): number {
  let lo = 0;
  let hi = facts.sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (facts.sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
